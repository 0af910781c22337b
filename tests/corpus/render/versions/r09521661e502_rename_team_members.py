"""team_members becomes memberships

Revision ID: r09521661e502
Revises: r09409fa1cce3
Create Date: 2021-10-16 17:29:44.235626

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r09521661e502'
down_revision = 'r09409fa1cce3'
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table('team_members', 'memberships')
    op.add_column('memberships', sa.Column('role', sa.String(length=20), server_default='member', nullable=False))


def downgrade():
    op.drop_column('memberships', 'role')
    op.rename_table('memberships', 'team_members')
