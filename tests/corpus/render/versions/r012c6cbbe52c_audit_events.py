"""audit events table

Revision ID: r012c6cbbe52c
Revises: r011a2ea8d378
Create Date: 2021-02-09 07:41:02.849778

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'r012c6cbbe52c'
down_revision: Union[str, None] = 'r011a2ea8d378'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SCHEMA = "audit"
events_id_seq = sa.Sequence("events_id_seq", schema=SCHEMA)


def upgrade() -> None:
    op.execute(sa.schema.CreateSequence(events_id_seq))
    op.create_table(
        "events",
        sa.Column(
            "id",
            sa.BigInteger(),
            server_default=sa.text("nextval('audit.events_id_seq'::regclass)"),
            nullable=False,
        ),
        sa.Column("occurred_at", postgresql.TIMESTAMP(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.Index("ix_audit_events_action", "action"),
        schema=SCHEMA,
    )


def downgrade() -> None:
    op.drop_table("events", schema=SCHEMA)
    op.execute(sa.schema.DropSequence(events_id_seq))
