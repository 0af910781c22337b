"""invoice payment timestamp

Revision ID: r0640a774895d
Revises: r0631555424be
Create Date: 2021-07-15 15:47:29.991277

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'r0640a774895d'
down_revision: Union[str, None] = 'r0631555424be'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("invoices", sa.Column("paid_at", postgresql.TIMESTAMP(timezone=True), nullable=True))
    op.create_check_constraint(
        "ck_invoices_paid_after_issue",
        "invoices",
        "paid_at IS NULL OR paid_at::date >= issued_on",
    )


def downgrade() -> None:
    op.drop_constraint("ck_invoices_paid_after_issue", "invoices", type_="check")
    op.drop_column("invoices", "paid_at")
