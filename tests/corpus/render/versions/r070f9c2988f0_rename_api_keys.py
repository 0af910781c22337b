"""rename ApiKeys

Revision ID: r070f9c2988f0
Revises: r069937681b74
Create Date: 2021-08-02 04:07:55.664277

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r070f9c2988f0"
down_revision = "r069937681b74"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("ApiKeys", "api_keys")


def downgrade():
    op.rename_table("api_keys", "ApiKeys")
