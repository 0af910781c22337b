"""describe the audit event log

Revision ID: r06274cad445d
Revises: r06154611aabf
Create Date: 2021-07-09 16:54:21.593092

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r06274cad445d"
down_revision = "r06154611aabf"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text("""COMMENT ON TABLE audit.event_log IS 'Append-only; rows are never updated'"""))
    op.execute(sa.text("COMMENT ON COLUMN audit.event_log.actor_id IS 'users.id, not enforced'"))


def downgrade():
    op.execute(sa.text("COMMENT ON COLUMN audit.event_log.actor_id IS NULL"))
    op.execute(sa.text("COMMENT ON TABLE audit.event_log IS NULL"))
