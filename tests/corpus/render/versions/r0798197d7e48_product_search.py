"""trigram search on product names

Revision ID: r0798197d7e48
Revises: r078fec621018
Create Date: 2021-08-29 12:52:40.164119

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0798197d7e48'
down_revision = 'r078fec621018'
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index(
        "ix_products_name_trgm",
        "products",
        ["name"],
        postgresql_using="gin",
        postgresql_ops={"name": "gin_trgm_ops"},
    )


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.drop_index("ix_products_name_trgm", table_name="products")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
