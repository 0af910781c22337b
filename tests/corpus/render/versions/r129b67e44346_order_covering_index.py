"""covering index for order listings

Revision ID: r129b67e44346
Revises: r1282715aba87
Create Date: 2022-01-26 22:50:46.336845

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r129b67e44346'
down_revision: Union[str, None] = 'r1282715aba87'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(
        "ix_order_user_id_status",
        "order",
        ["user_id", "status"],
        unique=False,
        postgresql_include=["total", "currency"],
    )


def downgrade() -> None:
    op.drop_index("ix_order_user_id_status", table_name="order")
