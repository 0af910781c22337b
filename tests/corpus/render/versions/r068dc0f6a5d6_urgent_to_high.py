"""merge urgent priority into high

Revision ID: r068dc0f6a5d6
Revises: r0676496760e4
Create Date: 2021-07-27 20:42:26.880152

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r068dc0f6a5d6'
down_revision = 'r0676496760e4'
branch_labels = None
depends_on = None

tasks = sa.sql.table(
    "tasks",
    sa.sql.column("id", sa.Integer),
    sa.sql.column("priority", sa.String),
)


def upgrade():
    op.execute(
        tasks.update()
        .where(tasks.c.priority == op.inline_literal("urgent"))
        .values({"priority": op.inline_literal("high")})
    )


def downgrade():
    pass
