#pragma once

#include "graph/revisionmap.h"
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
};

/** The SQL of one step: a revision's upgrade or downgrade, read from its file. */
struct StepSql
{
    QString file;
    QList<StepStatement> statements;
};

namespace stepsql {

/**
 * The statements of `revision`'s upgrade() (or downgrade()). `.sql` revisions: the section
 * split by PostgreSQL's lexical rules. `.py` revisions: the op.execute() calls of literal SQL
 * (SQLAlchemy text() semantics: a `:name` bind parameter without a value is refused, `\:`
 * is a colon); any other body is refused with file, line and the reason.
 */
Result<StepSql> forRevision(const Revision &revision, bool upgrade);

/** The statements of every revision step of `plan`, in order (stamps have none). Fails
 *  before anything runs when some step cannot run, listing every such step. */
Result<QList<StepSql>> forPlan(const RevisionMap &map, const MigrationPlan &plan);

/** Alembic's offline form of a statement: tabs as four spaces, stripped, `;` appended. */
QString offlineText(const QString &sql);

} // namespace stepsql
} // namespace retort
