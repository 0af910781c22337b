"""case-insensitive name search

Revision ID: r053d53849aa7
Revises: r05278df19427
Create Date: 2021-06-12 00:44:59.118658

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r053d53849aa7'
down_revision = 'r05278df19427'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_users_lower_name", "users", [sa.text("lower(name)")], unique=False)


def downgrade():
    op.drop_index("ix_users_lower_name", table_name="users")
