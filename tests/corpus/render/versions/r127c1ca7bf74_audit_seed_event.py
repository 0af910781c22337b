"""first audit event

Revision ID: r127c1ca7bf74
Revises: r126a03d0440d
Create Date: 2022-01-20 01:14:52.333887

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r127c1ca7bf74'
down_revision = 'r126a03d0440d'
branch_labels = None
depends_on = None

event_log = sa.table(
    "event_log",
    sa.column("id", sa.BigInteger),
    sa.column("action", sa.String),
    sa.column("actor_id", sa.Integer),
    schema="audit",
)


def upgrade():
    op.bulk_insert(event_log, [{"action": "schema.migrated", "actor_id": None}])


def downgrade():
    op.execute(event_log.delete().where(event_log.c.action == op.inline_literal("schema.migrated")))
