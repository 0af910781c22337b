"""order ExternalId: unique index instead of a constraint

Revision ID: r1181e45f9bb3
Revises: r117677eb503e
Create Date: 2021-12-24 23:11:36.365341

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1181e45f9bb3'
down_revision = 'r117677eb503e'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_constraint("UQ_order_ExternalId", "order", type_="unique")
    with op.get_context().autocommit_block():
        op.create_index(
            "IX_order_ExternalId",
            "order",
            ["ExternalId"],
            unique=True,
            postgresql_concurrently=True,
            postgresql_where=sa.text('"ExternalId" IS NOT NULL'),
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("IX_order_ExternalId", table_name="order", postgresql_concurrently=True)
    op.create_unique_constraint("UQ_order_ExternalId", "order", ["ExternalId"])
