"""mark mail settings secret

Revision ID: r0494d5cc05df
Revises: r0488f958cfee
Create Date: 2021-05-31 13:48:43.893602

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0494d5cc05df'
down_revision = 'r0488f958cfee'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        sa.text("UPDATE settings SET is_secret = :secret WHERE key LIKE :pattern").bindparams(
            secret=True, pattern="mail.%"
        )
    )


def downgrade():
    op.execute(
        sa.text("UPDATE settings SET is_secret = :secret WHERE key LIKE :pattern").bindparams(
            secret=False, pattern="mail.%"
        )
    )
