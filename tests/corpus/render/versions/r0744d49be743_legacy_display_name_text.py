"""legacy display names as text

Revision ID: r0744d49be743
Revises: r07383acf8e5c
Create Date: 2021-08-14 05:21:35.755893

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r0744d49be743'
down_revision = 'r07383acf8e5c'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column('user', 'display_name',
               existing_type=sa.VARCHAR(length=80),
               type_=sa.Text(),
               existing_nullable=True)


def downgrade():
    op.alter_column('user', 'display_name',
               existing_type=sa.Text(),
               type_=sa.VARCHAR(length=80),
               existing_nullable=True,
               postgresql_using='display_name::varchar(80)')
