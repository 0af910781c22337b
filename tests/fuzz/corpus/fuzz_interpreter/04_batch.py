"""sqlite friendly batch

Revision ID: 4d5e6f708192
Revises: 3c4d5e6f7081
Create Date: 2024-03-04 10:14:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4d5e6f708192'
down_revision = '3c4d5e6f7081'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nickname', sa.String(length=40), nullable=True))
        batch_op.alter_column('phone', existing_type=sa.String(length=32), nullable=False)
        batch_op.create_index(batch_op.f('ix_account_nickname'), ['nickname'], unique=True)
        batch_op.create_unique_constraint('uq_account_phone', ['phone'])


def downgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_constraint('uq_account_phone', type_='unique')
        batch_op.drop_index(batch_op.f('ix_account_nickname'))
        batch_op.alter_column('phone', existing_type=sa.String(length=32), nullable=True)
        batch_op.drop_column('nickname')
