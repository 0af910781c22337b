"""feature flag settings

Revision ID: r089c5723893e
Revises: r088b3cc2e491
Create Date: 2021-09-28 11:09:28.780621

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r089c5723893e"
down_revision = "r088b3cc2e491"
branch_labels = None
depends_on = None

settings = sa.table(
    "settings",
    sa.column("key", sa.String),
    sa.column("value", sa.Text),
    sa.column("is_secret", sa.Boolean),
)

FLAGS = ["beta.dashboard", "beta.reports", "beta.api_v2"]


def upgrade():
    op.bulk_insert(settings, [{"key": flag, "value": "false", "is_secret": False} for flag in FLAGS])


def downgrade():
    op.execute(settings.delete().where(settings.c.key.in_(FLAGS)))
