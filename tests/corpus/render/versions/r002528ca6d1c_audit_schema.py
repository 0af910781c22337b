"""create audit schema

Revision ID: r002528ca6d1c
Revises: r001cd1c4d560
Create Date: 2021-01-10 04:33:04.340859

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r002528ca6d1c'
down_revision = 'r001cd1c4d560'
branch_labels = None
depends_on = None

def upgrade():
    op.execute("CREATE SCHEMA IF NOT EXISTS audit")


def downgrade():
    op.execute("DROP SCHEMA IF EXISTS audit")
