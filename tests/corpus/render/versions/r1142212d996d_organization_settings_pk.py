"""organization settings get a primary key

Revision ID: r1142212d996d
Revises: r113d850823a5
Create Date: 2021-12-12 00:16:48.056834

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r1142212d996d"
down_revision = "r113d850823a5"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_constraint("uq_organization_settings_org_key", "organization_settings", type_="unique")
    op.create_primary_key(
        "pk_organization_settings", "organization_settings", ["organization_id", "key"]
    )


def downgrade():
    op.drop_constraint("pk_organization_settings", "organization_settings", type_="primary")
    op.create_unique_constraint(
        "uq_organization_settings_org_key", "organization_settings", ["organization_id", "key"]
    )
