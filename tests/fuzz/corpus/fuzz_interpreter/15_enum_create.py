"""mood enum

Revision ID: f8091a2b3c4d
Revises: e7f8091a2b3c
Create Date: 2024-03-05 10:15:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'f8091a2b3c4d'
down_revision = 'e7f8091a2b3c'
branch_labels = None
depends_on = None


mood = postgresql.ENUM("sad", "ok", "happy", name="mood", create_type=False)


def upgrade() -> None:
    mood.create(op.get_bind(), checkfirst=True)
    op.add_column("account", sa.Column("mood", mood, nullable=True))
    op.execute("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh'")


def downgrade() -> None:
    op.drop_column("account", "mood")
    mood.drop(op.get_bind(), checkfirst=True)
