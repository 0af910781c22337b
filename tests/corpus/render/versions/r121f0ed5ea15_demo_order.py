"""demo customer and order

Revision ID: r121f0ed5ea15
Revises: r120b891c5815
Create Date: 2022-01-02 16:54:43.869756

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r121f0ed5ea15'
down_revision: Union[str, None] = 'r120b891c5815'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

DEMO_USER_ID = 1001
DEMO_ORDER_ID = 5001

users = sa.table(
    "users",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("name", sa.Unicode),
    sa.column("is_active", sa.Boolean),
)
order = sa.table(
    "order",
    sa.column("id", sa.BigInteger),
    sa.column("user_id", sa.Integer),
    sa.column("total", sa.Numeric),
    sa.column("status", sa.String),
    sa.column("currency", sa.String),
)


def upgrade() -> None:
    op.bulk_insert(users, [{"id": DEMO_USER_ID, "email": "demo@example.com", "name": "Demo O'Brien", "is_active": False}])
    op.bulk_insert(
        order,
        [{"id": DEMO_ORDER_ID, "user_id": DEMO_USER_ID, "total": 42, "status": "paid", "currency": "EUR"}],
    )
    op.execute(
        order.update()
        .where(order.c.id == op.inline_literal(DEMO_ORDER_ID))
        .values(status=op.inline_literal("shipped"))
    )


def downgrade() -> None:
    op.execute(order.delete().where(order.c.id == DEMO_ORDER_ID))
    op.execute(users.delete().where(users.c.id == DEMO_USER_ID))
