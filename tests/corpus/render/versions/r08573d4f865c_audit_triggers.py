"""audit row changes into audit.event_log

Revision ID: r08573d4f865c
Revises: r084b974beeb0
Create Date: 2021-09-16 09:45:09.578736

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r08573d4f865c'
down_revision = 'r084b974beeb0'
branch_labels = None
depends_on = None

AUDITED = ["users", "order"]

create_function = r"""
CREATE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    row_data jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_data := to_jsonb(OLD);
    ELSE
        row_data := to_jsonb(NEW);
    END IF;

    INSERT INTO audit.event_log (action, payload)
    VALUES (TG_TABLE_NAME || '.' || lower(TG_OP), row_data);
    RETURN NULL;
END;
$body$
"""


def upgrade():
    op.execute(create_function)
    for table in AUDITED:
        op.execute(
            'CREATE TRIGGER audit_%s AFTER INSERT OR UPDATE OR DELETE ON "%s" '
            "FOR EACH ROW EXECUTE FUNCTION audit.log_change()" % (table, table)
        )


def downgrade():
    for table in AUDITED:
        op.execute('DROP TRIGGER audit_%s ON "%s"' % (table, table))
    op.execute("DROP FUNCTION audit.log_change()")
