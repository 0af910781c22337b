"""one view per order state

Revision ID: r11906caeaf6a
Revises: r1181e45f9bb3
Create Date: 2021-12-27 12:57:11.177572

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r11906caeaf6a'
down_revision = 'r1181e45f9bb3'
branch_labels = None
depends_on = None

STATES = ("paid", "shipped")


def upgrade():
    for state in STATES:
        op.execute(
            f"""
            CREATE VIEW orders_{state} AS
            SELECT id, user_id, total, currency
            FROM "order"
            WHERE status = '{state}'
            """
        )


def downgrade():
    for state in STATES:
        op.execute(f"DROP VIEW IF EXISTS orders_{state}")
