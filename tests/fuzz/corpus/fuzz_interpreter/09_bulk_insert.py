"""seed countries

Revision ID: 92a3b4c5d6e7
Revises: 8192a3b4c5d6
Create Date: 2024-03-09 10:19:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '92a3b4c5d6e7'
down_revision = '8192a3b4c5d6'
branch_labels = None
depends_on = None


from sqlalchemy.sql import table, column
import datetime


country = table(
    "country",
    column("code", sa.String),
    column("name", sa.String),
    column("added", sa.Date),
)


def upgrade() -> None:
    op.create_table(
        "country",
        sa.Column("code", sa.CHAR(2), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("added", sa.Date()),
    )
    op.bulk_insert(
        country,
        [
            {"code": "DE", "name": "Germany", "added": datetime.date(2024, 1, 1)},
            {"code": "FR", "name": "France", "added": datetime.date(2024, 1, 2)},
            {"code": "IT", "name": "Italy's \"best\"", "added": None},
        ],
        multiinsert=False,
    )


def downgrade() -> None:
    op.drop_table("country")
