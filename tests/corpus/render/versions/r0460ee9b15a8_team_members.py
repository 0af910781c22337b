"""team members

Revision ID: r0460ee9b15a8
Revises: r045d3ce47971
Create Date: 2021-05-22 09:42:46.212406

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0460ee9b15a8'
down_revision = 'r045d3ce47971'
branch_labels = None
depends_on = None


def add_audit_columns(table_name):
    op.add_column(table_name, sa.Column("created_by", sa.Integer(), nullable=True))
    op.add_column(table_name, sa.Column("created_at", sa.DateTime(), server_default=sa.text("now()"), nullable=True))


def drop_audit_columns(table_name):
    op.drop_column(table_name, "created_at")
    op.drop_column(table_name, "created_by")


def upgrade():
    op.create_table(
        "team_members",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("team_id", "user_id"),
    )
    add_audit_columns("team_members")
    add_audit_columns("teams")


def downgrade():
    drop_audit_columns("teams")
    op.drop_table("team_members")
