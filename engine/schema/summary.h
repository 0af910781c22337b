#pragma once

#include "schema/snapshot.h"

#include <QList>
#include <QString>

// What a schema becomes, for people: the objects that two snapshots add, remove and change,
// grouped per table, each changed attribute old -> new, and each object's DDL before and
// after. diff.h says how to get there (ordered SQL); this says what is different.

namespace retort::schema {

/** One attribute of an object that differs: "type", "not null", "default", "comment", ... */
struct AttributeChange
{
    QString name;
    QString before; ///< "(none)" when the object had none
    QString after;  ///< "(none)" when it has none
};

/** One object added, removed or changed. A column's DEFAULT is shown as the column's
 *  "default" attribute (in snapshots it is an object of its own). */
struct ObjectChange
{
    enum class Action { Added, Removed, Changed };
    Action action = Action::Changed;
    ObjectKind kind = ObjectKind::Table;
    QString key;                       ///< "column public.users.email"
    QString name;                      ///< "public.users.email"
    QList<AttributeChange> attributes; ///< Changed: what differs, by attribute name
    QString ddlBefore;                 ///< the statements that create it (empty when Added)
    QString ddlAfter;                  ///< the statements that create it (empty when Removed)
    /// From diffSnapshots() for the same object: what applying the change costs.
    bool destructive = false;
    bool rewrites = false;
    QString lock;

    /** "+", "-" or "~". */
    QString mark() const;
};

/** The changes that belong to one relation (its own change, if any, first), or to no
 *  relation (`table` empty: schemas, types, sequences, functions). */
struct TableChanges
{
    QString table;     ///< the relation's display name, "public.users"; empty: none
    QString tableKey;  ///< "table public.users" ("view ..."); empty: none
    QString ddlBefore; ///< the relation's full DDL before (empty when it did not exist)
    QString ddlAfter;  ///< and after (empty when it no longer exists)
    QList<ObjectChange> objects;
};

/** What turns one snapshot into another, grouped per table. */
struct Summary
{
    QList<TableChanges> tables; ///< by display name; objects of no relation last
    QStringList notCompared;    ///< the snapshots' "not compared" lists, merged

    bool isEmpty() const { return tables.isEmpty(); }
    /** Every object change, in group order. */
    QList<const ObjectChange *> objects() const;
    /** The change of `key`, or null. */
    const ObjectChange *find(const QString &key) const;
};

/** The objects that `after` adds to, removes from and changes in `before` (attrs, comment
 *  and privileges compared as diffSnapshots() compares them). */
Summary summarize(const Snapshot &before, const Snapshot &after);

/**
 * The summary as text, same bytes for equal summaries:
 *
 *     public.users
 *       ~ column public.users.email
 *           type: character varying(100) -> text
 *           before: ALTER TABLE public.users ADD COLUMN email character varying(100)
 *           after:  ALTER TABLE public.users ADD COLUMN email text
 *
 * Every line starts with `indent`; with `ddl` false the before/after lines are left out.
 */
QString summaryText(const Summary &summary, const QString &indent = {}, bool ddl = true);

/** The statements that create `o` as found in `in`, one per line ending with ";"
 *  (PostgreSQL: as a dump writes them; SQLite: the CREATE text sqlite_schema keeps, or the
 *  table's for its columns and constraints). */
QString objectDdl(const SchemaObject &o, const Snapshot &in);

} // namespace retort::schema
