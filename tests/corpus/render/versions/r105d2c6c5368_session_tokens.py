"""session tokens

Revision ID: r105d2c6c5368
Revises: r1041a630dcd9
Create Date: 2021-11-15 07:28:08.744122

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = 'r105d2c6c5368'
down_revision = 'r1041a630dcd9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "sessions",
        sa.Column("token", postgresql.UUID(as_uuid=False), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("expires_at", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("user_agent", sa.Unicode(400)),
        sa.Column("idle_timeout", sa.Interval, server_default=sa.text("interval '30 minutes'")),
        sa.Column("remember", sa.Boolean, server_default=sa.false(), nullable=False),
    )


def downgrade():
    op.drop_index(op.f("ix_sessions_user_id"), table_name="sessions")
    op.drop_table("sessions")
