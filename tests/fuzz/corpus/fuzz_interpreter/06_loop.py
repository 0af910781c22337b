"""audit columns everywhere

Revision ID: 6f708192a3b4
Revises: 5e6f708192a3
Create Date: 2024-03-06 10:16:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6f708192a3b4'
down_revision = '5e6f708192a3'
branch_labels = None
depends_on = None


TABLES = ["account", "orders", "invoice"]


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column("updated_by", sa.Integer(), nullable=True))
    for i, name in enumerate(("low", "mid", "high")):
        op.execute(f"INSERT INTO priority (id, name) VALUES ({i + 1}, '{name}')")


def downgrade() -> None:
    for table in reversed(TABLES):
        for column in ("updated_by", "updated_at"):
            op.drop_column(table, column)
    op.execute("DELETE FROM priority")
