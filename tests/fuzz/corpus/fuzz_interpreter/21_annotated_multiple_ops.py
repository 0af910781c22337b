"""Add products and tags

Revision ID: 5e6f708192a4
Revises: 4d5e6f708193
Create Date: 2024-03-10 08:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "5e6f708192a4"
down_revision: Union[str, None] = "4d5e6f708193"
branch_labels: Union[str, Sequence[str], None] = ("catalog",)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=32), nullable=False),
        sa.Column("price", sa.Numeric(10, 2), nullable=False),
        sa.Column("weight", sa.REAL(), nullable=True),
        sa.Column("released", sa.Date(), nullable=True),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.Column("kind", sa.Enum("a", "b", name="product_kind", native_enum=False, length=8)),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sku"),
    )
    op.create_table(
        "product_tag",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ),
        sa.PrimaryKeyConstraint("product_id", "tag"),
    )
    op.create_index(op.f("ix_product_tag_tag"), "product_tag", ["tag"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_product_tag_tag"), table_name="product_tag")
    op.drop_table("product_tag")
    op.drop_table("product")
