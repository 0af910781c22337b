"""shipment weight required

Revision ID: r126a03d0440d
Revises: r1259f426e552
Create Date: 2022-01-17 19:04:01.177747

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r126a03d0440d"
down_revision = "r1259f426e552"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE shipments SET weight_kg = 0 WHERE weight_kg IS NULL")
    op.alter_column(
        "shipments",
        "weight_kg",
        existing_type=sa.Numeric(precision=8, scale=3),
        nullable=False,
        server_default=sa.text("0"),
    )
    op.alter_column(
        "shipments",
        "carrier",
        existing_type=sa.String(length=32),
        existing_nullable=False,
        comment="dhl, ups, … (free text)",
    )


def downgrade():
    op.alter_column(
        "shipments",
        "carrier",
        existing_type=sa.String(length=32),
        existing_nullable=False,
        comment=None,
        existing_comment="dhl, ups, … (free text)",
    )
    op.alter_column(
        "shipments",
        "weight_kg",
        existing_type=sa.Numeric(precision=8, scale=3),
        nullable=True,
        server_default=None,
    )
