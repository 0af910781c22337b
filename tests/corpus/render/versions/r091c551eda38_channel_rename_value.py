"""rename push channel

Revision ID: r091c551eda38
Revises: r0905add3a00a
Create Date: 2021-10-04 10:34:41.277343

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r091c551eda38'
down_revision = 'r0905add3a00a'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TYPE notification_channel RENAME VALUE 'push' TO 'mobile_push'")


def downgrade():
    op.execute("ALTER TYPE notification_channel RENAME VALUE 'mobile_push' TO 'push'")
