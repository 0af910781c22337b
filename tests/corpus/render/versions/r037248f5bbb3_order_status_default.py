"""default order status

Revision ID: r037248f5bbb3
Revises: r0366f50b7e07
Create Date: 2021-04-25 18:32:40.999965

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r037248f5bbb3'
down_revision: Union[str, None] = 'r0366f50b7e07'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

status_enum = sa.Enum("pending", "paid", "shipped", "cancelled", "refunded", name="order_status")


def upgrade() -> None:
    op.alter_column(
        "order",
        "status",
        existing_type=status_enum,
        existing_nullable=False,
        server_default=sa.text("'pending'::order_status"),
    )


def downgrade() -> None:
    op.alter_column(
        "order",
        "status",
        existing_type=status_enum,
        existing_nullable=False,
        server_default=None,
    )
