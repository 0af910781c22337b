#pragma once

#include "runtime/validation.h"
#include "runworker.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace retort {

struct ProjectSnapshot;

/**
 * The state of one database as the GUI shows it, read off the GUI thread in one connection:
 * the version rows, the audit table's rows (`retort_history`), and what validate finds
 * (applied revisions whose file changed or is missing). A plain value for QtConcurrent.
 */
struct AuditState
{
    RowsResult rows;                      ///< the version rows (rows.ok false: nothing read)
    QList<HistoryRow> history;            ///< oldest first; empty without the table
    std::optional<Validation> validation; ///< absent: no sound graph to validate against
};

/** Connects with `settings` (its own, uniquely named connection, opened and closed on the
 *  calling thread), reads the rows and the audit rows, validates them against `snapshot`'s
 *  graph. Blocking: run it on a worker thread. */
AuditState readAuditStateFor(const runcommands::Settings &settings,
                             std::shared_ptr<const ProjectSnapshot> snapshot);

/** How far `rows` are behind the heads of `snapshot`'s graph: the revisions an upgrade to
 *  heads would apply; -1 when a row is not in the graph (or there is no sound graph). */
int revisionsBehindHeads(const ProjectSnapshot &snapshot, const QStringList &rows);

/** A marker colour per shown profile, distinct for the first few, stable by position. */
QColor profileMarkerColor(int index);

} // namespace retort
