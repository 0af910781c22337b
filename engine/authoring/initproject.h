#pragma once

#include "authoring/fileevent.h"
#include "core/error.h"

#include <QByteArray>
#include <QStringList>

namespace retort::authoring {

/** Names of the project templates Retort carries (embedded in the engine): "generic" (Alembic's
 *  single-database layout) and "sql" (a native project whose revisions are .sql files). */
QStringList projectTemplates();

/** The files of a project template, in the order `init` writes them. */
QStringList projectTemplateFiles(const QString &templateName);

/** The content of one file of a project template (empty when there is no such file). */
QByteArray projectTemplateFile(const QString &templateName, const QString &fileName);

/**
 * Alembic's `init`: creates `directory` (and `directory/versions`), copies the template's
 * files there and renders its `alembic.ini.mako` to `iniPath` (left alone when it exists,
 * reported as SkipExisting); with `package`, writes empty `__init__.py` files in both folders.
 *
 * The ini's `script_location` is `directory` as given, except that a relative directory is
 * written as `%(here)s/<path from the ini's folder>` when the ini is not in the working
 * directory (Alembic resolves it from the working directory, Retort from the ini's folder:
 * this form means the same to both).
 *
 * Errors (Alembic's wording): "Directory X already exists and is not empty", "No such
 * template 'x'"; and, before anything is created, an ini path whose folder does not exist.
 * Returns the absolute paths created (folders and files), in order.
 */
Result<QStringList> initProject(const QString &directory,
                                const QString &templateName,
                                bool package,
                                const QString &iniPath,
                                const FileObserver &observer = {});

} // namespace retort::authoring
