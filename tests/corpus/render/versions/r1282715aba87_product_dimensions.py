"""product dimensions

Revision ID: r1282715aba87
Revises: r127c1ca7bf74
Create Date: 2022-01-23 01:03:10.836273

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r1282715aba87'
down_revision = 'r127c1ca7bf74'
branch_labels = None
depends_on = None

DIMENSIONS = ["width_cm", "height_cm", "depth_cm"]


def upgrade():
    bind = op.get_bind()
    with op.batch_alter_table("products") as batch_op:
        for name in DIMENSIONS:
            batch_op.add_column(sa.Column(name, sa.Numeric(7, 2), nullable=True))
        if bind.dialect.name == "postgresql":
            batch_op.create_check_constraint(
                "ck_products_dimensions_positive",
                " AND ".join("coalesce({0}, 1) > 0".format(n) for n in DIMENSIONS),
            )


def downgrade():
    bind = op.get_bind()
    with op.batch_alter_table("products") as batch_op:
        if bind.dialect.name == "postgresql":
            batch_op.drop_constraint("ck_products_dimensions_positive", type_="check")
        for name in reversed(DIMENSIONS):
            batch_op.drop_column(name)
