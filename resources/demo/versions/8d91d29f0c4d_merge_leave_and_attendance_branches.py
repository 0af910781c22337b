"""merge leave and attendance branches

Revision ID: 8d91d29f0c4d
Revises: f93cbb7e1891, f3d3dcb3cb5c
Create Date: 2026-06-02 12:00:37.281604

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8d91d29f0c4d'
down_revision = ('f93cbb7e1891', 'f3d3dcb3cb5c')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
