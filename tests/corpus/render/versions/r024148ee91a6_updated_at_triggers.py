"""keep updated_at current with triggers

Revision ID: r024148ee91a6
Revises: r023000a165cf
Create Date: 2021-03-17 05:42:13.146554

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r024148ee91a6'
down_revision = 'r023000a165cf'
branch_labels = None
depends_on = None

TABLES = ("users", "projects", "order")

FUNCTION = """
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();

    RETURN NEW;
END;
$$ LANGUAGE plpgsql
"""


def upgrade():
    op.execute(FUNCTION)
    for table in TABLES:
        op.execute(
            f'CREATE TRIGGER trg_{table}_updated_at BEFORE UPDATE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION set_updated_at()"
        )


def downgrade():
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS trg_{table}_updated_at ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS set_updated_at()")
