"""partial index on active users

Revision ID: r0319004fd839
Revises: r030b7e96e2de
Create Date: 2021-04-07 07:34:53.691921

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0319004fd839'
down_revision = 'r030b7e96e2de'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_users_email_active",
        "users",
        ["email"],
        unique=False,
        postgresql_where=sa.text("is_active"),
    )


def downgrade():
    op.drop_index("ix_users_email_active", table_name="users")
