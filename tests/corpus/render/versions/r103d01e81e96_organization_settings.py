"""per-organization settings

Revision ID: r103d01e81e96
Revises: r10214b9abd74
Create Date: 2021-11-09 03:16:25.035506

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'r103d01e81e96'
down_revision: Union[str, None] = 'r10214b9abd74'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "organization_settings",
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", postgresql.JSONB(), server_default=sa.text("'null'::jsonb"), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="CASCADE"),
    )
    op.create_unique_constraint(
        "uq_organization_settings_org_key", "organization_settings", ["organization_id", "key"]
    )


def downgrade() -> None:
    op.drop_constraint("uq_organization_settings_org_key", "organization_settings", type_="unique")
    op.drop_table("organization_settings")
