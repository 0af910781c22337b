"""project budget (skips an existing column)

Revision ID: r13410c6505a4
Revises: r1330dc92a3a4
Create Date: 2022-02-10 22:16:11.757834

"""
from alembic import op, context
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r13410c6505a4'
down_revision = 'r1330dc92a3a4'
branch_labels = None
depends_on = None


def _has_column(table, column):
    if context.is_offline_mode():
        return False
    inspector = sa.inspect(op.get_bind())
    return column in [c["name"] for c in inspector.get_columns(table)]


def upgrade():
    if not _has_column("projects", "budget"):
        op.add_column("projects", sa.Column("budget", sa.Numeric(14, 2), nullable=True))
    op.add_column("projects", sa.Column("budget_currency", sa.String(3), server_default="EUR", nullable=False))


def downgrade():
    op.drop_column("projects", "budget_currency")
    op.drop_column("projects", "budget")
