"""audit snapshots become daily_snapshots

Revision ID: r1328e33952a5
Revises: r131dcc697ef7
Create Date: 2022-02-04 17:44:51.498731

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r1328e33952a5"
down_revision = "r131dcc697ef7"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("snapshots", "daily_snapshots", schema="audit")
    op.alter_column(
        "daily_snapshots",
        "size_bytes",
        existing_type=sa.BigInteger(),
        existing_nullable=False,
        comment="Compressed size",
        schema="audit",
    )


def downgrade():
    op.alter_column(
        "daily_snapshots",
        "size_bytes",
        existing_type=sa.BigInteger(),
        existing_nullable=False,
        comment=None,
        existing_comment="Compressed size",
        schema="audit",
    )
    op.rename_table("daily_snapshots", "snapshots", schema="audit")
