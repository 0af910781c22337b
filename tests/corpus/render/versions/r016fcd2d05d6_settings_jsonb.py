"""settings values as jsonb

Revision ID: r016fcd2d05d6
Revises: r0155976abf9a
Create Date: 2021-02-21 07:25:22.304845

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'r016fcd2d05d6'
down_revision = 'r0155976abf9a'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "settings",
        "value",
        existing_type=sa.TEXT(),
        type_=postgresql.JSONB(),
        existing_nullable=True,
        postgresql_using="value::jsonb",
    )


def downgrade():
    op.alter_column(
        "settings",
        "value",
        existing_type=postgresql.JSONB(),
        type_=sa.TEXT(),
        existing_nullable=True,
        postgresql_using="value::text",
    )
