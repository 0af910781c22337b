#pragma once

#include "cliparser.h"

#include "commands/project.h"

namespace retort::cli {

/** Global options of the database commands (--url, --version-table, ...). */
QList<OptionSpec> databaseGlobalOptions();
/** current, downgrade, ensure_version, stamp, upgrade. */
QList<CommandSpec> databaseCommandSpecs();
bool isDatabaseCommand(const QString &command);

/** The database's version rows, for the read commands that show them (history -i, show
 *  current). */
Result<QStringList> readCurrentHeads(const ParsedArgs &args, const Project &project);

/** Runs a database command; prints its output; returns the exit code. */
int runDatabaseCommand(const ParsedArgs &args, const Project &project);

} // namespace retort::cli
