"""ApiKeys table (mixed case, from the .NET service)

Revision ID: r04399b557d72
Revises: r04243a4d4163
Create Date: 2021-05-13 19:41:15.921926

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r04399b557d72'
down_revision = 'r04243a4d4163'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "ApiKeys",
        sa.Column("Id", sa.Integer(), nullable=False),
        sa.Column("UserId", sa.Integer(), nullable=False),
        sa.Column("KeyHash", sa.String(length=128), nullable=False),
        sa.Column("Label", sa.Unicode(length=100), nullable=True, comment="Shown to the owner"),
        sa.Column("CreatedAt", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["UserId"], ["users.id"], name="FK_ApiKeys_Users"),
        sa.PrimaryKeyConstraint("Id", name="PK_ApiKeys"),
        sa.UniqueConstraint("KeyHash", name="UQ_ApiKeys_KeyHash"),
    )
    op.create_index("IX_ApiKeys_UserId", "ApiKeys", ["UserId"])


def downgrade():
    op.drop_index("IX_ApiKeys_UserId", table_name="ApiKeys")
    op.drop_table("ApiKeys")
