"""labels on projects

Revision ID: r1098727ced2c
Revises: r108864d652df
Create Date: 2021-11-27 22:35:21.908798

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1098727ced2c'
down_revision = 'r108864d652df'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "project_labels",
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("projects.id", ondelete="CASCADE", onupdate="CASCADE"), nullable=False),
        sa.Column("label_id", sa.Integer(), sa.ForeignKey("labels.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Index("ix_project_labels_label_id", "label_id"),
    )
    op.create_primary_key("pk_project_labels", "project_labels", ["project_id", "label_id"])
    op.create_index("ix_project_labels_position", "project_labels", ["project_id", "position"], unique=True)


def downgrade():
    op.drop_index("ix_project_labels_position", table_name="project_labels")
    op.drop_table("project_labels")
