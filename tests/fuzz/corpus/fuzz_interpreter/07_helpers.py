"""helpers and constants

Revision ID: 708192a3b4c5
Revises: 6f708192a3b4
Create Date: 2024-03-07 10:17:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '708192a3b4c5'
down_revision = '6f708192a3b4'
branch_labels = None
depends_on = None


SCHEMA = "billing"
NAMING = {"ix": "ix_%(column_0_label)s"}


def _id_column(name="id"):
    return sa.Column(name, sa.Integer(), primary_key=True)


def _timestamps():
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
    ]


def create_simple(name, *columns, **kw):
    op.create_table(name, _id_column(), *columns, *_timestamps(), schema=SCHEMA, **kw)


def upgrade() -> None:
    create_simple("invoice", sa.Column("amount", sa.Numeric(10, 2), nullable=False))
    create_simple("credit_note", sa.Column("reason", sa.Text()), comment="credit notes")


def downgrade() -> None:
    for name in ("credit_note", "invoice"):
        op.drop_table(name, schema=SCHEMA)
