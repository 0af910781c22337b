"""OPTIONS and HEAD for audited api calls

Revision ID: r135ea6f50164
Revises: r13410c6505a4
Create Date: 2022-02-13 19:39:11.191619

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r135ea6f50164'
down_revision = 'r13410c6505a4'
branch_labels = None
depends_on = None

NEW_METHODS = ["HEAD", "OPTIONS"]


def upgrade():
    with op.get_context().autocommit_block():
        for method in NEW_METHODS:
            op.execute("ALTER TYPE audit.http_method ADD VALUE IF NOT EXISTS '{}'".format(method))


def downgrade():
    # PostgreSQL cannot drop enum values: rebuild the type.
    op.execute("DELETE FROM audit.api_calls WHERE method::text IN ('HEAD', 'OPTIONS')")
    op.execute("ALTER TYPE audit.http_method RENAME TO http_method_old")
    op.execute("CREATE TYPE audit.http_method AS ENUM ('GET', 'POST', 'PUT', 'PATCH', 'DELETE')")
    op.execute(
        "ALTER TABLE audit.api_calls ALTER COLUMN method TYPE audit.http_method "
        "USING method::text::audit.http_method"
    )
    op.execute("DROP TYPE audit.http_method_old")
