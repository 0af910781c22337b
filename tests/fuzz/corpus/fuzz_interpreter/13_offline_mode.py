"""offline aware data migration

Revision ID: d6e7f8091a2b
Revises: c5d6e7f8091a
Create Date: 2024-03-04 10:14:00.000000

"""
from alembic import op
import sqlalchemy as sa
from alembic import context

# revision identifiers, used by Alembic.
revision = 'd6e7f8091a2b'
down_revision = 'c5d6e7f8091a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("account", sa.Column("score", sa.Integer(), nullable=True))
    if context.is_offline_mode():
        op.execute("UPDATE account SET score = 0")
    else:
        conn = op.get_bind()
        conn.execute(sa.text("UPDATE account SET score = 0"))
    op.alter_column("account", "score", nullable=False, existing_type=sa.Integer())


def downgrade() -> None:
    op.drop_column("account", "score")
