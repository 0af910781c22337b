"""refresh planner statistics after the backfills

Revision ID: r0981e2786a50
Revises: r0978e3c06153
Create Date: 2021-10-25 22:04:22.566492

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r0981e2786a50"
down_revision = "r0978e3c06153"
branch_labels = None
depends_on = None


def upgrade():
    for table in ["order_items", "products", "price_history"]:
        op.execute("ANALYZE {}".format(table))


def downgrade():
    pass
