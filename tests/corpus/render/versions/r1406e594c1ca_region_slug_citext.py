"""region slugs (citext), indexed without locking

Revision ID: r1406e594c1ca
Revises: r1395be1bbc1c
Create Date: 2022-02-28 07:14:23.600339

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r1406e594c1ca'
down_revision: Union[str, None] = 'r1395be1bbc1c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("ALTER TABLE regions ADD COLUMN slug citext")
    op.execute("UPDATE regions SET slug = lower(code)")
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_regions_slug",
            "regions",
            ["slug"],
            unique=True,
            postgresql_concurrently=True,
        )


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.drop_index("ix_regions_slug", table_name="regions", postgresql_concurrently=True)
    op.execute("ALTER TABLE regions DROP COLUMN slug")
