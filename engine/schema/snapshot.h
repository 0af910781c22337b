#pragma once

#include "ops/dialect.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The schema of one database as a value: every object it holds, read from the catalog in a
// fixed number of queries (pgreader.cpp, sqlitereader.cpp), in a stable order, so that equal
// databases give equal snapshots and equal bytes.

namespace retort::schema {

/** The kinds of objects a snapshot holds. Sub-objects of a relation (columns, defaults,
 *  constraints, indexes, triggers, policies) name it in SchemaObject::table. */
enum class ObjectKind {
    Schema, ///< also default privileges (attrs["kind"] "default privileges"; table: the role)
    Extension,
    Enum,
    Domain,           ///< also collations (attrs["kind"] "collation")
    DomainConstraint, ///< a CHECK of a domain (table = the domain's name)
    Composite,        ///< also range types (attrs["kind"] "range")
    Sequence,
    SequenceOwner, ///< a sequence's OWNED BY (its own node: it needs the column)
    Function,      ///< functions, procedures, aggregates (attrs["kind"]: f, p, w, a)
    Table,         ///< tables, partitioned tables and partitions
    Column,
    Default, ///< a column's DEFAULT (its own node: it may need a sequence or a function)
    Constraint,
    Index,
    View,
    MaterializedView,
    Trigger,
    Policy,
};

/** "table", "column", "materialized view", ... (English, for keys and text output). */
QString kindName(ObjectKind kind);
struct SchemaObject;
/** kindName(o.kind), or the name of the kind an object of it stands for (attrs["kind"]):
 *  "range type" (Composite), "collation" (Domain), "default privileges" (Schema). */
QString kindName(const SchemaObject &o);
/** The order in which kinds are created when dependencies leave a choice. */
int kindRank(ObjectKind kind);

/**
 * One object. What a diff compares is `attrs` (the definition, as the catalog deparses it:
 * pg_get_indexdef(), pg_get_constraintdef(), pg_get_viewdef(), ...), `comment` and `acl`;
 * `order` places columns and is not compared.
 */
struct SchemaObject
{
    ObjectKind kind = ObjectKind::Table;
    QString schema; ///< the object's schema; empty for schemas and SQLite
    QString table;  ///< the owning relation (or domain) of a sub-object
    QString owner;  ///< the owner's key ("table public.users") of a sub-object
    QString name;
    QString args; ///< a function's identity arguments, "integer, text"
    QMap<QString, QString> attrs;
    QString comment;
    bool hasComment = false;
    QStringList acl;       ///< "grantee=privileges" (grantee empty for PUBLIC), sorted
    QString ownerRole;     ///< who owns it, as aclitem text names it (not compared)
    int order = 0;         ///< a column's position
    QStringList dependsOn; ///< keys of the objects this one needs, sorted
    /// SQLite: the CREATE statement as sqlite_schema keeps it (not compared: attrs hold its
    /// normalised form, "definition").
    QString createSql;

    /** "table public.users", "column public.users.email", "function public.f(integer)". */
    QString key() const;
    /** The key without the kind: "public.users.email". */
    QString displayName() const;
    QString attr(const QString &key) const { return attrs.value(key); }
    bool flag(const QString &key) const { return attrs.value(key) == QLatin1String("true"); }
};

/** Which objects a read leaves out, besides the system's and the extensions' own. */
struct ReadOptions
{
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema; ///< empty: the default schema (public / SQLite main)
    QStringList excludeTables;  ///< further tables to leave out (retort_history)
};

/** The schema of one database. */
class Snapshot
{
public:
    Dialect dialect = Dialect::PostgreSQL;
    QString serverVersion;
    /** Objects Retort found but does not compare, "aggregate public.mysum(integer)". */
    QStringList notCompared;

    /** Adds or replaces an object (by key). */
    void add(SchemaObject object);
    /** add(), with `key` == object.key() already at hand. */
    void add(SchemaObject object, const QString &key);
    /** Room for `n` objects. */
    void reserve(qsizetype n)
    {
        m_objects.reserve(n);
        m_index.reserve(n);
    }
    /** Sorts by key and dependencies; call once after the last add(). */
    void finish();

    const QList<SchemaObject> &objects() const { return m_objects; }
    const SchemaObject *find(const QString &key) const;
    /** `o.key()`, without building it again when `o` is one of this snapshot's objects
     *  (finish() keeps their keys). */
    QString keyOf(const SchemaObject &o) const;
    /** Whether `o` is one of this snapshot's objects (not a copy). */
    bool holds(const SchemaObject &o) const
    {
        return !m_objects.isEmpty() && &o >= m_objects.constData() &&
               &o < m_objects.constData() + m_objects.size();
    }
    /** The sub-objects of a relation, in order (columns by position). */
    QList<const SchemaObject *> children(const QString &tableKey) const;

    /** The snapshot as JSON (sorted keys, indented), same bytes for equal
     *  databases. */
    QByteArray toJson() const;

private:
    QList<SchemaObject> m_objects;
    QList<QString> m_keys; ///< of m_objects, by position (finish())
    QHash<QString, qsizetype> m_index;
    QHash<QString, QList<qsizetype>> m_children;
};

} // namespace retort::schema
