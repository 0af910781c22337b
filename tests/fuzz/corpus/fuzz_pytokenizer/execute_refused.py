from alembic import op

@decorator
def upgrade():
    op.execute('x')

async def downgrade(a):
    op.add_column('t', None)
