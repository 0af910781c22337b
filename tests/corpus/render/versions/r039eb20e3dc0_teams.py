"""teams with an explicit sequence

Revision ID: r039eb20e3dc0
Revises: r038d166c1f67
Create Date: 2021-05-01 22:44:13.686739

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.schema import CreateSequence, DropSequence, Sequence


# revision identifiers, used by Alembic.
revision = 'r039eb20e3dc0'
down_revision = 'r038d166c1f67'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(CreateSequence(Sequence("teams_id_seq", start=1000, increment=1)))
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), server_default=sa.text("nextval('teams_id_seq')"), nullable=False),
        sa.Column("organization_id", sa.dialects.postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("name", sa.Unicode(length=100), nullable=False),
        sa.ForeignKeyConstraint(("organization_id",), ("organizations.id",), name="fk_teams_organization"),
        sa.PrimaryKeyConstraint("id", name="pk_teams"),
    )


def downgrade():
    op.drop_table("teams")
    op.execute(DropSequence(Sequence("teams_id_seq")))
