"""case-insensitive emails via citext

Revision ID: r0050ce7e868a
Revises: r004b1acfcc34
Create Date: 2021-01-19 07:42:01.879862

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0050ce7e868a'
down_revision = 'r004b1acfcc34'
branch_labels = None
depends_on = None

# SQLAlchemy 1.4 has no CITEXT type: the column is changed with plain SQL.


def upgrade():
    op.execute("CREATE EXTENSION IF NOT EXISTS citext")
    op.execute("ALTER TABLE users ALTER COLUMN email TYPE citext")


def downgrade():
    op.execute("ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(255)")
    op.execute("DROP EXTENSION IF EXISTS citext")
