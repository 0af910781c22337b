"""attachment metadata (jsonb where available)

Revision ID: r110027f8442c
Revises: r1098727ced2c
Create Date: 2021-11-30 14:33:45.526054

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "r110027f8442c"
down_revision = "r1098727ced2c"
branch_labels = None
depends_on = None


def _json_type():
    if op.get_bind().dialect.name == "postgresql":
        return postgresql.JSONB(astext_type=sa.Text())
    return sa.JSON()


def upgrade():
    op.add_column("attachments", sa.Column("metadata", _json_type(), nullable=True))
    op.add_column("attachments", sa.Column("uploaded_at", sa.DateTime(), server_default=sa.func.now(), nullable=True))


def downgrade():
    op.drop_column("attachments", "uploaded_at")
    op.drop_column("attachments", "metadata")
