"""raw sql with text

Revision ID: a3b4c5d6e7f8
Revises: 92a3b4c5d6e7
Create Date: 2024-03-01 10:11:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3b4c5d6e7f8'
down_revision = '92a3b4c5d6e7'
branch_labels = None
depends_on = None


from sqlalchemy import text


def upgrade() -> None:
    op.execute(text("UPDATE account SET is_active = true WHERE is_active IS NULL"))
    op.execute(sa.text("""
        CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
        BEGIN
            NEW.updated_at = now();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
    """))
    op.execute(
        "CREATE TRIGGER account_touch BEFORE UPDATE ON account "
        "FOR EACH ROW EXECUTE FUNCTION touch()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER account_touch ON account")
    op.execute(r"DROP FUNCTION touch()")
