"""order status history

Revision ID: r082663b41ebc
Revises: r081d11904dee
Create Date: 2021-09-07 10:26:17.919044

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'r082663b41ebc'
down_revision: Union[str, None] = 'r081d11904dee'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The type exists since the order table was created.
order_status = postgresql.ENUM(name="order_status", create_type=False)


def upgrade() -> None:
    op.create_table(
        "order_status_history",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.Column("old_status", order_status, nullable=True),
        sa.Column("new_status", order_status, nullable=False),
        sa.Column("changed_at", postgresql.TIMESTAMP(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_order_status_history_order_id", "order_status_history", ["order_id", "changed_at"])


def downgrade() -> None:
    op.drop_index("ix_order_status_history_order_id", table_name="order_status_history")
    op.drop_table("order_status_history")
