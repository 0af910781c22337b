"""regions

Revision ID: r122c58bdcca2
Revises: r121f0ed5ea15
Create Date: 2022-01-05 12:01:21.995506

"""
from alembic import op
from sqlalchemy import Column, ForeignKey, Integer, String, Unicode, text


# revision identifiers, used by Alembic.
revision = 'r122c58bdcca2'
down_revision = 'r121f0ed5ea15'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "regions",
        Column("id", Integer, primary_key=True),
        Column("code", String(8), nullable=False, unique=True),
        Column("name", Unicode(100), nullable=False),
        Column("parent_id", Integer, ForeignKey("regions.id", ondelete="SET NULL")),
        Column("sort_order", Integer, server_default=text("100"), nullable=False),
    )
    op.add_column("organizations", Column("region_id", Integer, ForeignKey("regions.id", name="fk_organizations_region_id"), nullable=True))


def downgrade():
    op.drop_constraint("fk_organizations_region_id", "organizations", type_="foreignkey")
    op.drop_column("organizations", "region_id")
    op.drop_table("regions")
