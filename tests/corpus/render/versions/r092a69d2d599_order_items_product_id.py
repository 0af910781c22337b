"""order items product id

Revision ID: r092a69d2d599
Revises: r091c551eda38
Create Date: 2021-10-07 10:31:20.706327

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r092a69d2d599'
down_revision: Union[str, None] = 'r091c551eda38'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("order_items", sa.Column("product_id", sa.Integer(), nullable=True))
    op.execute(
        """
        UPDATE order_items oi
        SET product_id = p.id
        FROM products p
        WHERE p.sku = oi.sku
        """
    )
    op.create_foreign_key(
        op.f("fk_order_items_product_id_products"), "order_items", "products", ["product_id"], ["id"]
    )
    op.create_index(op.f("ix_order_items_product_id"), "order_items", ["product_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_order_items_product_id"), table_name="order_items")
    op.drop_constraint(op.f("fk_order_items_product_id_products"), "order_items", type_="foreignkey")
    op.drop_column("order_items", "product_id")
