"""add orders

Revision ID: 2b3c4d5e6f70
Revises: 1a2b3c4d5e6f
Create Date: 2024-03-02 10:12:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2b3c4d5e6f70'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('orders',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('total', sa.Float(), nullable=True),
    sa.Column('status', sa.Enum('new', 'paid', 'shipped', name='order_status'), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name='fk_orders_account', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders'))
    )
    op.create_foreign_key(None, 'orders', 'account', ['account_id'], ['id'])


def downgrade():
    op.drop_constraint('fk_orders_account', 'orders', type_='foreignkey')
    op.drop_table('orders')
    sa.Enum(name='order_status').drop(op.get_bind(), checkfirst=False)
