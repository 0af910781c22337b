"""schema objects

Revision ID: 1a2b3c4d5e60
Revises: 091a2b3c4d5e
Create Date: 2024-03-07 10:17:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1a2b3c4d5e60'
down_revision = '091a2b3c4d5e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS audit")
    op.create_table(
        "log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("level", sa.SmallInteger, server_default=sa.text("20"), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("source", sa.String(64), sa.ForeignKey("account.email", onupdate="CASCADE")),
        sa.CheckConstraint("level BETWEEN 0 AND 50", name="ck_log_level"),
        sa.Index("ix_log_level_message", "level", "message"),
        schema="audit",
        postgresql_partition_by=None,
    )
    op.create_index("ix_log_source", "log", ["source"], schema="audit", unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_log_source", table_name="log", schema="audit", if_exists=True)
    op.drop_table("log", schema="audit")
    op.execute("DROP SCHEMA audit")
