"""order notes and currency

Revision ID: r05278df19427
Revises: r051e24b37733
Create Date: 2021-06-09 14:00:41.867257

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r05278df19427'
down_revision: Union[str, None] = 'r051e24b37733'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column(
        "order",
        sa.Column("notes", sa.UnicodeText(), nullable=True, comment="Internal notes, never shown to customers"),
        schema="public",
    )
    op.add_column(
        "order",
        sa.Column("currency", sa.CHAR(length=3), server_default="EUR", nullable=False),
        schema="public",
    )


def downgrade() -> None:
    op.drop_column("order", "currency", schema="public")
    op.drop_column("order", "notes", schema="public")
