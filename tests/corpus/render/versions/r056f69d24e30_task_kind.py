"""task kind (non-native enum)

Revision ID: r056f69d24e30
Revises: r055876b3ee79
Create Date: 2021-06-21 21:34:04.004415

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'r056f69d24e30'
down_revision: Union[str, None] = 'r055876b3ee79'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TASK_KINDS = ("bug", "feature", "chore")


def upgrade() -> None:
    op.add_column(
        "tasks",
        sa.Column(
            "kind",
            sa.Enum(*TASK_KINDS, name="task_kind", native_enum=False, create_constraint=True),
            server_default=TASK_KINDS[1],
            nullable=False,
        ),
    )


def downgrade() -> None:
    op.drop_column("tasks", "kind")
