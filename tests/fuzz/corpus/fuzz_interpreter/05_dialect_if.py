"""dialect specific index

Revision ID: 5e6f708192a3
Revises: 4d5e6f708192
Create Date: 2024-03-05 10:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5e6f708192a3'
down_revision = '4d5e6f708192'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_index(
            "ix_account_email_trgm",
            "account",
            ["email"],
            postgresql_using="gin",
            postgresql_ops={"email": "gin_trgm_ops"},
        )
    elif bind.dialect.name == "sqlite":
        op.create_index("ix_account_email_trgm", "account", ["email"])
    else:
        raise NotImplementedError(bind.dialect.name)


def downgrade() -> None:
    op.drop_index("ix_account_email_trgm", table_name="account")
