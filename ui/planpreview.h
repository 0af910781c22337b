#pragma once

#include "runtime/migrator.h"
#include "runtime/pythonbridge.h"
#include "sqlsummary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/** One step of a plan as the plan dialog shows it. */
struct PlanStepPreview
{
    QString title;          ///< Alembic's short log: "upgrade a -> b"
    QString message;        ///< the revision's message (empty for stamps)
    QString file;           ///< the revision file (empty for stamps)
    QStringList statements; ///< the SQL as sent to the server
    QString sql;            ///< the step exactly as offline mode prints it (SQL and version rows)
    QStringList versionChanges; ///< the version-table rows changed, for humans
    SqlSummary summary;
    QString error; ///< the step cannot run: why (the engine's message)
    QString errorFile;
    int errorLine = 0;
    /// The step cannot be rendered but runs with Alembic through the Python bridge: why it
    /// cannot be rendered (file:line:column: reason).
    QString bridged;

    bool refused() const { return !error.isEmpty(); }
};

/** A plan with everything the user sees before confirming it. */
struct PlanPreview
{
    QString action; ///< "Upgrade to heads", "Stamp 1a2b…", for the title
    QString target; ///< the database, redacted
    MigrationPlan plan;
    QList<StepSql> sql; ///< per step (empty lists for stamps); complete when !refused()
    QList<PlanStepPreview> steps;
    QString script; ///< the whole run as offline mode prints it (when nothing is refused)
    int warningCount = 0;
    int refusedCount = 0;
    int bridgedCount = 0;

    bool refused() const { return refusedCount > 0; }
    bool destructive() const { return warningCount > 0; }
    bool empty() const { return plan.steps.isEmpty() && !plan.purge; }
};

/**
 * Builds the preview of `plan`: each step's statements (stepsql::forRevision, rendered as
 * they run online on `dialect`; a step that cannot run keeps its error with file and line),
 * its offline text, what it changes (from the engine's operation model for rendered Python
 * revisions, else from the statements) and its warnings, its version-row changes, and the
 * whole offline script (offlineScript). Steps that cannot be rendered call `findBridge`
 * (once): with a bridge they run through it and show Alembic's offline text where that
 * works; without one they are refused.
 */
PlanPreview buildPlanPreview(const RevisionMap &map,
                             const MigrationPlan &plan,
                             Dialect dialect,
                             const VersionTable &table,
                             bool transactionPerMigration,
                             const std::function<std::optional<PythonBridge>()> &findBridge = {});

} // namespace retort
