"""projects with a status enum

Revision ID: r006c234a7892
Revises: r0050ce7e868a
Create Date: 2021-01-22 09:41:23.601754

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'r006c234a7892'
down_revision = 'r0050ce7e868a'
branch_labels = None
depends_on = None

project_status = postgresql.ENUM(
    "draft", "active", "archived", name="project_status", create_type=False
)


def upgrade():
    project_status.create(op.get_bind(), checkfirst=True)
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("status", project_status, server_default="draft", nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_projects_org_status", "projects", ["organization_id", "status"])


def downgrade():
    op.drop_index("ix_projects_org_status", table_name="projects")
    op.drop_table("projects")
    project_status.drop(op.get_bind(), checkfirst=True)
