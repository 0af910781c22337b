"""opening hours per region

Revision ID: r1395be1bbc1c
Revises: r138193ff3c5a
Create Date: 2022-02-25 15:22:30.065179

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1395be1bbc1c'
down_revision = 'r138193ff3c5a'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "opening_hours",
        sa.Column("region_id", sa.Integer(), sa.ForeignKey("regions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=False),
        sa.Column("closes_at", sa.Time(), nullable=False),
        sa.Column("break_length", sa.Interval(), nullable=True),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_opening_hours_weekday"),
        sa.CheckConstraint("closes_at > opens_at", name="ck_opening_hours_order"),
        sa.PrimaryKeyConstraint("region_id", "weekday", name="pk_opening_hours"),
    )


def downgrade():
    op.drop_table("opening_hours")
