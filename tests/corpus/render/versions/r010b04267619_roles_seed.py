"""roles with seed data

Revision ID: r010b04267619
Revises: r009ddf4e8b92
Create Date: 2021-02-03 14:54:50.112087

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r010b04267619'
down_revision = 'r009ddf4e8b92'
branch_labels = None
depends_on = None

ROLES = ["admin", "editor", "viewer"]


def upgrade():
    roles = op.create_table(
        "roles",
        sa.Column("id", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("description", sa.UnicodeText(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.bulk_insert(
        roles,
        [{"id": i + 1, "name": name, "description": "Built-in %s role" % name} for i, name in enumerate(ROLES)],
    )


def downgrade():
    op.drop_table("roles")
