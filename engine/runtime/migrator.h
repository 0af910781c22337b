#pragma once

#include "runtime/connection.h"
#include "runtime/history.h"
#include "runtime/plan.h"
#include "runtime/pythonbridge.h"
#include "runtime/stepsql.h"
#include "runtime/versiontable.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <optional>

namespace retort {

/** How a run behaves (Alembic's env.py options, and Retort's guards). */
struct RunOptions
{
    VersionTable table;
    /// The audit table: a row per step in the step's transaction (never in dry runs).
    HistoryTable history;
    bool transactionPerMigration = false;  ///< one transaction per step instead of one in all
    bool dryRun = false;                   ///< run every step, then roll everything back
    int runLockTimeoutMs = 0;              ///< PostgreSQL: wait this long for another runner's lock
    std::optional<int> statementTimeoutMs; ///< PostgreSQL statement_timeout for the run
    std::optional<int> lockTimeoutMs;      ///< PostgreSQL lock_timeout for the run
    /// Runs the steps Retort cannot render (StepSql::notRenderable); none: such plans fail.
    std::optional<PythonBridge> bridge;
    /// Called on the run's connection, inside its transaction: with -1 before the first step,
    /// then with each step's index after its statements and version changes (`ran` false: a
    /// dry run left the step out, see needsOwnTransaction()). An error fails the run.
    std::function<Result<void>(int step, bool ran)> afterStep;
};

/** Whether `step` cannot run inside a transaction (PostgreSQL: an autocommit_block(),
 *  CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM, ...). Dry runs never run
 *  such steps (only their version rows change, and are rolled back with the rest). */
bool needsOwnTransaction(const StepSql &step, Dialect dialect);

/** What a run reports while it goes. */
struct RunEvent
{
    enum class Type {
        StepStarted,
        StatementStarted,
        StatementFinished,
        StepFinished,
        Committed,
        RolledBack,
        Waiting, ///< waiting for the run lock; `text` says who holds it
        Output,  ///< a line that the Python bridge printed while it ran `step`
    };
    Type type = Type::StepStarted;
    int step = -1;      ///< index in the plan
    int statement = -1; ///< index in the step's statements
    QString text;       ///< the statement, or a message
    qint64 elapsedMs = 0;
};

/** What a finished run did. */
struct RunReport
{
    QList<qint64> stepMs; ///< duration of each step
    QStringList heads;    ///< version rows at the end (as before, after a dry run)
    bool rolledBack = false;
    QList<int> notRun; ///< dry run: the steps left out (needsOwnTransaction())
};

/**
 * Applies plans to one database connection, the way Alembic's MigrationContext does
 * online, with Retort's safety: a run lock (PostgreSQL advisory lock held on the migration
 * connection), one transaction for the run (or per step), the version rows changed in the
 * same transaction as the step's SQL and checked to match exactly one row, a rollback on any
 * failure, dry runs, timeouts, progress events and cancellation of the running statement.
 * Lives on one thread; only cancel() may be called from another.
 */
class Migrator
{
public:
    Migrator(Connection &connection, RunOptions options);
    ~Migrator();

    /** The version rows (empty when the table does not exist), in the table's order. */
    Result<QStringList> currentHeads();
    /** Creates the version table if it is missing (Alembic's ensure_version). */
    Result<void> ensureVersionTable();

    /** Takes the run lock (PostgreSQL; a no-op on SQLite), waiting up to the configured
     *  timeout and reporting who holds it. Held until unlock() or destruction. */
    Result<void> lock(const std::function<void(const RunEvent &)> &onEvent = {});
    void unlock();

    /**
     * Runs `plan` (computed from currentHeads() after lock()). Fails without changing
     * anything if the rows are no longer the plan's start rows. On failure everything of
     * the failed transaction is rolled back and the error names the revision, file,
     * statement number, the SQL, SQLSTATE and the server's message.
     *
     * A step that is not renderable runs through `RunOptions::bridge` on its own connection:
     * what ran before it is committed first (that connection must see it), and the bridge
     * commits the step with its version rows; a failure later rolls back to the state after
     * the last committed step. Dry runs refuse such steps before anything runs.
     */
    Result<RunReport> run(const RevisionMap &map,
                          const MigrationPlan &plan,
                          const QList<StepSql> &sql,
                          const std::function<void(const RunEvent &)> &onEvent = {});

    /** Sets the Python bridge for the steps Retort cannot render (before run()). */
    void setBridge(std::optional<PythonBridge> bridge) { m_options.bridge = std::move(bridge); }

    /** Thread-safe: cancels the running statement (PostgreSQL: PQcancel) and makes the run
     *  stop and roll back. */
    void cancel();

private:
    Connection &m_conn;
    RunOptions m_options;
    bool m_locked = false;
    std::atomic<bool> m_cancelled{false};
    QMutex m_cancelMutex;
    void *m_cancelHandle = nullptr; ///< PGcancel*

    Result<bool> hasVersionTable();
    Result<void> applyChange(const VersionChange &change);
    Result<void> runBridged(const RevisionMap &map,
                            const MigrationStep &step,
                            int index,
                            const HistoryRow *row,
                            const std::function<void(const RunEvent &)> &onEvent);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    void prepareCancel();
    void releaseCancel();
};

} // namespace retort
