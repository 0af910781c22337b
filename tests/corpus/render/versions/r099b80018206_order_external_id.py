"""order ExternalId from the ERP

Revision ID: r099b80018206
Revises: r0981e2786a50
Create Date: 2021-10-28 12:19:28.209641

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r099b80018206'
down_revision = 'r0981e2786a50'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("order", sa.Column("ExternalId", sa.String(length=36), nullable=True))
    op.create_unique_constraint("UQ_order_ExternalId", "order", ["ExternalId"])


def downgrade():
    op.drop_constraint("UQ_order_ExternalId", "order", type_="unique")
    op.drop_column("order", "ExternalId")
