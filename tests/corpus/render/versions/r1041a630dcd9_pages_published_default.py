"""pages are drafts by default

Revision ID: r1041a630dcd9
Revises: r103d01e81e96
Create Date: 2021-11-12 02:24:57.220505

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1041a630dcd9'
down_revision = 'r103d01e81e96'
branch_labels = None
depends_on = None

pages = sa.table("pages", sa.column("published", sa.Boolean))


def upgrade():
    op.execute(pages.update().where(pages.c.published.is_(None)).values(published=op.inline_literal(False)))
    op.alter_column(
        "pages",
        "published",
        existing_type=sa.BOOLEAN(),
        nullable=False,
        server_default=sa.text("false"),
    )


def downgrade():
    op.alter_column(
        "pages",
        "published",
        existing_type=sa.BOOLEAN(),
        nullable=True,
        server_default=None,
    )
