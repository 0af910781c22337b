#pragma once

#include "graph/revisionmap.h"
#include "ops/dialect.h"
#include "render/pyvalue.h"
#include "render/renderer.h"
#include "runtime/plan.h"

#include <QList>
#include <QString>

namespace retort {

/** One statement a migration step runs, with where it comes from. */
struct StepStatement
{
    QString sql;    ///< as sent to the server
    int line = 0;   ///< line in the revision file
    int number = 0; ///< 1-based position in the step
    /// SQLite batch mode (recreate) on a live database: the block whose statements the run
    /// makes from the table as it is then (schema::batchRecreateSql()); `sql` describes it.
    std::shared_ptr<const render::OpCall> liveBatch;
};

/** The SQL of one step: a revision's upgrade or downgrade, read from its file. */
struct StepSql
{
    QString file;
    QList<StepStatement> statements; ///< complete when renderable()
    /// What the step changes (rendered Python revisions; empty for `.sql` revisions).
    QList<render::Change> changes;
    /// A Python revision whose function the engine cannot render: where and why. Such a
    /// step runs only through the Python bridge (runtime/pythonbridge.h).
    std::optional<render::Diagnostic> notRenderable;
    /// A step run by the Python bridge: its preview from Alembic's offline mode, exactly as
    /// Alembic prints it (empty when that preview failed or was not asked for).
    QString bridgePreview;

    bool renderable() const { return !notRenderable.has_value(); }
};

/** What the SQL is rendered for: `context.is_offline_mode()` and the dialect's name. */
struct RenderTarget
{
    Dialect dialect = Dialect::PostgreSQL;
    bool offline = true;
};

namespace stepsql {

/**
 * The statements of `revision`'s upgrade() (or downgrade()). `.sql` revisions: the section
 * split by PostgreSQL's lexical rules. `.py` revisions: the module interpreted
 * (render/interpreter.h) and its operations rendered for `target` (render/renderer.h); a
 * function that cannot be rendered gives a StepSql with `notRenderable` set. An Error only
 * for a file that cannot be read or is not valid Python.
 */
Result<StepSql>
forRevision(const Revision &revision, bool upgrade, const RenderTarget &target = {});

/** forRevision() of a Python revision whose source is at hand (`path` for messages). */
Result<StepSql> forPythonSource(const QByteArray &source,
                                const QString &path,
                                bool upgrade,
                                const RenderTarget &target = {});

/**
 * The statements of every revision step of `plan`, in order (stamps have none). Fails
 * before anything runs when some step cannot run: a file error, or a step that is not
 * renderable while `bridged` is false; the error lists every such step with file, line,
 * column and reason. With `bridged`, not renderable steps are returned as they are, for the
 * Python bridge.
 */
Result<QList<StepSql>> forPlan(const RevisionMap &map,
                               const MigrationPlan &plan,
                               const RenderTarget &target = {},
                               bool bridged = false);

/** The refusal of a plan with steps that are not renderable and no bridge to run them,
 *  listing each with file, line, column and reason; nullopt when every step renders. */
std::optional<Error> notRenderableError(const MigrationPlan &plan, const QList<StepSql> &sql);

/** Alembic's offline form of a statement: tabs as four spaces, stripped, `;` appended. */
QString offlineText(const QString &sql);

} // namespace stepsql
} // namespace retort
