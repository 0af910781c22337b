"""price history

Revision ID: r078fec621018
Revises: r07797a39eb3f
Create Date: 2021-08-26 23:42:33.338740

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r078fec621018'
down_revision = 'r07797a39eb3f'
branch_labels = None
depends_on = None

seq = sa.Sequence("price_history_id_seq")


def upgrade():
    op.execute(sa.schema.CreateSequence(seq))
    op.create_table(
        "price_history",
        sa.Column("id", sa.Integer, seq, server_default=seq.next_value(), primary_key=True),
        sa.Column("product_id", sa.Integer, sa.ForeignKey("products.id", ondelete="CASCADE"), nullable=False),
        sa.Column("price", sa.Numeric(10, 2), nullable=False),
        sa.Column("valid_from", sa.Date, nullable=False),
        sa.Column("valid_to", sa.Date),
        sa.CheckConstraint("valid_to IS NULL OR valid_to > valid_from"),
    )


def downgrade():
    op.drop_table("price_history")
    op.execute(sa.schema.DropSequence(seq))
