"""default settings rows

Revision ID: r022e26deb015
Revises: r02184ab85544
Create Date: 2021-03-11 04:08:46.258509

"""
from alembic import op, context
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r022e26deb015'
down_revision = 'r02184ab85544'
branch_labels = None
depends_on = None

INSERT = """
INSERT INTO settings (key, value, is_secret) VALUES
    ('site.name', '"Retort Demo"', false),
    ('mail.sender', '"noreply@example.com"', false)
"""


def upgrade():
    if context.is_offline_mode():
        op.execute(INSERT)
    else:
        op.get_bind().execute(sa.text(INSERT))


def downgrade():
    op.execute("DELETE FROM settings WHERE key IN ('site.name', 'mail.sender')")
