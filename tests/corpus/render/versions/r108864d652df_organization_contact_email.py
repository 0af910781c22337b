"""organization contact email (citext)

Revision ID: r108864d652df
Revises: r107ecfa7b685
Create Date: 2021-11-24 09:24:50.534873

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r108864d652df'
down_revision = 'r107ecfa7b685'
branch_labels = None
depends_on = None


def upgrade():
    # citext is not a type SQLAlchemy 1.4 knows; the extension exists since the users email change
    op.execute("CREATE EXTENSION IF NOT EXISTS citext")
    op.execute("ALTER TABLE organizations ADD COLUMN contact_email citext")
    op.create_index("ix_organizations_contact_email", "organizations", ["contact_email"], unique=True)


def downgrade():
    op.drop_index("ix_organizations_contact_email", table_name="organizations")
    op.execute("ALTER TABLE organizations DROP COLUMN contact_email")
