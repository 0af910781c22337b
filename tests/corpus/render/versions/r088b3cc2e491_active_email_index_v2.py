"""active users index per organization

Revision ID: r088b3cc2e491
Revises: r0877c1268611
Create Date: 2021-09-25 16:20:29.962572

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r088b3cc2e491'
down_revision = 'r0877c1268611'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index("ix_users_email_active", table_name="users")
    op.create_index(
        "ix_users_org_email_active",
        "users",
        ["organization_id", "email"],
        unique=True,
        postgresql_where=sa.text("is_active AND organization_id IS NOT NULL"),
    )


def downgrade():
    op.drop_index("ix_users_org_email_active", table_name="users")
    op.create_index("ix_users_email_active", "users", ["email"], postgresql_where=sa.text("is_active"))
