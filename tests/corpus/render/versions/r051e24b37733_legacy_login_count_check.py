"""legacy user login count check

Revision ID: r051e24b37733
Revises: r05021f4ec278
Create Date: 2021-06-06 07:54:56.168617

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r051e24b37733'
down_revision = 'r05021f4ec278'
branch_labels = None
depends_on = None


def upgrade():
    op.create_check_constraint(
        constraint_name="ck_user_login_count",
        table_name="user",
        condition=sa.text("login_count >= 0"),
    )


def downgrade():
    op.drop_constraint(constraint_name="ck_user_login_count", table_name="user", type_="check")
