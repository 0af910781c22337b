"""index order item columns

Revision ID: r0366f50b7e07
Revises: r035fcd2e443f
Create Date: 2021-04-22 00:32:17.485442

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0366f50b7e07'
down_revision = 'r035fcd2e443f'
branch_labels = None
depends_on = None

COLUMNS = ["sku", "quantity"]


def upgrade():
    for column in COLUMNS:
        op.create_index("ix_order_items_{}".format(column), "order_items", [column])


def downgrade():
    for column in COLUMNS:
        op.drop_index("ix_order_items_{}".format(column), table_name="order_items")
