# Configuration of a native Retort project: revisions are .sql files (see README).

[alembic]
# folder holding script.sql.mako and versions/
script_location = ${script_location}

# how revision files are named (".sql" is appended); the default is %%(rev)s_%%(slug)s
# available tokens: rev, slug, epoch, year, month, day, hour, minute, second
# example, with the creation date and time first:
# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s

# time zone of the dates in new revision files and their names (a tz database name such
# as Europe/Paris); left unset, the local time is used
# timezone =

# longest "slug" (the message part of a file name)
# truncate_slug_length = 40

# folders holding revision files; the default is ${script_location}/versions
# with several folders, a new branch's first revision needs --version-path
# version_locations = %(here)s/bar:%(here)s/bat:${script_location}/versions
# recursive_version_locations = false

# separator of version_locations: "os" (os.pathsep), ":", ";" or "space"
version_path_separator = os

# encoding of revision files rendered from script.sql.mako
# output_encoding = utf-8

# the database (a password is better kept in the keychain than here)
sqlalchemy.url = postgresql://user@localhost/dbname
