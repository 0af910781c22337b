"""reword the products comment

Revision ID: r0905add3a00a
Revises: r089c5723893e
Create Date: 2021-10-01 21:11:05.664860

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0905add3a00a'
down_revision = 'r089c5723893e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table_comment(
        "products",
        "Catalog entries; prices in EUR",
        existing_comment="Everything that can be sold",
    )


def downgrade():
    op.create_table_comment(
        "products",
        "Everything that can be sold",
        existing_comment="Catalog entries; prices in EUR",
    )
