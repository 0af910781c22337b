"""partitions

Revision ID: 091a2b3c4d5e
Revises: f8091a2b3c4d
Create Date: 2024-03-06 10:16:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '091a2b3c4d5e'
down_revision = 'f8091a2b3c4d'
branch_labels = None
depends_on = None


MONTHS = [f"2024_{m:02d}" for m in range(1, 13)]
SKIP = {"2024_06"}


def upgrade() -> None:
    i = 0
    while i < len(MONTHS):
        month = MONTHS[i]
        i += 1
        if month in SKIP:
            continue
        op.execute(
            "CREATE TABLE IF NOT EXISTS event_%s PARTITION OF event "
            "FOR VALUES FROM ('%s-01') TO ('%s-28')" % (month, month.replace("_", "-"), month.replace("_", "-"))
        )
        if i > 10:
            break
    names = {m: m.upper() for m in MONTHS if m not in SKIP}
    op.execute("-- %d partitions" % len(names))


def downgrade() -> None:
    for month in sorted(set(MONTHS) - SKIP, reverse=True):
        op.execute(f"DROP TABLE IF EXISTS event_{month}")
