"""misc syntax

Revision ID: 4d5e6f708193
Revises: 3c4d5e6f7082
Create Date: 2024-03-01 10:11:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4d5e6f708193'
down_revision = '3c4d5e6f7082'
branch_labels = None
depends_on = None


TYPES = dict(short=sa.String(10), long=sa.Text())
FLAGS = (True, False, None)
RATE = 1.5e-3 + 0x10 - 0o7 * 0b11 // 2 % 3 ** 2
NAME = 'multi' 'part' "name"
RAW = r"\d+\s*"
BYTES = b"\x00\x01"


def column(name: str, kind: str = "short", *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, TYPES[kind], nullable=nullable)


def upgrade() -> None:
    """Add a few columns."""
    cols = [column("a"), column("b", "long", nullable=False)]
    for c in cols:
        op.add_column("account", c)
    op.create_index(None, "account", ["a", "b"]) if cols else None
    x = len(cols) > 1 and not FLAGS[2] or FLAGS[0]
    if x and NAME.startswith("multi"):
        op.execute("SELECT 1 /* %s */" % NAME[:5])
    y = lambda v: v * 2
    op.execute("SELECT %d" % y(21))
    assert RATE != 0, "rate"
    del y


def downgrade() -> None:
    op.drop_column("account", "b")
    op.drop_column("account", "a")
