"""widen email

Revision ID: 3c4d5e6f7081
Revises: 2b3c4d5e6f70
Create Date: 2024-03-03 10:13:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3c4d5e6f7081'
down_revision = '2b3c4d5e6f70'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('account', sa.Column('phone', sa.String(length=32), nullable=True))
    op.alter_column('account', 'email',
               existing_type=sa.VARCHAR(length=200),
               type_=sa.String(length=320),
               existing_nullable=False)
    op.alter_column('account', 'name', existing_type=sa.Unicode(100), nullable=False,
                    server_default='')
    op.create_check_constraint('ck_account_balance', 'account', sa.column('balance') >= 0)


def downgrade() -> None:
    op.drop_constraint('ck_account_balance', 'account', type_='check')
    op.alter_column('account', 'name', existing_type=sa.Unicode(100), nullable=True,
                    server_default=None)
    op.alter_column('account', 'email',
               existing_type=sa.String(length=320),
               type_=sa.VARCHAR(length=200),
               existing_nullable=False)
    op.drop_column('account', 'phone')
