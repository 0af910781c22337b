"""order item discounts

Revision ID: r136c05506300
Revises: r135ea6f50164
Create Date: 2022-02-16 23:51:22.375046

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r136c05506300"
down_revision = "r135ea6f50164"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        "order_items",
        sa.Column("discount", sa.Numeric(precision=10, scale=2), server_default=sa.text("0.00"), nullable=False),
    )
    op.create_check_constraint(
        "ck_order_items_discount",
        "order_items",
        sa.column("discount") <= sa.column("unit_price") * sa.column("quantity"),
    )


def downgrade():
    op.drop_constraint("ck_order_items_discount", "order_items", type_="check")
    op.drop_column("order_items", "discount")
