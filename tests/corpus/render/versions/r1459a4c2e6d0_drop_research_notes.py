"""research notes move to the documents service

Revision ID: r1459a4c2e6d0
Revises: r144b3f1d7a2e
Create Date: 2021-10-01 09:41:12.883017

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'r1459a4c2e6d0'
down_revision = 'r144b3f1d7a2e'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("research_note_links")
    op.drop_table("research_notes")


def downgrade():
    # Written by hand from an older version of the model: "created" is listed twice.
    # SQLAlchemy keeps one column of that name, the one given last, in the place of the
    # first (with a deprecation warning), so the table comes back as before.
    op.create_table(
        "research_notes",
        sa.Column("id", sa.Integer, sa.ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("hypothesis", sa.Text, nullable=True),
        sa.Column("created", sa.DateTime(), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )
    op.create_table(
        "research_note_links",
        sa.Column("note_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["research_notes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "position"),
    )
