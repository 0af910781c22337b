"""index recent orders per user

Revision ID: r065495c900cc
Revises: r0640a774895d
Create Date: 2021-07-18 16:17:11.032170

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r065495c900cc'
down_revision = 'r0640a774895d'
branch_labels = None
depends_on = None

INDEX_NAME = "ix_order_user_id_placed_at"


def upgrade():
    op.create_index(INDEX_NAME, "order", ["user_id", sa.text("placed_at DESC")])


def downgrade():
    op.drop_index(INDEX_NAME, "order")
