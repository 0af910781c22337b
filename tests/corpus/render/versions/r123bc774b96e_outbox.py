"""transactional outbox

Revision ID: r123bc774b96e
Revises: r122c58bdcca2
Create Date: 2022-01-08 02:20:20.304792

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, ENUM, JSONB, TIMESTAMP, UUID

# revision identifiers, used by Alembic.
revision: str = 'r123bc774b96e'
down_revision: Union[str, None] = 'r122c58bdcca2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

outbox_state = ENUM("queued", "sent", "failed", name="outbox_state", create_type=False)


def upgrade() -> None:
    outbox_state.create(op.get_bind(), checkfirst=True)
    op.create_table(
        "outbox",
        sa.Column("id", UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("payload", JSONB(), nullable=False),
        sa.Column("headers", ARRAY(sa.String()), nullable=True),
        sa.Column("state", outbox_state, server_default="queued", nullable=False),
        sa.Column("created_at", TIMESTAMP(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("sent_at", TIMESTAMP(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_index("ix_outbox_queued", "outbox", ["created_at"], postgresql_where=sa.text("state = 'queued'"))


def downgrade() -> None:
    op.drop_index("ix_outbox_queued", table_name="outbox")
    op.drop_table("outbox")
    outbox_state.drop(op.get_bind(), checkfirst=True)
