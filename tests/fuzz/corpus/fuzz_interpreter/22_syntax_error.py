"""broken

Revision ID: 6f708192a3b5
Revises: 5e6f708192a4
Create Date: 2024-03-02 10:12:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6f708192a3b5'
down_revision = '5e6f708192a4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("account", sa.Column("x", sa.Integer(), nullable=True)


def downgrade() -> None:
    op.drop_column("account", "x")
