"""batch recreate with reflect args

Revision ID: 2b3c4d5e6f71
Revises: 1a2b3c4d5e60
Create Date: 2024-03-08 10:18:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2b3c4d5e6f71'
down_revision = '1a2b3c4d5e60'
branch_labels = None
depends_on = None


naming_convention = {
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
}


def upgrade() -> None:
    with op.batch_alter_table(
        "invoice", recreate="always", naming_convention=naming_convention,
        table_args=(sa.UniqueConstraint("number"),),
    ) as batch:
        batch.add_column(sa.Column("number", sa.String(20), nullable=False, server_default="0"))
        batch.create_foreign_key("fk_invoice_account_id_account", "account", ["account_id"], ["id"])
        batch.drop_column("legacy")


def downgrade() -> None:
    with op.batch_alter_table("invoice", recreate="always") as batch:
        batch.add_column(sa.Column("legacy", sa.Boolean(), nullable=True))
        batch.drop_constraint("fk_invoice_account_id_account", type_="foreignkey")
        batch.drop_column("number")
