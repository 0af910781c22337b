"""webhook defaults

Revision ID: r080c5be7587a
Revises: r0798197d7e48
Create Date: 2021-09-01 05:31:45.466679

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'r080c5be7587a'
down_revision = 'r0798197d7e48'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("webhooks", schema=None) as batch_op:
        batch_op.alter_column("enabled", existing_type=sa.BOOLEAN(), server_default=sa.text("true"), existing_nullable=False)
        batch_op.alter_column(
            "events",
            existing_type=postgresql.ARRAY(sa.TEXT()),
            server_default=sa.text("ARRAY['order.paid']::text[]"),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("failure_count", sa.SmallInteger(), server_default="0", nullable=False))


def downgrade():
    with op.batch_alter_table("webhooks", schema=None) as batch_op:
        batch_op.drop_column("failure_count")
        batch_op.alter_column("events", existing_type=postgresql.ARRAY(sa.TEXT()), server_default=None, existing_nullable=False)
        batch_op.alter_column("enabled", existing_type=sa.BOOLEAN(), server_default=None, existing_nullable=False)
