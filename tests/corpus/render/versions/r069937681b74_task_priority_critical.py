"""critical task priority

Revision ID: r069937681b74
Revises: r068dc0f6a5d6
Create Date: 2021-07-30 14:01:51.814208

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r069937681b74'
down_revision = 'r068dc0f6a5d6'
branch_labels = None
depends_on = None

PREVIOUS = ["low", "normal", "high", "urgent"]


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE task_priority ADD VALUE 'critical' AFTER 'urgent'")


def downgrade():
    op.execute("UPDATE tasks SET priority = 'urgent' WHERE priority = 'critical'")
    op.execute("ALTER TABLE tasks ALTER COLUMN priority DROP DEFAULT")
    op.execute("ALTER TYPE task_priority RENAME TO task_priority_old")
    values = ", ".join(f"'{value}'" for value in PREVIOUS)
    op.execute(f"CREATE TYPE task_priority AS ENUM ({values})")
    op.execute(
        "ALTER TABLE tasks ALTER COLUMN priority TYPE task_priority "
        "USING priority::text::task_priority"
    )
    op.execute("ALTER TABLE tasks ALTER COLUMN priority SET DEFAULT 'normal'")
    op.execute("DROP TYPE task_priority_old")
