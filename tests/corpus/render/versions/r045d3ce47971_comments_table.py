"""task comments

Revision ID: r045d3ce47971
Revises: r0444fb057401
Create Date: 2021-05-19 03:25:07.165524

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r045d3ce47971'
down_revision = 'r0444fb057401'
branch_labels = None
depends_on = None


def _timestamps():
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=True),
    ]


def upgrade():
    op.create_table(
        "task_comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("task_id", sa.Integer(), sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("body", sa.UnicodeText(), nullable=False),
        *_timestamps(),
    )


def downgrade():
    op.drop_table("task_comments")
