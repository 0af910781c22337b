"""order total must not be negative

Revision ID: r018508571c0a
Revises: r0173f91b8877
Create Date: 2021-02-27 02:20:50.712760

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r018508571c0a'
down_revision = 'r0173f91b8877'
branch_labels = None
depends_on = None


def upgrade():
    op.create_check_constraint("ck_order_total_positive", "order", "total >= 0")


def downgrade():
    op.drop_constraint("ck_order_total_positive", "order", type_="check")
