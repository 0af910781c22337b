"""invoice payment method

Revision ID: r116ab6f5c413
Revises: r115a9f56c981
Create Date: 2021-12-18 06:01:52.212090

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r116ab6f5c413'
down_revision: Union[str, None] = 'r115a9f56c981'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

payment_method = sa.Enum("card", "transfer", "cash", name="payment_method")


def upgrade() -> None:
    payment_method.create(op.get_bind(), checkfirst=True)
    op.add_column("invoices", sa.Column("payment_method", payment_method, nullable=True))


def downgrade() -> None:
    op.drop_column("invoices", "payment_method")
    payment_method.drop(op.get_bind(), checkfirst=True)
