# CPack: `cpack -G DEB` in a build folder makes retort_<version>_<arch>.deb from the install
# rules (/usr/bin/retort, /usr/bin/retort-gui, the desktop file, AppStream metadata, icons).
#
# dpkg-shlibdeps finds the Qt libraries the executables link to. It cannot see what Qt loads
# at run time as plugins, so those packages are named here: the PostgreSQL and SQLite SQL
# drivers, the platform plugins (xcb, wayland, offscreen), the SVG icon engine, and
# QtKeychain for the passwords of connection profiles.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME retort)
set(CPACK_PACKAGE_VENDOR "The Retort developers")
set(CPACK_PACKAGE_CONTACT "The Retort developers <retort@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "native migration manager for Alembic projects")
set(CPACK_PACKAGE_DESCRIPTION
    "Retort shows the revision graph of an Alembic project, previews the SQL of each\n\
step and applies upgrades, downgrades and stamps to PostgreSQL and SQLite databases.\n\
It reads Alembic projects (alembic.ini, versions/*.py) as text and never runs Python.\n\
.\n\
This package holds the desktop app, retort-gui, and the command line, retort, which\n\
prints what alembic prints.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-psql, libqt6sql6-sqlite, libqt6keychain1, qt6-qpa-plugins, libqt6svg6")
# Qt's own German strings (standard dialogs, --help); the app's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
