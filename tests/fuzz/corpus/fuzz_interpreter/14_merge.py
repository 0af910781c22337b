"""merge heads

Revision ID: e7f8091a2b3c
Revises: d6e7f8091a2b, 0f1e2d3c4b5a
Create Date: 2024-03-05 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "e7f8091a2b3c"
down_revision: Union[str, Sequence[str], None] = ("d6e7f8091a2b", "0f1e2d3c4b5a")
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
