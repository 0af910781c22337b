"""fractional coupon percentages

Revision ID: r117677eb503e
Revises: r116ab6f5c413
Create Date: 2021-12-21 03:15:57.306013

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r117677eb503e'
down_revision = 'r116ab6f5c413'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "coupons",
        "percent",
        existing_type=sa.SmallInteger(),
        type_=sa.Numeric(precision=5, scale=2),
        existing_nullable=False,
        postgresql_using="percent::numeric(5,2)",
    )


def downgrade():
    op.alter_column(
        "coupons",
        "percent",
        existing_type=sa.Numeric(precision=5, scale=2),
        type_=sa.SmallInteger(),
        existing_nullable=False,
        postgresql_using="round(percent)::smallint",
    )
