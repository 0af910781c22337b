"""reporting schema with views

Revision ID: r131dcc697ef7
Revises: r130d4c5fb401
Create Date: 2022-02-01 05:53:26.911670

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r131dcc697ef7'
down_revision = 'r130d4c5fb401'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""
CREATE SCHEMA reporting;
CREATE VIEW reporting.daily_orders AS
    SELECT date_trunc('day', ordered_at) AS day, count(*) AS orders, sum(total) AS revenue
    FROM "order"
    GROUP BY 1
""")


def downgrade():
    op.execute("DROP VIEW reporting.daily_orders; DROP SCHEMA reporting")
