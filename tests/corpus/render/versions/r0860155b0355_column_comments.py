"""column comments for invoices

Revision ID: r0860155b0355
Revises: r08573d4f865c
Create Date: 2021-09-19 12:33:50.631867

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r0860155b0355'
down_revision: Union[str, None] = 'r08573d4f865c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COMMENTS = {
    "number": "Human-readable invoice number",
    "amount": "Gross amount in the order currency",
    "tax_rate": "Percentage, e.g. 19.0",
}


def upgrade() -> None:
    for column, text in COMMENTS.items():
        op.execute("COMMENT ON COLUMN invoices.%s IS '%s'" % (column, text.replace("'", "''")))


def downgrade() -> None:
    for column in COMMENTS:
        op.execute("COMMENT ON COLUMN invoices.%s IS NULL" % column)
