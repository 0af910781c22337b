"""shipments

Revision ID: r081d11904dee
Revises: r080c5be7587a
Create Date: 2021-09-04 22:04:11.074104

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r081d11904dee'
down_revision = 'r080c5be7587a'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.BigInteger(), sa.ForeignKey("order.id"), nullable=False),
        sa.Column("carrier", sa.String(32), nullable=False),
        sa.Column("tracking", sa.String(64), index=True),
        sa.Column("label_url", sa.Text(), unique=True),
        sa.Column("shipped_at", sa.DateTime(timezone=True)),
        sa.Column("weight_kg", sa.Numeric(8, 3)),
    )


def downgrade():
    op.drop_index("ix_shipments_tracking", table_name="shipments")
    op.drop_table("shipments")
