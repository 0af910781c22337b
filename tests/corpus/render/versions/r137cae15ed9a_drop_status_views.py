"""replace per-state views with one parameterless view

Revision ID: r137cae15ed9a
Revises: r136c05506300
Create Date: 2022-02-19 21:51:56.235214

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r137cae15ed9a'
down_revision = 'r136c05506300'
branch_labels = None
depends_on = None

VIEW_SQL = """CREATE VIEW order_overview AS
SELECT o.id, o.status, o.total, o.currency, u.email
FROM "order" o
JOIN users u ON u.id = o.user_id"""


def upgrade():
    for state in ("paid", "shipped"):
        op.execute("DROP VIEW orders_%s" % state)
    op.execute(sa.text(VIEW_SQL))


def downgrade():
    op.execute("DROP VIEW order_overview")
    for state in ("paid", "shipped"):
        op.execute(
            "CREATE VIEW orders_%(s)s AS SELECT id, user_id, total, currency "
            "FROM \"order\" WHERE status = '%(s)s'" % {"s": state}
        )
