#pragma once

// What one object's change is: compared in place (diffchanges.cpp), or dropped and created;
// the changes of those steps (diffsteps.cpp).

#include "schema/diff.h"

namespace retort::schema::detail {

/** How `from` becomes `to` (the same key) in place; `replace` when it cannot. */
struct AlterPlan
{
    bool replace = false;
    bool typeChanged = false; ///< a column's type (or collation) changes
    QStringList statements;
    QStringList details;
    bool destructive = false;
    bool rewrites = false;
    QString lock;
};

AlterPlan planAlter(const SchemaObject &from, const SchemaObject &to, const Snapshot &toSnap);

Change dropChange(const SchemaObject &o);
Change createChange(const SchemaObject &o, const Snapshot &in);
Change alterChange(const SchemaObject &from, const SchemaObject &to, const AlterPlan &plan);

/** A change of `o` whose operations are op.execute() of each statement of `sql`. */
Change makeChange(Change::Action action, const SchemaObject &o, const QStringList &sql);

/** op.execute() of one statement, its text escaped for sa.text() (a `:name` stays text). */
render::OpCall executeOp(const QString &sql);

} // namespace retort::schema::detail
