"""task kind as a native enum

Revision ID: r0978e3c06153
Revises: r096fd75a1854
Create Date: 2021-10-22 00:05:19.075337

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'r0978e3c06153'
down_revision = 'r096fd75a1854'
branch_labels = None
depends_on = None

task_kind_enum = postgresql.ENUM("bug", "feature", "chore", name="task_kind_enum", create_type=False)


def upgrade():
    task_kind_enum.create(op.get_bind())
    op.alter_column("tasks", "kind", server_default=None, existing_type=sa.VARCHAR(length=7))
    op.alter_column(
        "tasks",
        "kind",
        existing_type=sa.VARCHAR(length=7),
        type_=task_kind_enum,
        existing_nullable=False,
        postgresql_using="kind::task_kind_enum",
    )
    op.alter_column("tasks", "kind", server_default="feature", existing_type=task_kind_enum)


def downgrade():
    op.alter_column("tasks", "kind", server_default=None, existing_type=task_kind_enum)
    op.alter_column(
        "tasks",
        "kind",
        existing_type=task_kind_enum,
        type_=sa.VARCHAR(length=7),
        existing_nullable=False,
        postgresql_using="kind::text",
    )
    op.alter_column("tasks", "kind", server_default="feature", existing_type=sa.VARCHAR(length=7))
    task_kind_enum.drop(op.get_bind())
