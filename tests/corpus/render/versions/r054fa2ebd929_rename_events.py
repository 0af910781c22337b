"""rename audit.events to audit.event_log

Revision ID: r054fa2ebd929
Revises: r053d53849aa7
Create Date: 2021-06-15 04:28:25.301181

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r054fa2ebd929"
down_revision = "r053d53849aa7"
branch_labels = None
depends_on = None

SCHEMA = "audit"


def upgrade():
    op.rename_table("events", "event_log", schema=SCHEMA)


def downgrade():
    op.rename_table("event_log", "events", schema=SCHEMA)
