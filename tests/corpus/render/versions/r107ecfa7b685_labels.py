"""labels, keyed after the fact

Revision ID: r107ecfa7b685
Revises: r106422670151
Create Date: 2021-11-21 16:09:56.918574

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r107ecfa7b685'
down_revision: Union[str, None] = 'r106422670151'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.dialects.postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("name", sa.Unicode(length=60), nullable=False),
        sa.Column("color", sa.CHAR(length=7), server_default="#cccccc", nullable=False),
    )
    op.execute("CREATE SEQUENCE labels_id_seq OWNED BY labels.id")
    op.alter_column("labels", "id", existing_type=sa.Integer(), server_default=sa.text("nextval('labels_id_seq')"))
    op.create_primary_key(op.f("pk_labels"), "labels", ["id"])
    op.create_foreign_key(
        op.f("fk_labels_organization_id_organizations"),
        "labels",
        "organizations",
        ["organization_id"],
        ["id"],
        ondelete="CASCADE",
        onupdate="CASCADE",
    )


def downgrade() -> None:
    op.drop_constraint(op.f("fk_labels_organization_id_organizations"), "labels", type_="foreignkey")
    op.drop_constraint(op.f("pk_labels"), "labels", type_="primary")
    op.drop_table("labels")
