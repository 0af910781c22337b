"""snake case for legacy user columns

Revision ID: r026f9d11668c
Revises: r025ae90f253f
Create Date: 2021-03-23 19:47:29.932520

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r026f9d11668c"
down_revision = "r025ae90f253f"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("user", "LoginCount", new_column_name="login_count", existing_type=sa.INTEGER())
    op.alter_column("user", "Name", new_column_name="display_name", existing_type=sa.VARCHAR(length=80))


def downgrade():
    op.alter_column("user", "display_name", new_column_name="Name", existing_type=sa.VARCHAR(length=80))
    op.alter_column("user", "login_count", new_column_name="LoginCount", existing_type=sa.INTEGER())
