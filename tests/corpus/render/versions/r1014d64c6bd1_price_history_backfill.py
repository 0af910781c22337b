"""backfill price history

Revision ID: r1014d64c6bd1
Revises: r100d27873aa6
Create Date: 2021-11-03 03:22:40.308704

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r1014d64c6bd1'
down_revision: Union[str, None] = 'r100d27873aa6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

START = "2021-01-01"


def upgrade() -> None:
    op.execute(
        sa.text(
            "INSERT INTO price_history (product_id, price, valid_from) "
            f"SELECT id, price, DATE '{START}' FROM products"
        )
    )


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM price_history WHERE valid_from = DATE '{START}'"))
