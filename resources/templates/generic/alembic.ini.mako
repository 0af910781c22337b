# Configuration of a single-database migration environment.

[alembic]
# folder holding env.py, script.py.mako and versions/
script_location = ${script_location}

# how revision files are named; the default is %%(rev)s_%%(slug)s
# available tokens: rev, slug, epoch, year, month, day, hour, minute, second
# example, with the creation date and time first:
# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s

# prepended to sys.path when Alembic runs env.py (the working directory by default)
prepend_sys_path = .

# time zone of the dates in new revision files and their names (a tz database name such
# as Europe/Paris); left unset, the local time is used
# timezone =

# longest "slug" (the message part of a file name)
# truncate_slug_length = 40

# 'true' runs env.py during the 'revision' command even without autogenerate
# revision_environment = false

# 'true' lets .pyc/.pyo files without a .py source count as revisions
# sourceless = false

# folders holding revision files; the default is ${script_location}/versions
# with several folders, a new branch's first revision needs --version-path
# the folders are separated by version_path_separator below
# version_locations = %(here)s/bar:%(here)s/bat:${script_location}/versions

# separator of version_locations: "os" (os.pathsep), ":", ";" or "space"; without this
# key the legacy rule applies (split on spaces and commas)
version_path_separator = os

# encoding of revision files rendered from script.py.mako
# output_encoding = utf-8

sqlalchemy.url = driver://user:pass@localhost/dbname


[post_write_hooks]
# commands or functions run on each newly generated revision file (Alembic only);
# see Alembic's documentation for the details

# for example, format with "black" through its console_scripts entry point:
# hooks = black
# black.type = console_scripts
# black.entrypoint = black
# black.options = -l 79 REVISION_SCRIPT_FILENAME

# Logging, for Alembic (Python's logging.config.fileConfig)
[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
