"""rename user_roles to role_assignments

Revision ID: r01456e8a4ec3
Revises: r013688770d8b
Create Date: 2021-02-15 00:04:02.166519

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r01456e8a4ec3"
down_revision = "r013688770d8b"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("user_roles", "role_assignments")


def downgrade():
    op.rename_table("role_assignments", "user_roles")
