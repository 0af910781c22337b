"""user preferences json

Revision ID: r030b7e96e2de
Revises: r0292d7a0b600
Create Date: 2021-04-04 05:41:19.685695

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r030b7e96e2de'
down_revision = 'r0292d7a0b600'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        "users",
        sa.Column("preferences", sa.JSON(), nullable=True, comment="UI preferences"),
    )


def downgrade():
    op.drop_column("users", "preferences")
