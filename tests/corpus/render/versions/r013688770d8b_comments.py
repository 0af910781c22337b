"""document users and projects

Revision ID: r013688770d8b
Revises: r012c6cbbe52c
Create Date: 2021-02-12 01:39:53.726275

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r013688770d8b'
down_revision = 'r012c6cbbe52c'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "users",
        "email",
        existing_type=sa.String(length=255),
        existing_nullable=False,
        comment="Login address, unique and case-insensitive",
    )
    op.alter_column(
        "projects",
        "title",
        existing_type=sa.String(length=120),
        existing_nullable=False,
        comment="Shown in the project list",
    )
    op.execute("COMMENT ON TABLE users IS 'People who can sign in'")


def downgrade():
    op.execute("COMMENT ON TABLE users IS NULL")
    op.alter_column(
        "projects",
        "title",
        existing_type=sa.String(length=120),
        existing_nullable=False,
        comment=None,
        existing_comment="Shown in the project list",
    )
    op.alter_column(
        "users",
        "email",
        existing_type=sa.String(length=255),
        existing_nullable=False,
        comment=None,
        existing_comment="Login address, unique and case-insensitive",
    )
