"""rename order.placed_at to ordered_at

Revision ID: r083d81be2d8a
Revises: r082663b41ebc
Create Date: 2021-09-10 22:07:34.498350

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r083d81be2d8a'
down_revision = 'r082663b41ebc'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "order",
        "placed_at",
        new_column_name="ordered_at",
        existing_type=sa.DateTime(timezone=True),
        existing_nullable=True,
    )


def downgrade():
    op.alter_column(
        "order",
        "ordered_at",
        new_column_name="placed_at",
        existing_type=sa.DateTime(timezone=True),
        existing_nullable=True,
    )
