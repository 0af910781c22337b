"""add refunded order status

Revision ID: r0330f5a65422
Revises: r032a8514213d
Create Date: 2021-04-13 04:46:17.077299

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0330f5a65422'
down_revision = 'r032a8514213d'
branch_labels = None
depends_on = None

OLD_VALUES = ("pending", "paid", "shipped", "cancelled")


def upgrade():
    # ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded'")


def downgrade():
    op.execute("UPDATE \"order\" SET status = 'cancelled' WHERE status = 'refunded'")
    op.execute("ALTER TYPE order_status RENAME TO order_status_old")
    op.execute(
        "CREATE TYPE order_status AS ENUM (%s)" % ", ".join("'%s'" % v for v in OLD_VALUES)
    )
    op.execute(
        'ALTER TABLE "order" ALTER COLUMN status TYPE order_status '
        "USING status::text::order_status"
    )
    op.execute("DROP TYPE order_status_old")
