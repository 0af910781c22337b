"""default locale

Revision ID: r0631555424be
Revises: r06274cad445d
Create Date: 2021-07-12 08:37:57.915567

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0631555424be'
down_revision = 'r06274cad445d'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("users", "locale", server_default=sa.text("'en'"), existing_type=sa.String(8), existing_nullable=False)


def downgrade():
    op.alter_column("users", "locale", server_default=None, existing_type=sa.String(8), existing_nullable=False)
