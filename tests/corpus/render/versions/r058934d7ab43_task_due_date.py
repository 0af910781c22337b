"""rename tasks.due_on

Revision ID: r058934d7ab43
Revises: r0573c1c751bc
Create Date: 2021-06-27 00:47:17.224377

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'r058934d7ab43'
down_revision = 'r0573c1c751bc'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("tasks") as batch_op:
        batch_op.alter_column("due_on", new_column_name="due_date", existing_type=sa.Date())


def downgrade():
    with op.batch_alter_table("tasks") as batch_op:
        batch_op.alter_column("due_date", new_column_name="due_on", existing_type=sa.Date())
