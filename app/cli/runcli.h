#pragma once

#include "cliparser.h"

#include "commands/project.h"
#include "commands/runcommands.h"

namespace retort::cli {

/** Global options of the database commands (--url, --version-table, ...). */
QList<OptionSpec> databaseGlobalOptions();
/** current, downgrade, ensure_version, stamp, upgrade, validate. */
QList<CommandSpec> databaseCommandSpecs();
bool isDatabaseCommand(const QString &command);

/** The database's version rows, for the read commands that show them (history -i, show
 *  current); `history` (when given) receives the audit rows. */
Result<QStringList> readCurrentHeads(const ParsedArgs &args,
                                     const Project &project,
                                     QList<HistoryRow> *history = nullptr);

/** `show <rev> --sql`: the SQL for the dialect of the configured URL (PostgreSQL when
 *  there is none). */
Result<runcommands::ShowSql> showRenderedSql(const ParsedArgs &args,
                                             const Project &project,
                                             const std::optional<QStringList> &currentHeads);

/** Runs a database command; prints its output; returns the exit code. */
int runDatabaseCommand(const ParsedArgs &args, const Project &project);

} // namespace retort::cli
