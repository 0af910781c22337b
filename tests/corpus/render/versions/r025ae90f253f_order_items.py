"""order items with a composite primary key

Revision ID: r025ae90f253f
Revises: r024148ee91a6
Create Date: 2021-03-20 05:25:48.712451

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r025ae90f253f'
down_revision = 'r024148ee91a6'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "order_items",
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.Column("line_no", sa.SmallInteger(), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("quantity", sa.Integer(), server_default="1", nullable=False),
        sa.Column("unit_price", sa.Numeric(10, 2), nullable=False),
    )
    op.create_primary_key("pk_order_items", "order_items", ["order_id", "line_no"])


def downgrade():
    op.drop_constraint("pk_order_items", "order_items", type_="primary")
    op.drop_table("order_items")
