"""invoice numbers unique per order, checked at commit

Revision ID: r055876b3ee79
Revises: r054fa2ebd929
Create Date: 2021-06-18 02:09:06.454936

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r055876b3ee79'
down_revision = 'r054fa2ebd929'
branch_labels = None
depends_on = None


def upgrade():
    op.create_unique_constraint(
        "uq_invoices_order_id_number",
        "invoices",
        ["order_id", "number"],
        deferrable=True,
        initially="IMMEDIATE",
    )


def downgrade():
    op.drop_constraint("uq_invoices_order_id_number", "invoices", type_="unique")
