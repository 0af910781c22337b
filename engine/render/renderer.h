#pragma once

#include "ops/dialect.h"
#include "render/pyvalue.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace retort::render {

/** One SQL statement an operation renders to, as SQLAlchemy compiles it (tabs and
 *  newlines included; stepsql::offlineText() gives Alembic's offline form). */
struct RenderedStatement
{
    QString sql;
    SourceLoc loc; ///< of the op call that produced it
    /// A batch_alter_table() block that SQLite runs as "move and copy" (recreate), kept for
    /// the run to make its statements from the live table (schema/batchrecreate.h); `sql` then
    /// only describes it.
    std::shared_ptr<const OpCall> liveBatch;
};

/** What a step changes, for summaries (the plan dialog, previews). */
struct Change
{
    enum class Action { Create, Alter, Drop, Rename, Insert, Execute };
    Action action = Action::Execute;
    QString objectKind; ///< "table", "column", "index", "constraint", "type", "sequence", "sql"
    QString name;       ///< qualified where it helps: "account.email", "ix_account_email"
    bool destructive = false; ///< drops data or may fail on existing data
    SourceLoc loc;
};

/** The SQL of one function (upgrade or downgrade), or why it cannot be rendered. */
struct RenderedFunction
{
    QList<RenderedStatement> statements; ///< complete only when `notRenderable` is empty
    QList<Change> changes;
    std::optional<Diagnostic> notRenderable;
};

/**
 * Renders the effect calls of one function to `dialect`'s SQL, statement for statement
 * what Alembic 1.8 with SQLAlchemy 1.4 prints in offline mode (PostgreSQL), or what it runs
 * (SQLite). An operation, keyword, type or value it does not know makes the function not
 * renderable, naming `file`, the construct's location and the reason; nothing is guessed.
 */
RenderedFunction renderCalls(const QList<OpCall> &calls, Dialect dialect, const QString &file);
/** renderCalls() for a run on a live SQLite database: a batch block that needs the table's
 *  current definition becomes one statement with `liveBatch` set instead of failing. */
RenderedFunction
renderCalls(const QList<OpCall> &calls, Dialect dialect, const QString &file, bool liveBatch);

} // namespace retort::render
