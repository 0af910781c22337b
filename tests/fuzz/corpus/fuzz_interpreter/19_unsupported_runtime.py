"""data migration needing the database

Revision ID: 3c4d5e6f7082
Revises: 2b3c4d5e6f71
Create Date: 2024-03-09 10:19:00.000000

"""
from alembic import op
import sqlalchemy as sa
from myapp.models import User

# revision identifiers, used by Alembic.
revision = '3c4d5e6f7082'
down_revision = '2b3c4d5e6f71'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    try:
        rows = conn.execute(sa.text("SELECT id, email FROM account")).fetchall()
    except Exception:
        rows = []
    for row in rows:
        conn.execute(sa.text("UPDATE account SET email = lower(:e) WHERE id = :i"),
                     {"e": row.email, "i": row.id})
    assert User is not None


def downgrade() -> None:
    raise Exception("irreversible")
