#pragma once

#include "render/pyvalue.h"
#include "schema/snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort::schema {

/**
 * One step of a diff: what happens to one object, its SQL, and what it costs.
 *
 * `ops` is the step in render's operation model (Alembic's `op.*` calls; `op.execute()` for
 * what Alembic has no operation for), so that one change renders both as SQL for the dialect
 * (renderCalls()) and as Alembic code (alembicCode()).
 */
struct Change
{
    enum class Action { Create, Drop, Alter };
    Action action = Action::Alter;
    ObjectKind kind = ObjectKind::Table;
    QString object;      ///< the object's display name, "public.users.email"
    QStringList details; ///< what changes, old -> new: "type: integer -> bigint"
    QList<render::OpCall> ops;
    bool destructive = false; ///< drops data, or may fail on existing rows
    bool rewrites = false;    ///< rewrites the table (and its indexes)
    QString lock;             ///< the strongest table lock taken, "ACCESS EXCLUSIVE"; empty: none

    /** "create table public.users", "alter column public.users.email". */
    QString summary() const;
};

/** The ordered changes that turn `from` into `to`: dependants dropped before what they rely
 *  on and created after it; renames never guessed (a drop and an add). Empty when the two
 *  schemas are equal. */
QList<Change> diffSnapshots(const Snapshot &from, const Snapshot &to);

/** The SQL of `changes` for `dialect`: each statement ends with ";" and a blank line. */
QString changesSql(const QList<Change> &changes, Dialect dialect);
/** The changes (of diffSnapshots(from, to)) as the body of an Alembic `upgrade()`: `op.*`
 *  calls as autogenerate writes them (alembicops.h), op.execute() where Alembic has no
 *  operation, 4-space indented, after the imports they need. */
QString changesAlembic(const QList<Change> &changes, const Snapshot &from, const Snapshot &to);
/** One line per change: "+ table public.users", "~ column ...: type integer -> bigint"
 *  with [destructive], [rewrites] and [lock ...] marks. */
QString changesText(const QList<Change> &changes);

} // namespace retort::schema
