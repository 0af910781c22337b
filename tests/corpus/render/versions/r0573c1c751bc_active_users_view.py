"""active users view

Revision ID: r0573c1c751bc
Revises: r056f69d24e30
Create Date: 2021-06-24 20:09:27.936825

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0573c1c751bc'
down_revision = 'r056f69d24e30'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        """
        CREATE VIEW active_users AS
        SELECT u.id, u.email, u.name, o.name AS organization
        FROM users u
        LEFT JOIN organizations o ON o.id = u.organization_id
        WHERE u.is_active
        """
    )


def downgrade():
    op.execute("DROP VIEW active_users")
