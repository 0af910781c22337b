import alembic.op as o
import sqlalchemy

def upgrade():
    o.execute(sqlalchemy.text('SELECT 1'))
    # comment

    o.execute(u'SELECT \u00e9')

def downgrade():
    o.execute(f'SELECT {1}')
