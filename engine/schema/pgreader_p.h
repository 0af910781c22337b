#pragma once

// The PostgreSQL catalog reader (pgreader.cpp, pgreaderparts.cpp).

#include "schema/reader.h"

#include <QHash>
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
/** An SQL condition: the object `oidExpr` of `catalog` is no extension's member. */
QString notExtensionMember(const char *catalog, const char *oidExpr);
/** PostgreSQL's aclitem[] text as sorted "grantee=privileges" items (grantor dropped). */
QStringList aclItems(const QString &aclText);

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
    void setComment(SchemaObject &o, const QSqlQuery &q, int i)
    {
        if (!q.isNull(i)) {
            o.comment = s(q, i);
            o.hasComment = true;
        }
    }
    void remember(qint64 catalog, qint64 oid, const QString &key)
    {
        m_keys.insert(ref(catalog, oid, 0), key);
    }
    static QString ref(qint64 catalog, qint64 oid, qint64 sub)
    {
        return QStringLiteral("%1/%2/%3").arg(catalog).arg(oid).arg(sub);
    }
    void rememberSub(qint64 catalog, qint64 oid, qint64 sub, const QString &key)
    {
        m_keys.insert(ref(catalog, oid, sub), key);
    }
    void addObject(SchemaObject o)
    {
        QString k = o.key();
        m_all.insert(std::move(k), std::move(o));
    }
    bool excludedTable(const QString &schema, const QString &name) const;

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

    QSqlDatabase &m_db;
    ReadOptions m_options;
    Snapshot m_snap;
    std::optional<Error> m_error;
    QHash<QString, SchemaObject> m_all;      ///< by key, until result()
    QHash<QString, QString> m_keys;          ///< "catalog/oid/sub" -> object key
    QHash<qint64, SchemaObject> m_relations; ///< by pg_class oid
    /// "tableoid/attnum" of an identity column -> its sequence's options
    QHash<QString, QMap<QString, QString>> m_identityOptions;
    QHash<qint64, QString> m_constraintOfIndex;     ///< index oid -> key of its constraint
    QHash<qint64, QString> m_identitySequenceOwner; ///< sequence oid -> "tableoid/attnum"
    QHash<qint64, QString> m_sequenceOwnerKeys;     ///< sequence oid -> its owner node's key
    qint64 m_pgClass = 0, m_pgType = 0, m_pgProc = 0, m_pgConstraint = 0, m_pgAttrdef = 0,
           m_pgTrigger = 0, m_pgPolicy = 0, m_pgNamespace = 0, m_pgExtension = 0;
};

} // namespace retort::schema::detail
