"""Migration environment, run by Alembic for every command that touches the database.

Retort reads this project without running this file; Alembic imports it.
"""
from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

# The Alembic Config object: the values of the .ini file in use.
config = context.config

# Set up Python logging from the .ini file, when there is one.
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# The MetaData of your models, for 'autogenerate':
# from myapp import mymodel
# target_metadata = mymodel.Base.metadata
target_metadata = None

# Other options of the .ini file are available too:
# my_option = config.get_main_option("my_option")


def run_migrations_offline() -> None:
    """Emit the migrations as SQL text ('offline' mode, --sql).

    Only a URL is needed, no Engine and hence no DBAPI; context.execute()
    writes the given string to the script output.
    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on a live connection ('online' mode)."""
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
