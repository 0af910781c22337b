"""index unsent notifications without locking

Revision ID: r07383acf8e5c
Revises: r072e0d61cc42
Create Date: 2021-08-11 07:36:32.028005

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r07383acf8e5c'
down_revision = 'r072e0d61cc42'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            op.f("ix_notifications_unsent"),
            "notifications",
            ["user_id", "id"],
            unique=True,
            postgresql_concurrently=True,
            postgresql_where=sa.text("sent_at IS NULL"),
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index(
            op.f("ix_notifications_unsent"),
            table_name="notifications",
            postgresql_concurrently=True,
        )
