"""archive timestamps on projects

Revision ID: r106422670151
Revises: r105d2c6c5368
Create Date: 2021-11-18 01:59:03.345535

"""
from alembic import op, context
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r106422670151"
down_revision = "r105d2c6c5368"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("projects", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    projects = sa.table(
        "projects",
        sa.column("status", sa.String),
        sa.column("archived_at", sa.DateTime),
    )
    if context.is_offline_mode():
        op.execute("-- archived projects get their timestamp from updated_at")
    op.execute(
        projects.update()
        .where(projects.c.status == op.inline_literal("archived"))
        .values(archived_at=sa.text("updated_at"))
    )


def downgrade():
    op.drop_column("projects", "archived_at")
