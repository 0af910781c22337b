// The SQLite snapshot: sqlite_schema gives each object's CREATE text (kept as written, and
// compared in its normalised token form), the table-valued pragmas give the parts of every
// table in one query each (table_xinfo, foreign_key_list, index_list with index_xinfo).
#include "schema/reader.h"
#include "schema/sqlitesql_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace retort::schema {

using namespace detail;

Result<Snapshot> readSnapshot(QSqlDatabase &db, const ReadOptions &options)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        return readSqlite(db, options);
    return readPostgres(db, options);
}

bool detail::readRows(QSqlDatabase &db,
                      const QString &sql,
                      const std::function<void(const QSqlQuery &)> &row,
                      std::optional<Error> &error)
{
    if (error)
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        Error e = makeError(ErrorKind::Database,
                            Tr::tr("reading the schema failed: %1").arg(q.lastError().text()));
        e.detail = sql;
        error = e;
        return false;
    }
    while (q.next())
        row(q);
    return true;
}

namespace {

class SqliteReader
{
public:
    SqliteReader(QSqlDatabase &db, const ReadOptions &options)
        : m_db(db)
        , m_options(options)
    {}

    Result<Snapshot> read();

private:
    using Row = std::function<void(const QSqlQuery &)>;
    bool run(const QString &sql, const Row &row);
    bool excluded(const QString &table) const
    {
        if (table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            return true;
        const bool mainSchema = m_options.versionTableSchema.isEmpty() ||
                                m_options.versionTableSchema == QLatin1String("main");
        if (mainSchema && table.compare(m_options.versionTable, Qt::CaseInsensitive) == 0)
            return true;
        for (const QString &t : m_options.excludeTables)
            if (table.compare(t, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    SchemaObject *table(const QString &name)
    {
        auto it = m_tables.find(name);
        return it == m_tables.end() ? nullptr : &*it;
    }
    /** The key of the table or view `name`. */
    QString relationKey(const QString &name) const
    {
        SchemaObject o;
        o.kind =
            m_relations.value(name) == QLatin1String("view") ? ObjectKind::View : ObjectKind::Table;
        o.name = name;
        return o.key();
    }
    static QString str(const QSqlQuery &q, int i) { return q.value(i).toString(); }

    QSqlDatabase &m_db;
    const ReadOptions &m_options;
    std::optional<Error> m_error;
    Snapshot m_snap;
    QMap<QString, SchemaObject> m_tables; ///< by name
    QList<SchemaObject> m_parts;
    QMap<QString, QString> m_relations; ///< tables and views (name: "table" or "view")
};

bool SqliteReader::run(const QString &sql, const Row &row)
{
    return readRows(m_db, sql, row, m_error);
}

Result<Snapshot> SqliteReader::read()
{
    m_snap.dialect = Dialect::SQLite;
    run(QStringLiteral("SELECT sqlite_version()"),
        [&](const QSqlQuery &q) { m_snap.serverVersion = str(q, 0); });

    struct Entry
    {
        QString type, name, table, sql;
        int order = 0;
    };
    QList<Entry> entries;
    run(QStringLiteral("SELECT type, name, tbl_name, sql, rowid FROM sqlite_master "
                       "ORDER BY rowid"),
        [&](const QSqlQuery &q) {
            entries.append({str(q, 0), str(q, 1), str(q, 2), str(q, 3), q.value(4).toInt()});
        });
    for (const Entry &e : entries)
        if ((e.type == QLatin1String("table") || e.type == QLatin1String("view")) &&
            !excluded(e.name))
            m_relations.insert(e.name, e.type);

    const auto dependencies = [&](const QList<SqlToken> &tokens, const QString &self) {
        QStringList deps;
        for (auto it = m_relations.cbegin(); it != m_relations.cend(); ++it)
            if (it.key().compare(self, Qt::CaseInsensitive) != 0 && mentions(tokens, it.key()))
                deps.append(relationKey(it.key()));
        return deps;
    };

    for (const Entry &e : entries) {
        if (e.sql.isEmpty() || excluded(e.table) || excluded(e.name))
            continue;
        SchemaObject o;
        o.name = e.name;
        o.order = e.order;
        o.createSql = e.sql;
        const QList<SqlToken> tokens = tokenizeSqlite(e.sql);
        const qsizetype body = afterCreateName(tokens);
        o.attrs.insert(QStringLiteral("definition"),
                       normalizedSql(tokens, std::max<qsizetype>(body, 0)));
        if (e.type == QLatin1String("table")) {
            o.kind = ObjectKind::Table;
            if (tokens.size() > 2 && tokens[2].isWord("VIRTUAL"))
                m_snap.notCompared.append(QStringLiteral("virtual table ") + e.name);
            m_tables.insert(e.name, o);
            continue;
        }
        if (e.type == QLatin1String("view")) {
            o.kind = ObjectKind::View;
            o.dependsOn = dependencies(tokens, e.name);
        } else if (e.type == QLatin1String("index") || e.type == QLatin1String("trigger")) {
            o.kind = e.type == QLatin1String("index") ? ObjectKind::Index : ObjectKind::Trigger;
            o.table = e.table;
            o.owner = relationKey(e.table);
            o.dependsOn = dependencies(tokens, QString());
            if (o.kind == ObjectKind::Index && tokens.size() > 1 && tokens[1].isWord("UNIQUE"))
                o.attrs.insert(QStringLiteral("unique"), QStringLiteral("true"));
        } else {
            continue;
        }
        m_parts.append(o);
    }

    run(QStringLiteral("SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, "
                       "p.pk, p.hidden FROM sqlite_master m, pragma_table_xinfo(m.name) p "
                       "WHERE m.type = 'table' ORDER BY m.name, p.cid"),
        [&](const QSqlQuery &q) {
            SchemaObject *t = table(str(q, 0));
            if (!t || q.value(7).toInt() == 1) // hidden columns of virtual tables
                return;
            SchemaObject c;
            c.kind = ObjectKind::Column;
            c.table = t->name;
            c.owner = t->key();
            c.name = str(q, 2);
            c.order = q.value(1).toInt() + 1;
            c.attrs.insert(QStringLiteral("type"), str(q, 3));
            c.attrs.insert(QStringLiteral("notnull"),
                           q.value(4).toInt() ? QStringLiteral("true") : QStringLiteral("false"));
            if (!q.value(5).isNull())
                c.attrs.insert(QStringLiteral("default"), str(q, 5));
            if (q.value(6).toInt() > 0)
                c.attrs.insert(QStringLiteral("primarykey"), str(q, 6));
            if (const int h = q.value(7).toInt(); h == 2 || h == 3)
                c.attrs.insert(QStringLiteral("generated"),
                               h == 2 ? QStringLiteral("virtual") : QStringLiteral("stored"));
            m_parts.append(c);
        });

    struct ForeignKey
    {
        QString table, refTable, onUpdate, onDelete, match;
        QStringList from, to;
    };
    QMap<std::pair<QString, int>, ForeignKey> fks;
    run(QStringLiteral("SELECT m.name, p.id, p.\"table\", p.\"from\", p.\"to\", p.on_update, "
                       "p.on_delete, p.match FROM sqlite_master m, "
                       "pragma_foreign_key_list(m.name) p WHERE m.type = 'table' "
                       "ORDER BY m.name, p.id, p.seq"),
        [&](const QSqlQuery &q) {
            ForeignKey &fk = fks[{str(q, 0), q.value(1).toInt()}];
            fk.table = str(q, 0);
            fk.refTable = str(q, 2);
            fk.from.append(str(q, 3));
            fk.to.append(str(q, 4));
            fk.onUpdate = str(q, 5);
            fk.onDelete = str(q, 6);
            fk.match = str(q, 7);
        });
    for (const ForeignKey &fk : std::as_const(fks)) {
        SchemaObject *t = table(fk.table);
        if (!t)
            continue;
        SchemaObject c;
        c.kind = ObjectKind::Constraint;
        c.table = t->name;
        c.owner = t->key();
        c.name = QStringLiteral("foreign key (%1) references %2 (%3)")
                     .arg(fk.from.join(QStringLiteral(", ")), fk.refTable,
                          fk.to.join(QStringLiteral(", ")));
        c.attrs.insert(QStringLiteral("type"), QStringLiteral("foreign key"));
        c.attrs.insert(QStringLiteral("on_update"), fk.onUpdate);
        c.attrs.insert(QStringLiteral("on_delete"), fk.onDelete);
        c.attrs.insert(QStringLiteral("match"), fk.match);
        if (fk.refTable.compare(fk.table, Qt::CaseInsensitive) != 0 &&
            m_relations.contains(fk.refTable))
            c.dependsOn.append(relationKey(fk.refTable));
        m_parts.append(c);
    }

    // Primary keys and UNIQUE constraints are the automatic indexes of a table.
    QMap<std::pair<QString, QString>, std::pair<QString, QStringList>> keys;
    run(QStringLiteral("SELECT m.name, il.name, il.origin, ix.name FROM sqlite_master m, "
                       "pragma_index_list(m.name) il, pragma_index_xinfo(il.name) ix "
                       "WHERE m.type = 'table' AND il.origin <> 'c' AND ix.key = 1 "
                       "ORDER BY m.name, il.name, ix.seqno"),
        [&](const QSqlQuery &q) {
            auto &k = keys[{str(q, 0), str(q, 1)}];
            k.first = str(q, 2);
            k.second.append(str(q, 3));
        });
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        SchemaObject *t = table(it.key().first);
        if (!t)
            continue;
        SchemaObject c;
        c.kind = ObjectKind::Constraint;
        c.table = t->name;
        c.owner = t->key();
        const bool pk = it->first == QLatin1String("pk");
        c.name = (pk ? QStringLiteral("primary key (%1)") : QStringLiteral("unique (%1)"))
                     .arg(it->second.join(QStringLiteral(", ")));
        c.attrs.insert(QStringLiteral("type"),
                       pk ? QStringLiteral("primary key") : QStringLiteral("unique"));
        m_parts.append(c);
    }
    if (m_error)
        return *m_error;

    for (SchemaObject &t : m_tables)
        m_snap.add(std::move(t));
    for (SchemaObject &p : m_parts)
        m_snap.add(std::move(p));
    m_snap.finish();
    return m_snap;
}

} // namespace

Result<Snapshot> readSqlite(QSqlDatabase &db, const ReadOptions &options)
{
    SqliteReader reader(db, options);
    return reader.read();
}

} // namespace retort::schema
