#pragma once

// The PostgreSQL catalog reader (pgreader.cpp, pgreaderparts.cpp).

#include "schema/reader.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace retort::schema::detail {

/** Objects of the user's schemas: not the system's, not the extensions'. */
extern const char *const kUserNamespace;
/** The key of the schema `name`. */
QString schemaKey(const QString &name);
/** A role name as aclitem text prints it (quoted when it has other than [A-Za-z0-9_]). */
QString aclName(const QString &role);
/** PostgreSQL's aclitem[] text as sorted "grantee=privileges" items (grantor dropped). */
QStringList aclItems(const QString &aclText);

/** A catalog row: (catalog oid, object oid, sub-object number), as pg_depend names it. */
struct CatalogRef
{
    qint64 catalog = 0;
    qint64 oid = 0;
    qint64 sub = 0;
    friend bool operator==(const CatalogRef &a, const CatalogRef &b)
    {
        return a.catalog == b.catalog && a.oid == b.oid && a.sub == b.sub;
    }
    friend size_t qHash(const CatalogRef &r, size_t seed = 0)
    {
        return qHashMulti(seed, r.catalog, r.oid, r.sub);
    }
};

class PgReader
{
public:
    PgReader(QSqlDatabase &db, const ReadOptions &options)
        : m_db(db)
        , m_options(options)
    {}

    Result<Snapshot> read();
    Result<Snapshot> result();

private:
    using Row = std::function<void(const QSqlQuery &)>;
    bool run(const QString &sql, const Row &row);
    static QString s(const QSqlQuery &q, int i) { return q.value(i).toString(); }
    static bool b(const QSqlQuery &q, int i) { return q.value(i).toBool(); }
    static qint64 id(const QSqlQuery &q, int i) { return q.value(i).toLongLong(); }
    /** The comment on (catalog, oid, sub), read once for all objects (readComments()). */
    void setComment(SchemaObject &o, qint64 catalog, qint64 oid, qint64 sub = 0) const
    {
        const auto it = m_comments.constFind(CatalogRef{catalog, oid, sub});
        if (it != m_comments.constEnd()) {
            o.comment = *it;
            o.hasComment = true;
        }
    }
    /** Whether (catalog, oid) belongs to an extension (readExtensionMembers()). */
    bool extensionMember(qint64 catalog, qint64 oid) const
    {
        return m_extensionOf.contains(CatalogRef{catalog, oid, 0});
    }
    void remember(qint64 catalog, qint64 oid, const QString &key)
    {
        m_keys.insert(CatalogRef{catalog, oid, 0}, key);
    }
    void rememberSub(qint64 catalog, qint64 oid, qint64 sub, const QString &key)
    {
        m_keys.insert(CatalogRef{catalog, oid, sub}, key);
    }
    QString keyOf(qint64 catalog, qint64 oid, qint64 sub = 0) const
    {
        return m_keys.value(CatalogRef{catalog, oid, sub});
    }
    void addObject(SchemaObject o)
    {
        QString k = o.key();
        m_all.emplace(std::move(k), std::move(o));
    }
    bool excludedTable(const QString &schema, const QString &name) const;

    void readComments();
    void readExtensionMembers();
    void readColumnTypes();
    void readSchemas();
    void readExtensions();
    void readTypes();
    void readRelations();
    void readColumns();
    void readConstraints();
    void readIndexes();
    void readFunctions();
    void readTriggers();
    void readPolicies();
    void readDependencies();
    void readNotCompared();
    void addCollation(const QSqlQuery &q);
    void addDefaultPrivileges(const QSqlQuery &q);

    QSqlDatabase &m_db;
    ReadOptions m_options;
    Snapshot m_snap;
    std::optional<Error> m_error;
    QHash<QString, SchemaObject> m_all;      ///< by key, until result()
    QHash<CatalogRef, QString> m_keys;       ///< catalog row -> object key
    QHash<CatalogRef, QString> m_comments;   ///< pg_description, by the row it describes
    QHash<CatalogRef, qint64> m_extensionOf; ///< (catalog, oid, 0) -> its extension's oid
    /** A column's type as format_type() prints it, its collation when it is not its type's
     *  default, and the type's storage mode (pg_type.typstorage). */
    struct ColumnType
    {
        QString type;
        QString collation;
        QString storage;
    };
    /// (atttypid, atttypmod, attcollation) -> its ColumnType
    QHash<CatalogRef, ColumnType> m_columnTypes;
    QHash<qint64, qint64> m_parentOf; ///< table oid -> its first parent's (inheritance)
    QSet<qint64> m_internalFunctions; ///< pg_proc oids a type made (range constructors)
    /** A table, view or sequence, with its key (its parts need it). */
    struct Relation : SchemaObject
    {
        QString ownKey;
    };
    QHash<qint64, Relation> m_relations; ///< by pg_class oid, until readDependencies()
    /// (table oid, attnum) of an identity column -> its sequence's options
    QHash<std::pair<qint64, qint64>, QMap<QString, QString>> m_identityOptions;
    QHash<qint64, QString> m_constraintOfIndex; ///< index oid -> key of its constraint
    QHash<qint64, QString> m_sequenceOwnerKeys; ///< sequence oid -> its owner node's key
    qint64 m_pgClass = 0, m_pgType = 0, m_pgProc = 0, m_pgConstraint = 0, m_pgAttrdef = 0,
           m_pgTrigger = 0, m_pgPolicy = 0, m_pgNamespace = 0, m_pgExtension = 0, m_pgCollation = 0;
};

} // namespace retort::schema::detail
