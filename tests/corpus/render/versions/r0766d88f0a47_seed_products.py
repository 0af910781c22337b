"""seed demo products

Revision ID: r0766d88f0a47
Revises: r07539eeda6e5
Create Date: 2021-08-20 20:46:05.276439

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0766d88f0a47'
down_revision = 'r07539eeda6e5'
branch_labels = None
depends_on = None

products = sa.table(
    "products",
    sa.column("id", sa.Integer),
    sa.column("sku", sa.String),
    sa.column("name", sa.Unicode),
    sa.column("price", sa.Numeric),
    sa.column("stock", sa.Integer),
)

DEMO = [
    (1, "MUG-001", "Coffee mug", 9.5, 100),
    (2, "TEE-002", "T-shirt", 19, 40),
    (3, "CAP-003", "Cap's edition", 14.25, 0),
]


def upgrade():
    op.bulk_insert(
        products,
        [dict(id=i, sku=s, name=n, price=p, stock=q) for (i, s, n, p, q) in DEMO],
    )


def downgrade():
    op.execute(products.delete().where(products.c.sku.in_([row[1] for row in DEMO])))
