"""invoice numbers from a sequence

Revision ID: r115a9f56c981
Revises: r1142212d996d
Create Date: 2021-12-15 11:47:50.924622

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.schema import CreateSequence, DropSequence


# revision identifiers, used by Alembic.
revision = 'r115a9f56c981'
down_revision = 'r1142212d996d'
branch_labels = None
depends_on = None

invoice_number_seq = sa.Sequence("invoice_number_seq", start=10000, increment=1)


def upgrade():
    op.execute(CreateSequence(invoice_number_seq))
    op.alter_column(
        "invoices",
        "number",
        existing_type=sa.String(length=32),
        existing_nullable=False,
        server_default=sa.text("'INV-' || nextval('invoice_number_seq')"),
    )


def downgrade():
    op.alter_column(
        "invoices",
        "number",
        existing_type=sa.String(length=32),
        existing_nullable=False,
        server_default=None,
    )
    op.execute(DropSequence(invoice_number_seq))
