#pragma once

#include "core/error.h"
#include "ops/dialect.h"
#include "runtime/plan.h"
#include "runtime/stepsql.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace retort {

class Connection;

/**
 * Retort's audit table (`retort_history`), beside the version table and in its schema. One
 * row per executed step (upgrade, downgrade, stamp) and per `validate --repair`, written in
 * the step's transaction; a failed step's row is written after the rollback, on its own.
 * Alembic never reads it, and the version table keeps Alembic's shape.
 */
struct HistoryTable
{
    QString name = QStringLiteral("retort_history");
    QString schema;      ///< the version table's schema (empty: the search path / main)
    bool enabled = true; ///< `retort_history = false`, `--no-history`: no rows written
    /// Where the rows' file paths are relative to (the ini's folder); empty: absolute paths.
    QString baseDir;

    QString qualified(Dialect d) const { return dialect::qualifiedName(d, schema, name); }
    /** CREATE TABLE IF NOT EXISTS, the columns documented in the README. */
    QString createSql(Dialect d) const;
};

/** One row of the audit table. */
struct HistoryRow
{
    qint64 id = 0;
    QString revision;      ///< the step's revision (a stamp: the revision it stamps)
    QString direction;     ///< "upgrade", "downgrade", "stamp" or "repair"
    QString fromRevisions; ///< version rows the step leaves, comma-separated
    QString toRevisions;   ///< version rows it reaches
    QString file;          ///< the revision file, relative to HistoryTable::baseDir
    QString fileSha256;    ///< of the file's bytes as read; empty when there is no file
    QString sqlSha256;     ///< of the rendered statements (each followed by ";\n")
    QString fileText;      ///< the file as read (UTF-8), for validate's diff
    QDateTime startedAt;   ///< UTC
    qint64 durationMs = 0;
    QString dbUser;
    QString applicationName;
    QString clientHost; ///< the machine Retort ran on
    QString retortVersion;
    QString outcome = QStringLiteral("applied"); ///< "applied" or "failed"
    QString message;                             ///< failed: the error; repair: what changed

    bool applied() const { return outcome == QLatin1String("applied"); }
    /** "user@host" (or the parts that are known). */
    QString appliedBy() const;
};

namespace history {

/** Lower-case hex SHA-256. */
QString sha256(const QByteArray &bytes);
/** The checksum of a step's rendered SQL (each statement followed by ";\n"); empty for a
 *  step without statements or one the Python bridge runs. */
QString sqlChecksum(const StepSql &sql);
/** "2026-12-07 20:36:45 UTC" */
QString displayTime(const QDateTime &utc);

/** The revision a step's row is about: its own, a stamp's first destination, else its first
 *  source; -1 when the map has none. */
int revisionOf(const RevisionMap &map, const MigrationStep &step);

/**
 * The row of `step`, before it runs: revision, direction, version-row change, the file's
 * checksum and text (read now), the SQL's checksum (`sql` may be null: a stamp), the
 * runner's host and Retort's version. `started_at` is now.
 */
HistoryRow rowFor(const RevisionMap &map,
                  const MigrationStep &step,
                  const StepSql *sql,
                  const HistoryTable &table);

/** Whether the table exists. */
Result<bool> exists(Connection &conn, const HistoryTable &table);
/** Creates the table when it is missing (a statement of its own: call outside a run's
 *  transaction, under the run lock). */
Result<void> ensure(Connection &conn, const HistoryTable &table);

/**
 * The INSERT of `row`, every value a literal (PostgreSQL fills db_user and
 * application_name from the session). With `serverDuration`, duration_ms is computed by the
 * server from started_at (a step that the Python bridge runs, on its own connection).
 * PostgreSQL text that holds anything but plain characters is written as
 * convert_from(decode('<base64>', 'base64'), 'UTF8'): no quoting rule of the server or of a
 * driver (psycopg2's `%`) can change it.
 */
QString
insertSql(const HistoryTable &table, Dialect d, const HistoryRow &row, bool serverDuration = false);
/** Runs insertSql() on `conn` (in whatever transaction is open). */
Result<void> insert(Connection &conn, const HistoryTable &table, const HistoryRow &row);

/** Every row, oldest first; empty when the table does not exist. */
Result<QList<HistoryRow>> read(Connection &conn, const HistoryTable &table);

/** "applied 2026-12-07 20:36:45 UTC by user@host" (or "stamped ..."), for `history -i`. */
QString appliedNote(const HistoryRow &row);
/** "Applied at: ...\nApplied by: ...\n", for the verbose forms (`current -v`, `history -iv`). */
QString appliedLines(const HistoryRow &row);

/** Per revision id: its latest row that made it applied or re-recorded it (outcome applied,
 *  direction upgrade, stamp or repair). */
QHash<QString, HistoryRow> latestApplied(const QList<HistoryRow> &rows);

} // namespace history
} // namespace retort
