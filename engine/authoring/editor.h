#pragma once

#include "core/error.h"
#include "graph/revisionmap.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace retort::authoring {

/**
 * The files of the revisions an identifier names (Alembic's `edit <rev>`), in the order the
 * graph resolves them. Errors: an identifier that resolves to nothing ("No revision files
 * indicated by symbol 'x'"), or the graph's errors worded as Alembic's commands word them.
 * `current` needs a database and is the caller's business.
 */
Result<QStringList> revisionFiles(const RevisionMap &map, const QString &identifier);

/**
 * The editor Alembic 1.8.1 would run (alembic/util/editor.py): $EDITOR, then $VISUAL, then
 * sensible-editor, editor, nano, vim, code; a value that names an existing file is taken as
 * is, a bare name is looked up in $PATH. Error: "No suitable editor found. Please set the
 * "EDITOR" or "VISUAL" environment variables".
 */
Result<QString> findEditor(const QProcessEnvironment &environment);

/**
 * Runs the editor on `path` in the foreground, the terminal handed over, and waits for it.
 * Errors are Alembic's "Error executing editor (...)".
 */
Result<void> openInEditor(const QString &path, const QProcessEnvironment &environment);

} // namespace retort::authoring
