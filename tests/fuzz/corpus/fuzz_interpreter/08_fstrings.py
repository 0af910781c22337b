"""fstrings and formatting

Revision ID: 8192a3b4c5d6
Revises: 708192a3b4c5
Create Date: 2024-03-08 10:18:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8192a3b4c5d6'
down_revision = '708192a3b4c5'
branch_labels = None
depends_on = None


PREFIX = "tenant"
COUNT = 3


def upgrade() -> None:
    for n in range(1, COUNT + 1):
        table = f"{PREFIX}_{n:02d}"
        op.execute(f'CREATE TABLE {table} (id serial PRIMARY KEY, "name" text)')
        op.execute("COMMENT ON TABLE %s IS '%s'" % (table, f"tenant #{n!r}"))
        op.execute("GRANT SELECT ON {} TO {role}".format(table, role="reader"))
    op.execute(f"""
        CREATE VIEW all_tenants AS
        {" UNION ALL ".join(f"SELECT * FROM {PREFIX}_{n:02d}" for n in range(1, COUNT + 1))}
    """)


def downgrade() -> None:
    op.execute("DROP VIEW all_tenants")
    for n in range(COUNT, 0, -1):
        op.execute(f"DROP TABLE {PREFIX}_{n:02d}")
