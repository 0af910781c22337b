"""rename things

Revision ID: b4c5d6e7f809
Revises: a3b4c5d6e7f8
Create Date: 2024-03-02 10:12:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b4c5d6e7f809'
down_revision = 'a3b4c5d6e7f8'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.rename_table("orders", "purchase")
    op.alter_column("purchase", "total", new_column_name="amount", existing_type=sa.Float())
    op.create_table_comment("purchase", "Customer purchases", existing_comment=None)
    op.alter_column("purchase", "amount", comment="gross amount", existing_type=sa.Float())
    op.execute("ALTER INDEX IF EXISTS ix_orders_status RENAME TO ix_purchase_status")


def downgrade() -> None:
    op.execute("ALTER INDEX IF EXISTS ix_purchase_status RENAME TO ix_orders_status")
    op.drop_table_comment("purchase", existing_comment="Customer purchases")
    op.alter_column("purchase", "amount", new_column_name="total", existing_type=sa.Float())
    op.rename_table("purchase", "orders")
