"""postgres types

Revision ID: c5d6e7f8091a
Revises: b4c5d6e7f809
Create Date: 2024-03-03 10:13:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'c5d6e7f8091a'
down_revision = 'b4c5d6e7f809'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", postgresql.UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("tags", postgresql.ARRAY(sa.String()), nullable=True),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("at", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("ip", postgresql.INET(), nullable=True),
        sa.Column("seq", sa.Integer(), sa.Identity(always=False, start=1, increment=1), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_event_data", "event", ["data"], postgresql_using="gin")
    op.create_index("ix_event_recent", "event", [sa.text("at DESC")], postgresql_where=sa.text("at > '2024-01-01'"))
    op.execute(sa.schema.CreateSequence(sa.Sequence("event_seq", start=100)))


def downgrade() -> None:
    op.execute(sa.schema.DropSequence(sa.Sequence("event_seq")))
    op.drop_index("ix_event_recent", table_name="event")
    op.drop_index("ix_event_data", table_name="event")
    op.drop_table("event")
