"""index open orders

Revision ID: r093c6285d0ab
Revises: r092a69d2d599
Create Date: 2021-10-10 15:20:05.428309

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r093c6285d0ab'
down_revision = 'r092a69d2d599'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_order_open",
        "order",
        ["status"],
        postgresql_where=sa.text("status NOT IN ('cancelled', 'refunded')"),
    )


def downgrade():
    op.drop_index("ix_order_open", table_name="order")
