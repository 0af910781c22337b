"""order total check allows zero only for cancelled orders

Revision ID: r084b974beeb0
Revises: r083d81be2d8a
Create Date: 2021-09-13 01:13:45.136675

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r084b974beeb0'
down_revision = 'r083d81be2d8a'
branch_labels = None
depends_on = None

NAME = "ck_order_total_positive"


def upgrade():
    op.drop_constraint(NAME, "order", type_="check")
    op.create_check_constraint(NAME, "order", "total > 0 OR status = 'cancelled' OR total = 0")


def downgrade():
    op.drop_constraint(NAME, "order", type_="check")
    op.create_check_constraint(NAME, "order", "total >= 0")
