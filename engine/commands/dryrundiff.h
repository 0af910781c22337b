#pragma once

#include "runtime/migrator.h"
#include "schema/summary.h"

#include <functional>

namespace retort::dryrundiff {

/** What one step of a dry run did to the schema. */
struct StepSchema
{
    int step = -1;
    QString title;   ///< Alembic's short log, "upgrade a -> b"
    QString message; ///< the revision's message
    /// The step cannot run in a transaction (needsOwnTransaction()): it was not run, and
    /// `predicted` says what its operations would change.
    bool notRun = false;
    QStringList predicted;   ///< "table users created", or the statements (.sql revisions)
    schema::Summary summary; ///< what the step changed (empty when not run)
    schema::Snapshot before; ///< the schema before the step
    schema::Snapshot after;  ///< and after it (= before when not run)
};

/** A dry run's schema, per step and for the whole plan. */
struct Outcome
{
    QList<StepSchema> steps;
    schema::Summary whole; ///< the schema before the first step -> after the last
    QStringList heads;     ///< the version rows after the run (as before it)
};

/** The read options of a run's snapshots: its version table and audit table left out. */
schema::ReadOptions readOptions(const RunOptions &run);

/**
 * Reads a snapshot on the run's connection, inside its transaction, before the first step
 * and after each step: install hook() as RunOptions::afterStep, run, then outcome().
 */
class Recorder
{
public:
    Recorder(Connection &connection, schema::ReadOptions options);

    std::function<Result<void>(int, bool)> hook();
    /** The outcome of the run of `plan` (whose steps' SQL is `sql`) that this recorded. */
    Outcome outcome(const RevisionMap &map,
                    const MigrationPlan &plan,
                    const QList<StepSql> &sql,
                    const QStringList &heads) const;

private:
    Connection &m_conn;
    schema::ReadOptions m_options;
    QList<schema::Snapshot> m_snapshots; ///< [0]: before the first step; [i + 1]: after step i
    QList<bool> m_ran;
};

/** What the operation model says `sql` would change ("table users created"), or its
 *  statements when it has no model (.sql revisions). */
QStringList predictedChanges(const StepSql &sql);

/**
 * A dry run of `plan` on `connection` (already open) that reads the schema around each
 * step: takes the run lock, runs every step in one transaction (leaving out the steps that
 * cannot run in one) and rolls it back. Nothing is changed.
 */
Result<Outcome> run(Connection &connection,
                    RunOptions options,
                    const RevisionMap &map,
                    const MigrationPlan &plan,
                    const QList<StepSql> &sql,
                    const std::function<void(const RunEvent &)> &onEvent = {});

/** The outcome as text (`retort upgrade --dry-run --diff`), same bytes for equal runs. */
QString text(const Outcome &outcome);

} // namespace retort::dryrundiff
