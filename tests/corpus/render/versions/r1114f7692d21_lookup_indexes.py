"""lookup indexes built concurrently

Revision ID: r1114f7692d21
Revises: r110027f8442c
Create Date: 2021-12-03 00:26:53.404276

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1114f7692d21'
down_revision = 'r110027f8442c'
branch_labels = None
depends_on = None

INDEXES = [
    ("invoices", ("customer_id", "issued_on")),
    ("products", ("discontinued", "sku")),
    ("shipments", ("order_id",)),
]


def _index_name(table, columns):
    return "ix_{}_{}".format(table, "_".join(columns))


def upgrade():
    with op.get_context().autocommit_block():
        for table, columns in INDEXES:
            op.create_index(_index_name(table, columns), table, list(columns), postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        for table, columns in reversed(INDEXES):
            op.drop_index(_index_name(table, columns), table_name=table, postgresql_concurrently=True)
