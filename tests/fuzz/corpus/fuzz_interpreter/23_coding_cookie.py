# -*- coding: latin-1 -*-
"""latin1 comment

Revision ID: 708192a3b4c6
Revises: 6f708192a3b5
Create Date: 2024-03-03 10:13:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '708192a3b4c6'
down_revision = '6f708192a3b5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("COMMENT ON TABLE account IS 'café'")


def downgrade() -> None:
    op.execute("COMMENT ON TABLE account IS NULL")
