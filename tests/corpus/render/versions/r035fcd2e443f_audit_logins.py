"""audit login history

Revision ID: r035fcd2e443f
Revises: r034c1296fb32
Create Date: 2021-04-19 11:33:37.892851

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "r035fcd2e443f"
down_revision = "r034c1296fb32"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "login_history",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("logged_in_at", postgresql.TIMESTAMP(), nullable=False),
        sa.Column("ip", postgresql.INET(), nullable=True),
        sa.Column("success", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        schema="audit",
        comment="One row per sign-in attempt",
    )
    op.create_foreign_key(
        "fk_login_history_user_id",
        "login_history",
        "users",
        ["user_id"],
        ["id"],
        source_schema="audit",
        referent_schema="public",
        ondelete="CASCADE",
    )
    op.create_index(
        op.f("ix_audit_login_history_user_id"),
        "login_history",
        ["user_id"],
        unique=False,
        schema="audit",
    )


def downgrade():
    op.drop_index(op.f("ix_audit_login_history_user_id"), table_name="login_history", schema="audit")
    op.drop_constraint("fk_login_history_user_id", "login_history", schema="audit", type_="foreignkey")
    op.drop_table("login_history", schema="audit")
