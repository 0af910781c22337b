"""newest invoices first

Revision ID: r1410c20250aa
Revises: r1406e594c1ca
Create Date: 2022-03-03 20:16:49.883718

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1410c20250aa'
down_revision = 'r1406e594c1ca'
branch_labels = None
depends_on = None

OLD = "ix_invoices_issued_on"
NEW = "ix_invoices_issued_on_desc"


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(NEW, "invoices", [sa.text("issued_on DESC"), "id"], postgresql_concurrently=True)
        op.drop_index(OLD, table_name="invoices", postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.create_index(OLD, "invoices", ["issued_on"], unique=False, postgresql_concurrently=True)
        op.drop_index(NEW, table_name="invoices", postgresql_concurrently=True)
