"""normalise locale codes

Revision ID: r038d166c1f67
Revises: r037248f5bbb3
Create Date: 2021-04-28 14:26:33.132971

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r038d166c1f67'
down_revision = 'r037248f5bbb3'
branch_labels = None
depends_on = None

TABLE = "users"
MAPPING = [("en_US", "en"), ("de_DE", "de")]


def upgrade():
    for old, new in MAPPING:
        op.execute("UPDATE %s SET locale = '%s' WHERE locale = '%s'" % (TABLE, new, old))


def downgrade():
    # Lossy: the region suffix cannot be restored.
    pass
