"""index order.placed_at concurrently

Revision ID: r00889943a74e
Revises: r0070dc34b154
Create Date: 2021-01-28 17:29:29.909638

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r00889943a74e'
down_revision = 'r0070dc34b154'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_order_placed_at",
            "order",
            ["placed_at"],
            unique=False,
            postgresql_concurrently=True,
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_order_placed_at", table_name="order", postgresql_concurrently=True)
