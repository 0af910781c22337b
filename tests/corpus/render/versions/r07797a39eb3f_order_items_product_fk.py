"""order items reference products by sku

Revision ID: r07797a39eb3f
Revises: r0766d88f0a47
Create Date: 2021-08-23 12:52:54.155344

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r07797a39eb3f"
down_revision = "r0766d88f0a47"
branch_labels = None
depends_on = None


def upgrade():
    op.create_foreign_key(
        "fk_order_items_sku_products",
        "order_items",
        "products",
        ["sku"],
        ["sku"],
        onupdate="CASCADE",
        ondelete="RESTRICT",
        deferrable=True,
        initially="IMMEDIATE",
    )


def downgrade():
    op.drop_constraint("fk_order_items_sku_products", "order_items", type_="foreignkey")
