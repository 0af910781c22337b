"""create t_1

Revision ID: abc
Revises:
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import text as T

revision = "abc"
down_revision = None


def upgrade() -> None:
    """Create t_1."""
    op.execute("CREATE TABLE t_1 (id integer PRIMARY KEY)")
    op.execute(sa.text('''INSERT INTO t_1 VALUES (1)'''))
    op.execute(T(r"SELECT '\d'"))
    op.execute(("SELECT "
                "1"))
    ...


def downgrade():
    pass
    op.execute('DROP TABLE t_1')
