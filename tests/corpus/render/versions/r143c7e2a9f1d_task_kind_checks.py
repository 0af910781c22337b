"""task kind gets a fourth value; feature flags

Revision ID: r143c7e2a9f1d
Revises: r142008340b86
Create Date: 2021-09-02 10:12:44.518220

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'r143c7e2a9f1d'
down_revision = 'r142008340b86'
branch_labels = None
depends_on = None

OLD_KINDS = ("bug", "feature", "chore")
NEW_KINDS = OLD_KINDS + ("research",)


def kind_type(values, name):
    # A non-native enum: VARCHAR plus a CHECK constraint named after the type.
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade():
    op.alter_column(
        "tasks",
        "kind",
        existing_type=kind_type(OLD_KINDS, "task_kind"),
        type_=kind_type(NEW_KINDS, "task_kind_v2"),
        existing_nullable=False,
        existing_server_default=sa.text("'feature'"),
    )
    op.create_table(
        "feature_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("enabled", sa.Boolean(create_constraint=True, name="ck_feature_flags_enabled"),
                  server_default=sa.false(), nullable=False),
        sa.Column("stage", sa.Enum("alpha", "beta", "ga", name=op.f("ck_feature_flags_stage"),
                                   native_enum=False, create_constraint=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feature_flags")),
        sa.UniqueConstraint("key", name=op.f("uq_feature_flags_key")),
    )


def downgrade():
    op.drop_table("feature_flags")
    op.alter_column(
        "tasks",
        "kind",
        existing_type=kind_type(NEW_KINDS, "task_kind_v2"),
        type_=kind_type(OLD_KINDS, "task_kind"),
        existing_nullable=False,
        existing_server_default=sa.text("'feature'"),
    )
