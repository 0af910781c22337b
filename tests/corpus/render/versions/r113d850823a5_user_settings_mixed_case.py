"""UserSettings (mixed case, shared with the desktop client)

Revision ID: r113d850823a5
Revises: r1124c38d8cdf
Create Date: 2021-12-09 03:35:33.975231

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r113d850823a5'
down_revision = 'r1124c38d8cdf'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "UserSettings",
        sa.Column("UserId", sa.Integer(), nullable=False),
        sa.Column("Theme", sa.String(length=20), server_default="light", nullable=False),
        sa.Column("FontScale", sa.Float(), server_default=sa.text("1.0"), nullable=False),
        sa.Column("Shortcuts", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["UserId"], ["users.id"], name="FK_UserSettings_Users", ondelete="CASCADE"),
    )
    op.create_primary_key("PK_UserSettings", "UserSettings", ["UserId"])
    op.create_check_constraint("CK_UserSettings_Theme", "UserSettings", "\"Theme\" IN ('light', 'dark')")


def downgrade():
    op.drop_table("UserSettings")
