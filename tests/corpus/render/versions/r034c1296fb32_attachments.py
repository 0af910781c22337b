"""attachments

Revision ID: r034c1296fb32
Revises: r0330f5a65422
Create Date: 2021-04-16 05:16:55.542618

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r034c1296fb32'
down_revision = 'r0330f5a65422'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("project_id", sa.Integer, sa.ForeignKey("projects.id", ondelete="CASCADE"), nullable=False),
        sa.Column("filename", sa.Unicode(255), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=True),
        sa.Column("size_mb", sa.Float(precision=24), nullable=True),
        sa.Column("checksum", sa.String(64), unique=True),
    )


def downgrade():
    op.drop_table("attachments")
