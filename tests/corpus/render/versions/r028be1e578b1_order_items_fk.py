"""order items reference orders (deferrable)

Revision ID: r028be1e578b1
Revises: r0275bc0d8db8
Create Date: 2021-03-29 08:57:15.247263

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r028be1e578b1'
down_revision = 'r0275bc0d8db8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_foreign_key(
        "fk_order_items_order_id",
        "order_items",
        "order",
        ["order_id"],
        ["id"],
        ondelete="CASCADE",
        onupdate="CASCADE",
        deferrable=True,
        initially="DEFERRED",
    )


def downgrade():
    op.drop_constraint("fk_order_items_order_id", "order_items", type_="foreignkey")
