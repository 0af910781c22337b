#pragma once

#include "commands/project.h"
#include "runtime/history.h"

#include <QString>

#include <optional>

namespace retort {

/**
 * Alembic's read-only commands over a loaded graph (≈ alembic.command). Each returns the
 * exact text Alembic prints on stdout, or an Error worded as Alembic's CommandError.
 */
namespace readcommands {

/** `heads [-v] [--resolve-dependencies]` */
Result<QString> heads(const RevisionMap &map, bool verbose, bool resolveDependencies);
/** `branches [-v]` */
Result<QString> branches(const RevisionMap &map, bool verbose);
/** `history [-r start:end] [-v] [-i]`. `indicateCurrent` and a range naming `current` need
 *  the database's rows in `currentHeads` (nullopt: no database was read, an error). With
 *  `indicateCurrent`, each applied revision that has a row in `historyRows` (the audit
 *  table) says when and by whom it was applied. */
Result<QString> history(const RevisionMap &map,
                        const std::optional<QString> &range,
                        bool verbose,
                        bool indicateCurrent,
                        const std::optional<QStringList> &currentHeads = std::nullopt,
                        const QList<HistoryRow> &historyRows = {});
/** Whether `history` with these arguments reads the database (Alembic runs env.py). */
bool historyNeedsDatabase(const std::optional<QString> &range, bool indicateCurrent);
/** `show <rev>`; `show current` needs the database's rows in `currentHeads`. */
Result<QString> show(const RevisionMap &map,
                     const QString &revision,
                     const std::optional<QStringList> &currentHeads = std::nullopt);
/** `list_templates` */
QString listTemplates();

/**
 * Rewords a graph error as Alembic's ScriptDirectory._catch_revision_errors does;
 * `start`/`end` are the range bounds of the command, when it has one.
 */
Error commandError(const Error &error,
                   const std::optional<QString> &start = {},
                   const std::optional<QString> &end = {});

} // namespace readcommands
} // namespace retort
