"""consistent index names

Revision ID: r12447d9d0dd7
Revises: r123bc774b96e
Create Date: 2022-01-11 16:53:09.950041

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r12447d9d0dd7'
down_revision = 'r123bc774b96e'
branch_labels = None
depends_on = None

RENAMES = {
    "ix_order_placed_at": "ix_order_ordered_at",
    "ix_order_user_id_placed_at": "ix_order_user_id_ordered_at",
}


def upgrade():
    for old, new in RENAMES.items():
        op.execute("ALTER INDEX %s RENAME TO %s" % (old, new))


def downgrade():
    for old, new in RENAMES.items():
        op.execute("ALTER INDEX %s RENAME TO %s" % (new, old))
