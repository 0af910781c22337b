"""more built-in roles

Revision ID: r040d022aead7
Revises: r039eb20e3dc0
Create Date: 2021-05-04 07:26:02.293478

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "r040d022aead7"
down_revision = "r039eb20e3dc0"
branch_labels = None
depends_on = None

roles_table = sa.table(
    "roles",
    sa.column("id", sa.SmallInteger),
    sa.column("name", sa.String),
    sa.column("description", sa.UnicodeText),
)


def upgrade():
    op.bulk_insert(
        roles_table,
        [
            {"id": 4, "name": "billing", "description": "Can see invoices"},
            {"id": 5, "name": "auditor", "description": None},
        ],
        multiinsert=False,
    )


def downgrade():
    op.execute(roles_table.delete().where(roles_table.c.id.in_([4, 5])))
