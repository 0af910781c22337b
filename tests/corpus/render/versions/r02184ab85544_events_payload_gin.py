"""gin index on audit event payloads

Revision ID: r02184ab85544
Revises: r020a39556f30
Create Date: 2021-03-08 12:11:32.915017

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r02184ab85544'
down_revision = 'r020a39556f30'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            "ix_audit_events_payload",
            "events",
            ["payload"],
            unique=False,
            schema="audit",
            postgresql_using="gin",
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_audit_events_payload", table_name="events", schema="audit")
