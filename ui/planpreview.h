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
    /// The Python bridge that runs the bridged steps: the run is handed this one, never
    /// looks for another (set when bridgedCount > 0).
    std::optional<PythonBridge> bridge;

    bool refused() const { return refusedCount > 0; }
    bool destructive() const { return warningCount > 0; }
    bool empty() const { return plan.steps.isEmpty() && !plan.purge; }
};

/** How a plan is previewed: as it runs online on `dialect`. */
struct PlanPreviewOptions
{
    Dialect dialect = Dialect::PostgreSQL;
    VersionTable table;
    bool transactionPerMigration = false;
    /// A dry run: steps that only the Python bridge can run are refused (the bridge commits
    /// them), as the Migrator refuses them.
    bool dryRun = false;
    /// Looks for the Python bridge (PythonBridge::find with the project's settings); called
    /// once, when a step cannot be rendered. An error (a chosen Python that cannot run
    /// Alembic) refuses those steps with its message.
    std::function<Result<std::optional<PythonBridge>>()> findBridge;
};

/**
 * Builds the preview of `plan`: each step's statements (stepsql::forRevision, rendered as
 * they run online; a step that cannot run keeps its error with file and line), its offline
 * text, what it changes (from the engine's operation model for rendered Python revisions,
 * else from the statements) and its warnings, its version-row changes, and the whole
 * offline script (offlineScript). Steps that cannot be rendered look for the bridge once:
 * with one they run through it (PlanPreview::bridge) and show Alembic's offline text where
 * that works; without one, or in a dry run, they are refused.
 */
PlanPreview buildPlanPreview(const RevisionMap &map,
                             const MigrationPlan &plan,
                             const PlanPreviewOptions &options);

} // namespace retort
