#pragma once

#include "commands/project.h"
#include "commands/runcommands.h"
#include "runtime/validation.h"

namespace retort {

/**
 * Retort's audit table as commands: `validate` (edited and missing files of applied
 * revisions) and `validate --repair`, shared by the CLI and the desktop app.
 */
namespace auditcommands {

/** What validate() found on one database. */
struct ValidateResult
{
    Validation validation;
    QStringList heads;  ///< the version rows
    QString displayUrl; ///< the database, as it may be shown
};

/** `validate` on an open connection (reads only; no lock). */
Result<ValidateResult>
validate(const Project &project, Connection &conn, const runcommands::Settings &settings);
/** `validate`: connects to the settings' URL. */
Result<ValidateResult> validate(const Project &project, const runcommands::Settings &settings);

/** What repair() did. */
struct RepairResult
{
    ValidateResult before;     ///< the findings it repaired (and those it could not)
    QList<HistoryRow> written; ///< the 'repair' rows, one per edited revision
};

/**
 * `validate --repair`: under the run lock, validates again and writes a row of its own
 * (direction "repair") for each edited revision, with the file's checksum and text as they
 * are now, in one transaction. Missing files cannot be repaired (they stay findings).
 * Refused when the audit table is turned off.
 */
Result<RepairResult> repair(const Project &project, const runcommands::Settings &settings);

} // namespace auditcommands
} // namespace retort
