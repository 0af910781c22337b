"""users locale with backfill

Revision ID: r020a39556f30
Revises: r019db1fd1d7c
Create Date: 2021-03-05 23:06:01.669504

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r020a39556f30'
down_revision = 'r019db1fd1d7c'
branch_labels = None
depends_on = None

users = sa.table(
    "users",
    sa.column("id", sa.Integer),
    sa.column("is_active", sa.Boolean),
    sa.column("locale", sa.String),
)


def upgrade():
    op.add_column("users", sa.Column("locale", sa.String(length=8), nullable=True))
    op.execute(
        users.update()
        .where(users.c.is_active == op.inline_literal(True))
        .values(locale=op.inline_literal("en"))
    )
    op.execute(users.update().where(users.c.locale == None).values(locale="en"))  # noqa: E711
    op.alter_column("users", "locale", existing_type=sa.String(length=8), nullable=False)


def downgrade():
    op.drop_column("users", "locale")
