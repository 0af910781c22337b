"""soft delete for tasks and comments

Revision ID: r0676496760e4
Revises: r0665d348a5f3
Create Date: 2021-07-24 14:28:37.289679

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r0676496760e4'
down_revision: Union[str, None] = 'r0665d348a5f3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SOFT_DELETE_TABLES = ["tasks", "task_comments"]


def upgrade() -> None:
    for name in SOFT_DELETE_TABLES:
        op.add_column(name, sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
        op.create_index(
            f"ix_{name}_live",
            name,
            ["id"],
            postgresql_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    for name in SOFT_DELETE_TABLES:
        op.drop_index(f"ix_{name}_live", table_name=name)
        op.drop_column(name, "deleted_at")
