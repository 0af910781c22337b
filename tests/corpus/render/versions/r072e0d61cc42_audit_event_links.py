"""links between audit events

Revision ID: r072e0d61cc42
Revises: r071aca6a0653
Create Date: 2021-08-08 03:14:28.266353

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r072e0d61cc42'
down_revision: Union[str, None] = 'r071aca6a0653'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "event_links",
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("related_id", sa.BigInteger(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["audit.event_log.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["related_id"], ["audit.event_log.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "related_id"),
        sa.CheckConstraint("event_id <> related_id", name="ck_event_links_distinct"),
        schema="audit",
    )


def downgrade() -> None:
    op.drop_table("event_links", schema="audit")
