#pragma once

#include <QString>

namespace retort {

/** Loads the icons and the embedded demo project (Qt resources of the static library). */
void initUiResources();

/**
 * Copies the embedded demo project (resources/demo) to `<AppDataLocation>/demo` unless a
 * copy is already there, pointing its sqlalchemy.url at an SQLite database in that folder.
 * Returns the alembic.ini path, or an empty string and `*error` set.
 */
QString installDemoProject(QString *error);

} // namespace retort
