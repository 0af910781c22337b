"""project description required

Revision ID: r0488f958cfee
Revises: r047c4bb3efb5
Create Date: 2021-05-28 14:45:15.882245

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r0488f958cfee"
down_revision = "r047c4bb3efb5"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE projects SET description = '' WHERE description IS NULL")
    op.alter_column(
        "projects",
        "description",
        existing_type=sa.Text(),
        nullable=False,
        server_default="",
    )


def downgrade():
    op.alter_column(
        "projects",
        "description",
        existing_type=sa.Text(),
        nullable=True,
        server_default=None,
    )
