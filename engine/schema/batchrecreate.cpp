// SQLite batch mode, natively: Alembic's ApplyBatchImpl ("move and copy") on the table as
// SQLAlchemy 1.4's SQLite dialect reflects it. The new table is rendered as an
// op.create_table() call by the renderer, so it comes out as SQLAlchemy compiles it.
#include "schema/batchrecreate.h"

#include "ops/dialect.h"
#include "render/render_p.h"
#include "render/renderer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace retort::schema {

using namespace render;
using namespace Qt::Literals::StringLiterals;
using render::detail::Args;
using render::detail::fail;
using render::detail::Failure;

namespace {

Value construct(const QString &type, QList<Value> args = {}, QList<KwArg> kwargs = {})
{
    Construct c;
    c.type = type;
    c.called = true;
    c.args = std::move(args);
    c.kwargs = std::move(kwargs);
    return Value::construct(std::move(c));
}

Value strings(const QStringList &items)
{
    QList<Value> out;
    for (const QString &s : items)
        out << Value::string(s);
    return Value::list(out);
}

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

/** Column names in a constraint's column list: "a", "b" or a, b. */
QStringList namesIn(const QString &sig)
{
    QStringList out;
    static const QRegularExpression re = ci(QStringLiteral("(?:\"(.+?)\")|([a-z0-9_]+)"));
    for (auto it = re.globalMatch(sig); it.hasNext();) {
        const auto m = it.next();
        out << (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return out;
}

/** SQLAlchemy's _type_affinity of a type construct's class, for CAST on a changed type. */
QString affinity(const Value &type)
{
    const Construct *c = type.construct();
    QString n = c ? c->type.section(QLatin1Char('.'), -1).toUpper() : QString();
    static const QHash<QString, QString> classes{
        {QStringLiteral("INTEGER"), QStringLiteral("Integer")},
        {QStringLiteral("INT"), QStringLiteral("Integer")},
        {QStringLiteral("BIGINT"), QStringLiteral("Integer")},
        {QStringLiteral("BIGINTEGER"), QStringLiteral("Integer")},
        {QStringLiteral("SMALLINT"), QStringLiteral("Integer")},
        {QStringLiteral("SMALLINTEGER"), QStringLiteral("Integer")},
        {QStringLiteral("VARCHAR"), QStringLiteral("String")},
        {QStringLiteral("STRING"), QStringLiteral("String")},
        {QStringLiteral("CHAR"), QStringLiteral("String")},
        {QStringLiteral("NCHAR"), QStringLiteral("String")},
        {QStringLiteral("NVARCHAR"), QStringLiteral("String")},
        {QStringLiteral("TEXT"), QStringLiteral("String")},
        {QStringLiteral("CLOB"), QStringLiteral("String")},
        {QStringLiteral("UNICODE"), QStringLiteral("String")},
        {QStringLiteral("UNICODETEXT"), QStringLiteral("String")},
        {QStringLiteral("ENUM"), QStringLiteral("String")},
        {QStringLiteral("NUMERIC"), QStringLiteral("Numeric")},
        {QStringLiteral("DECIMAL"), QStringLiteral("Numeric")},
        {QStringLiteral("FLOAT"), QStringLiteral("Numeric")},
        {QStringLiteral("REAL"), QStringLiteral("Numeric")},
        {QStringLiteral("DOUBLE"), QStringLiteral("Numeric")},
        {QStringLiteral("DOUBLE_PRECISION"), QStringLiteral("Numeric")},
        {QStringLiteral("DATETIME"), QStringLiteral("DateTime")},
        {QStringLiteral("TIMESTAMP"), QStringLiteral("DateTime")},
        {QStringLiteral("DATE"), QStringLiteral("Date")},
        {QStringLiteral("TIME"), QStringLiteral("Time")},
        {QStringLiteral("BOOLEAN"), QStringLiteral("Boolean")},
        {QStringLiteral("BLOB"), QStringLiteral("_Binary")},
        {QStringLiteral("LARGEBINARY"), QStringLiteral("_Binary")},
        {QStringLiteral("BINARY"), QStringLiteral("_Binary")},
        {QStringLiteral("VARBINARY"), QStringLiteral("_Binary")},
        {QStringLiteral("JSON"), QStringLiteral("JSON")},
    };
    return classes.value(n, n);
}

/** A column of the new table. */
struct Column
{
    QString name;
    Value type;
    std::optional<bool> nullable;
    std::optional<Value> serverDefault;
    QList<Value> extraArgs;   ///< an added column's ForeignKey() and the like
    QList<KwArg> extraKwargs; ///< an added column's other keywords
    QString source;           ///< the column it is copied from; empty for a new one
    bool cast = false;        ///< the copy CASTs to the new type

    Value toConstruct() const
    {
        QList<Value> args{Value::string(name), type};
        args += extraArgs;
        QList<KwArg> kwargs = extraKwargs;
        if (serverDefault)
            kwargs.prepend({QStringLiteral("server_default"), *serverDefault});
        if (nullable)
            kwargs.prepend({QStringLiteral("nullable"), Value::boolean(*nullable)});
        return construct(QStringLiteral("sqlalchemy.Column"), args, kwargs);
    }
};

struct Constraint
{
    enum class Kind { ForeignKey, Unique, Check };
    Kind kind = Kind::Check;
    QString name;
    QStringList columns; ///< local columns (none for a CHECK)
    // ForeignKey
    QString refTable;
    QStringList refColumns;
    QList<KwArg> options;
    // Check
    QString sqltext;

    Value toConstruct() const
    {
        QList<KwArg> kw;
        if (!name.isEmpty())
            kw << KwArg{QStringLiteral("name"), Value::string(name)};
        switch (kind) {
        case Kind::ForeignKey: {
            QStringList refs;
            for (const QString &c : refColumns)
                refs << refTable + QLatin1Char('.') + c;
            return construct(QStringLiteral("sqlalchemy.ForeignKeyConstraint"),
                             {strings(columns), strings(refs)}, kw + options);
        }
        case Kind::Unique: {
            QList<Value> args;
            for (const QString &c : columns)
                args << Value::string(c);
            return construct(QStringLiteral("sqlalchemy.UniqueConstraint"), args, kw);
        }
        case Kind::Check:
            return construct(QStringLiteral("sqlalchemy.CheckConstraint"), {Value::string(sqltext)},
                             kw);
        }
        return {};
    }
};

struct Index
{
    QString name;
    bool unique = false;
    QStringList columns;
    QString where;
};

class BatchTable
{
public:
    BatchTable(QSqlDatabase &db, const OpCall &batch)
        : m_db(db)
        , m_batch(batch)
    {}

    QList<OpCall> calls(QStringList &insertSql);

private:
    QList<QList<QVariant>> rows(const QString &sql, const QVariantList &bind = {}) const;
    void reflect();
    Value reflectedType(const QString &declared, const QString &column) const;
    void apply(const OpCall &op);
    Column *column(const QString &name, SourceLoc loc, const QString &what)
    {
        for (Column &c : m_columns)
            if (c.name == name)
                return &c;
        fail(loc, Tr::tr("%1: no column '%2' in table %3").arg(what, name, m_table));
    }
    void renameEverywhere(const QString &from, const QString &to);
    /** A named constraint the block adds (replacing one of the same name). */
    void addNamed(const Constraint &k)
    {
        m_named.removeIf([&](const Constraint &x) { return x.name == k.name; });
        m_named << k;
    }

    QSqlDatabase &m_db;
    const OpCall &m_batch;
    QString m_table;
    QString m_sql;
    QList<Column> m_columns;
    QString m_pkName;
    QStringList m_pk;
    QList<Constraint> m_named;
    QList<Constraint> m_unnamed;
    QList<Index> m_indexes;
    QList<OpCall> m_newIndexes;
    QStringList m_dropped;
};

QList<QList<QVariant>> BatchTable::rows(const QString &sql, const QVariantList &bind) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(m_batch.loc, Tr::tr("reading table %1 failed: %2").arg(m_table, q.lastError().text()));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        fail(m_batch.loc, Tr::tr("reading table %1 failed: %2").arg(m_table, q.lastError().text()));
    QList<QList<QVariant>> out;
    while (q.next()) {
        QList<QVariant> row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

Value BatchTable::reflectedType(const QString &declaredType, const QString &column) const
{
    // SQLAlchemy's _resolve_type_affinity(): a name it knows, else SQLite's affinity rules.
    static const QRegularExpression re(QStringLiteral("^([\\w ]+)(\\(.*?\\))?"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const QString declared = declaredType.toUpper();
    const auto m = re.match(declared);
    QString name = m.hasMatch() ? m.captured(1) : QString();
    const bool hasArgs = m.hasMatch() && m.capturedLength(2) > 0;
    static const QHash<QString, QString> known{
        {QStringLiteral("BIGINT"), QStringLiteral("BIGINT")},
        {QStringLiteral("BLOB"), QStringLiteral("BLOB")},
        {QStringLiteral("BOOL"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("BOOLEAN"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("CHAR"), QStringLiteral("CHAR")},
        {QStringLiteral("DATE"), QStringLiteral("DATE")},
        {QStringLiteral("DATE_CHAR"), QStringLiteral("DATE")},
        {QStringLiteral("DATETIME"), QStringLiteral("DATETIME")},
        {QStringLiteral("DATETIME_CHAR"), QStringLiteral("DATETIME")},
        {QStringLiteral("DOUBLE"), QStringLiteral("FLOAT")},
        {QStringLiteral("DECIMAL"), QStringLiteral("DECIMAL")},
        {QStringLiteral("FLOAT"), QStringLiteral("FLOAT")},
        {QStringLiteral("INT"), QStringLiteral("INTEGER")},
        {QStringLiteral("INTEGER"), QStringLiteral("INTEGER")},
        {QStringLiteral("JSON"), QStringLiteral("JSON")},
        {QStringLiteral("NUMERIC"), QStringLiteral("NUMERIC")},
        {QStringLiteral("REAL"), QStringLiteral("REAL")},
        {QStringLiteral("SMALLINT"), QStringLiteral("SMALLINT")},
        {QStringLiteral("TEXT"), QStringLiteral("TEXT")},
        {QStringLiteral("TIME"), QStringLiteral("TIME")},
        {QStringLiteral("TIME_CHAR"), QStringLiteral("TIME")},
        {QStringLiteral("TIMESTAMP"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("VARCHAR"), QStringLiteral("VARCHAR")},
        {QStringLiteral("NVARCHAR"), QStringLiteral("NVARCHAR")},
        {QStringLiteral("NCHAR"), QStringLiteral("NCHAR")},
    };
    QString type = known.value(name);
    if (type.isEmpty()) {
        if (name.contains(QLatin1String("INT")))
            type = QStringLiteral("INTEGER");
        else if (name.contains(QLatin1String("CHAR")) || name.contains(QLatin1String("CLOB")) ||
                 name.contains(QLatin1String("TEXT")))
            type = QStringLiteral("TEXT");
        else if (name.contains(QLatin1String("BLOB")) || name.isEmpty())
            fail(m_batch.loc,
                 Tr::tr("batch mode: column %1.%2 has no type SQLAlchemy can create again "
                        "(declared '%3', reflected as NullType)")
                     .arg(m_table, column, declaredType));
        else if (name.contains(QLatin1String("REAL")) || name.contains(QLatin1String("FLOA")) ||
                 name.contains(QLatin1String("DOUB")))
            type = QStringLiteral("REAL");
        else
            type = QStringLiteral("NUMERIC");
    }
    // The numbers in parentheses are the type's positional arguments; where the type takes
    // none (INTEGER(11)) SQLAlchemy drops them with a warning.
    QList<Value> args;
    if (hasArgs) {
        static const QRegularExpression digits(QStringLiteral("(\\d+)"));
        QList<Value> numbers;
        for (auto it = digits.globalMatch(m.captured(2)); it.hasNext();)
            numbers << Value::integer(it.next().captured(1).toLongLong());
        static const QStringList lengthTypes{QStringLiteral("VARCHAR"), QStringLiteral("CHAR"),
                                             QStringLiteral("NVARCHAR"), QStringLiteral("NCHAR"),
                                             QStringLiteral("TEXT")};
        if (lengthTypes.contains(type) || type == QLatin1String("FLOAT") ||
            type == QLatin1String("REAL"))
            args = numbers.mid(0, 1);
        else if (type == QLatin1String("NUMERIC") || type == QLatin1String("DECIMAL"))
            args = numbers.mid(0, 2);
    }
    return construct(QStringLiteral("sqlalchemy.") + type, args);
}

void BatchTable::reflect()
{
    const Args a(u"op.batch_alter_table()"_s, m_batch.loc, m_batch.args, m_batch.kwargs,
                 {u"table_name"_s, u"schema"_s, u"recreate"_s, u"partial_reordering"_s,
                  u"copy_from"_s, u"table_args"_s, u"table_kwargs"_s, u"reflect_args"_s,
                  u"reflect_kwargs"_s, u"naming_convention"_s},
                 1);
    m_table = a.requiredName(u"table_name"_s);
    if (a.given(u"schema"_s))
        fail(m_batch.loc, Tr::tr("op.batch_alter_table(): a schema is not supported on SQLite"));
    const auto sql =
        rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
             {m_table});
    if (sql.isEmpty())
        fail(m_batch.loc,
             Tr::tr("op.batch_alter_table(): no table %1 in the database").arg(m_table));
    m_sql = sql.first().first().toString();

    // Columns (pragma table_xinfo), with Alembic's parentheses around SQL expression defaults.
    QList<std::pair<int, QString>> pk;
    for (const auto &r :
         rows(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                             "FROM pragma_table_xinfo(?) ORDER BY cid"),
              {m_table})) {
        const int hidden = r[5].toInt();
        if (hidden == 1)
            continue;
        Column c;
        c.name = r[0].toString();
        c.source = c.name;
        if (hidden == 2 || hidden == 3)
            fail(m_batch.loc, Tr::tr("batch mode: table %1 has the generated column %2, which "
                                     "Retort does not copy yet")
                                  .arg(m_table, c.name));
        c.type = reflectedType(r[1].toString(), c.name);
        c.nullable = r[2].toInt() == 0;
        if (!r[3].isNull()) {
            QString d = r[3].toString();
            static const QRegularExpression digit(QStringLiteral("^[0-9\\.]$"));
            static const QRegularExpression quoted(QStringLiteral("^'.+'$"));
            static const QRegularExpression parens(QStringLiteral("^\\(.+\\)$"));
            if (!d.isEmpty() && !digit.match(d).hasMatch() && !quoted.match(d).hasMatch() &&
                !parens.match(d).hasMatch())
                d = QLatin1Char('(') + d + QLatin1Char(')');
            c.serverDefault = construct(QStringLiteral("sqlalchemy.text"), {Value::string(d)});
        }
        if (r[4].toInt() > 0)
            pk.append({r[4].toInt(), c.name});
        m_columns << c;
    }
    std::sort(pk.begin(), pk.end());
    for (const auto &p : std::as_const(pk))
        m_pk << p.second;
    static const QRegularExpression pkName = ci(QStringLiteral("CONSTRAINT (\\w+) PRIMARY KEY"));
    m_pkName = pkName.match(m_sql).captured(1);

    // Foreign keys: the pragma's, named and given options where the SQL shows them.
    QList<Constraint> fks;
    QHash<int, qsizetype> byId;
    for (const auto &r : rows(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM "
                                             "pragma_foreign_key_list(?) ORDER BY id, seq"),
                              {m_table})) {
        const int id = r[0].toInt();
        if (!byId.contains(id)) {
            Constraint k;
            k.kind = Constraint::Kind::ForeignKey;
            k.refTable = r[1].toString();
            if (r[3].isNull() || r[3].toString().isEmpty())
                for (const auto &p : rows(QStringLiteral("SELECT name FROM pragma_table_info(?) "
                                                         "WHERE pk > 0 ORDER BY pk"),
                                          {k.refTable}))
                    k.refColumns << p[0].toString();
            byId.insert(id, fks.size());
            fks << k;
        }
        Constraint &k = fks[byId.value(id)];
        k.columns << r[2].toString();
        if (!r[3].isNull() && !r[3].toString().isEmpty())
            k.refColumns << r[3].toString();
    }
    static const QRegularExpression fkRe = ci(QStringLiteral(
        "(?:CONSTRAINT (\\w+) +)?FOREIGN KEY *\\( *(.+?) *\\) +REFERENCES +(?:(?:\"(.+?)\")|"
        "([a-z0-9_]+)) *\\((.+?)\\) *((?:ON (?:DELETE|UPDATE) (?:SET NULL|SET DEFAULT|CASCADE|"
        "RESTRICT|NO ACTION) *)*)((?:NOT +)?DEFERRABLE)?(?: +INITIALLY +(DEFERRED|IMMEDIATE))?"));
    QList<bool> matched(fks.size(), false);
    QList<Constraint> orderedFks;
    for (auto it = fkRe.globalMatch(m_sql); it.hasNext();) {
        const auto m = it.next();
        const QStringList local = namesIn(m.captured(2));
        const QString ref = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
        const QStringList remote = namesIn(m.captured(5));
        for (qsizetype i = 0; i < fks.size(); ++i) {
            if (matched[i] || fks[i].columns != local || fks[i].refTable != ref ||
                fks[i].refColumns != remote)
                continue;
            matched[i] = true;
            Constraint k = fks[i];
            k.name = m.captured(1);
            static const QRegularExpression on(QStringLiteral(" *\\bON\\b *"));
            for (const QString &token : m.captured(6).toUpper().split(on)) {
                const bool del = token.startsWith(QLatin1String("DELETE"));
                if (!del && !token.startsWith(QLatin1String("UPDATE")))
                    continue;
                const QString action = token.mid(6).trimmed();
                if (!action.isEmpty() && action != QLatin1String("NO ACTION"))
                    k.options << KwArg{del ? QStringLiteral("ondelete")
                                           : QStringLiteral("onupdate"),
                                       Value::string(action)};
            }
            if (!m.captured(7).isEmpty())
                k.options << KwArg{
                    QStringLiteral("deferrable"),
                    Value::boolean(!m.captured(7).toUpper().contains(QLatin1String("NOT")))};
            if (!m.captured(8).isEmpty())
                k.options << KwArg{QStringLiteral("initially"),
                                   Value::string(m.captured(8).toUpper())};
            orderedFks << k;
            break;
        }
    }
    for (qsizetype i = 0; i < fks.size(); ++i)
        if (!matched[i])
            orderedFks << fks[i];

    // UNIQUE constraints: those of the SQL that have an automatic index.
    QList<QStringList> autoIndexes;
    QList<QList<QVariant>> indexList = rows(
        QStringLiteral("SELECT name, \"unique\", partial FROM pragma_index_list(?)"), {m_table});
    for (const auto &r : std::as_const(indexList)) {
        if (!r[0].toString().startsWith(QLatin1String("sqlite_autoindex")))
            continue;
        QStringList cols;
        for (const auto &c : rows(QStringLiteral("SELECT name FROM pragma_index_info(?) "
                                                 "ORDER BY seqno"),
                                  {r[0]}))
            cols << c[0].toString();
        autoIndexes << cols;
    }
    QList<Constraint> uniques;
    const auto takeUnique = [&](const QString &name, const QStringList &cols) {
        const qsizetype i = autoIndexes.indexOf(cols);
        if (i < 0)
            return;
        autoIndexes.removeAt(i);
        Constraint k;
        k.kind = Constraint::Kind::Unique;
        k.name = name;
        k.columns = cols;
        uniques << k;
    };
    static const QRegularExpression uniqueRe =
        ci(QStringLiteral("(?:CONSTRAINT \"?(.+?)\"? +)?UNIQUE *\\((.+?)\\)"));
    for (auto it = uniqueRe.globalMatch(m_sql); it.hasNext();) {
        const auto m = it.next();
        takeUnique(m.captured(1), namesIn(m.captured(2)));
    }
    static const QRegularExpression inlineUniqueRe = ci(
        QStringLiteral("(?:(\".+?\")|(?:[\\[`])?([a-z0-9_]+)(?:[\\]`])?) +[a-z0-9_ ]+? +UNIQUE"));
    for (auto it = inlineUniqueRe.globalMatch(m_sql); it.hasNext();) {
        const auto m = it.next();
        takeUnique(QString(), namesIn(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)));
    }

    // CHECK constraints: only named ones survive a batch (Alembic skips unnamed reflected
    // ones, as it cannot tell whether a type made them).
    QList<Constraint> checks;
    static const QRegularExpression checkRe =
        ci(QStringLiteral("(?:CONSTRAINT (.+) +)?CHECK *\\( *(.+) *\\),? *"));
    for (auto it = checkRe.globalMatch(m_sql); it.hasNext();) {
        const auto m = it.next();
        QString name = m.captured(1);
        static const QRegularExpression quotes(QStringLiteral("^\"|\"$"));
        name.remove(quotes);
        if (name.isEmpty())
            continue;
        Constraint k;
        k.kind = Constraint::Kind::Check;
        k.name = name;
        k.sqltext = m.captured(2);
        checks << k;
    }
    for (const QList<Constraint> *list : {&orderedFks, &uniques, &checks})
        for (const Constraint &k : *list)
            (k.name.isEmpty() ? m_unnamed : m_named) << k;

    // Indexes on columns (SQLAlchemy 1.4 skips expression indexes), partial ones with their
    // WHERE.
    for (const auto &r : std::as_const(indexList)) {
        const QString name = r[0].toString();
        if (name.startsWith(QLatin1String("sqlite_autoindex")))
            continue;
        Index idx;
        idx.name = name;
        idx.unique = r[1].toInt() != 0;
        bool expression = false;
        for (const auto &c : rows(QStringLiteral("SELECT name FROM pragma_index_info(?) "
                                                 "ORDER BY seqno"),
                                  {name})) {
            if (c[0].isNull())
                expression = true;
            idx.columns << c[0].toString();
        }
        if (expression)
            continue;
        if (r[2].toInt() != 0) {
            const auto s = rows(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                {name});
            static const QRegularExpression where = ci(QStringLiteral("\\)\\s+where\\s+(.+)"));
            if (!s.isEmpty())
                idx.where = where.match(s.first().first().toString()).captured(1);
        }
        m_indexes << idx;
    }
}

void BatchTable::renameEverywhere(const QString &from, const QString &to)
{
    const auto rename = [&](QStringList &list) {
        for (QString &c : list)
            if (c == from)
                c = to;
    };
    rename(m_pk);
    for (QList<Constraint> *list : {&m_named, &m_unnamed})
        for (Constraint &k : *list)
            rename(k.columns);
    for (Index &i : m_indexes)
        rename(i.columns);
}

void BatchTable::apply(const OpCall &op)
{
    const QString what = QStringLiteral("batch_op.%1()").arg(op.name);
    const QString &n = op.name;
    if (n == u"add_column"_s) {
        const Args a(what, op.loc, op.args, op.kwargs,
                     {u"column"_s, u"insert_before"_s, u"insert_after"_s}, 1);
        const Construct *c = a.get(u"column"_s)->construct();
        if (!c || c->type != u"sqlalchemy.Column"_s || c->args.size() < 2 || !c->args[0].isStr())
            fail(op.loc, Tr::tr("%1: the column must be sa.Column(name, type, ...)").arg(what));
        Column col;
        col.name = c->args[0].str();
        col.type = c->args[1];
        col.extraArgs = c->args.mid(2);
        for (const KwArg &k : c->kwargs) {
            if (k.name == u"nullable"_s && k.value.kind() == Value::Kind::Bool)
                col.nullable = k.value.toBool();
            else if (k.name == u"server_default"_s)
                col.serverDefault = k.value;
            else
                col.extraKwargs << k;
        }
        qsizetype at = m_columns.size();
        if (const auto before = a.name(u"insert_before"_s)) {
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                if (m_columns[i].name == *before)
                    at = i;
        } else if (const auto after = a.name(u"insert_after"_s)) {
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                if (m_columns[i].name == *after)
                    at = i + 1;
        }
        m_columns.insert(at, col);
    } else if (n == u"drop_column"_s) {
        const Args a(what, op.loc, op.args, op.kwargs, {u"column_name"_s}, 1, {}, false);
        const QString name = a.requiredName(u"column_name"_s);
        column(name, op.loc, what);
        m_columns.removeIf([&](const Column &c) { return c.name == name; });
        m_pk.removeAll(name);
        m_dropped << name;
    } else if (n == u"alter_column"_s) {
        const Args a(what, op.loc, op.args, op.kwargs,
                     {u"column_name"_s, u"nullable"_s, u"comment"_s, u"server_default"_s,
                      u"new_column_name"_s, u"type_"_s, u"existing_type"_s,
                      u"existing_server_default"_s, u"existing_nullable"_s, u"existing_comment"_s,
                      u"autoincrement"_s, u"existing_autoincrement"_s},
                     1, {u"sqlite_"_s, u"postgresql_"_s});
        Column *c = column(a.requiredName(u"column_name"_s), op.loc, what);
        if (const Value *t = a.get(u"type_"_s); t && !t->isNone()) {
            if (!c->source.isEmpty() && affinity(c->type) != affinity(*t) &&
                affinity(*t) != u"JSON"_s)
                c->cast = true;
            c->type = *t;
        }
        if (const auto nullable = a.boolean(u"nullable"_s))
            c->nullable = *nullable;
        if (const Value *d = a.get(u"server_default"_s)) {
            if (d->isNone())
                c->serverDefault.reset();
            else if (!(d->kind() == Value::Kind::Bool && !d->toBool()))
                c->serverDefault = *d;
        }
        if (const auto renamed = a.name(u"new_column_name"_s); renamed && *renamed != c->name) {
            const QString from = c->name;
            c->name = *renamed;
            renameEverywhere(from, *renamed);
        }
    } else if (n == u"create_foreign_key"_s) {
        const Args a(what, op.loc, op.args, op.kwargs,
                     {u"constraint_name"_s, u"referent_table"_s, u"local_cols"_s, u"remote_cols"_s,
                      u"referent_schema"_s, u"onupdate"_s, u"ondelete"_s, u"deferrable"_s,
                      u"initially"_s, u"match"_s},
                     4);
        Constraint k;
        k.kind = Constraint::Kind::ForeignKey;
        k.name = a.requiredName(u"constraint_name"_s);
        k.refTable = a.requiredName(u"referent_table"_s);
        for (const Value &v : a.get(u"local_cols"_s)->items())
            k.columns << v.str();
        for (const Value &v : a.get(u"remote_cols"_s)->items())
            k.refColumns << v.str();
        for (const char *o : {"onupdate", "ondelete", "deferrable", "initially", "match"})
            if (a.given(QLatin1StringView(o)))
                k.options << KwArg{QLatin1StringView(o), *a.get(QLatin1StringView(o))};
        addNamed(k);
    } else if (n == u"create_unique_constraint"_s) {
        const Args a(what, op.loc, op.args, op.kwargs, {u"constraint_name"_s, u"columns"_s}, 2);
        Constraint k;
        k.kind = Constraint::Kind::Unique;
        k.name = a.requiredName(u"constraint_name"_s);
        for (const Value &v : a.get(u"columns"_s)->items())
            k.columns << v.str();
        addNamed(k);
    } else if (n == u"create_check_constraint"_s) {
        const Args a(what, op.loc, op.args, op.kwargs, {u"constraint_name"_s, u"condition"_s}, 2);
        Constraint k;
        k.kind = Constraint::Kind::Check;
        k.name = a.requiredName(u"constraint_name"_s);
        const Value *cond = a.get(u"condition"_s);
        if (!cond->isStr())
            fail(op.loc, Tr::tr("%1: the condition must be a string").arg(what));
        k.sqltext = cond->str();
        addNamed(k);
    } else if (n == u"create_primary_key"_s) {
        const Args a(what, op.loc, op.args, op.kwargs, {u"constraint_name"_s, u"columns"_s}, 2);
        m_pkName = a.name(u"constraint_name"_s).value_or(QString());
        m_pk.clear();
        for (const Value &v : a.get(u"columns"_s)->items())
            m_pk << v.str();
    } else if (n == u"drop_constraint"_s) {
        const Args a(what, op.loc, op.args, op.kwargs, {u"constraint_name"_s, u"type_"_s}, 1);
        const QString name = a.requiredName(u"constraint_name"_s);
        if (!m_pkName.isEmpty() && name == m_pkName) {
            m_pkName.clear();
            m_pk.clear();
        } else if (m_named.removeIf([&](const Constraint &x) { return x.name == name; }) == 0) {
            fail(op.loc, Tr::tr("%1: no constraint '%2' on table %3 (SQLite keeps only named "
                                "constraints it can read from the table's SQL)")
                             .arg(what, name, m_table));
        }
    } else if (n == u"create_index"_s) {
        OpCall create = op;
        const Args a(what, op.loc, op.args, op.kwargs,
                     {u"index_name"_s, u"columns"_s, u"unique"_s, u"if_not_exists"_s}, 2,
                     {u"sqlite_"_s, u"postgresql_"_s});
        create.args = {*a.get(u"index_name"_s), Value::string(m_table), *a.get(u"columns"_s)};
        create.kwargs.clear();
        for (const char *k : {"unique", "if_not_exists"})
            if (const Value *v = a.get(QLatin1StringView(k)))
                create.kwargs << KwArg{QLatin1StringView(k), *v};
        create.kwargs += a.dialectKwargs();
        m_newIndexes << create;
    } else if (n == u"drop_index"_s) {
        const Args a(what, op.loc, op.args, op.kwargs, {u"index_name"_s}, 1,
                     {u"sqlite_"_s, u"postgresql_"_s});
        const QString name = a.requiredName(u"index_name"_s);
        if (m_indexes.removeIf([&](const Index &i) { return i.name == name; }) == 0)
            fail(op.loc, Tr::tr("%1: no index '%2' on table %3").arg(what, name, m_table));
    } else if (n == u"execute"_s || n == u"create_table_comment"_s ||
               n == u"drop_table_comment"_s) {
        // execute() ran when the block was rendered; SQLite has no comments.
    } else {
        fail(op.loc, Tr::tr("%1 is not supported in batch mode").arg(what));
    }
}

QList<OpCall> BatchTable::calls(QStringList &insertSql)
{
    reflect();
    for (const OpCall &op : m_batch.body)
        apply(op);

    const QString tmp = (QStringLiteral("_alembic_tmp_") + m_table).left(50);
    OpCall create;
    create.name = QStringLiteral("create_table");
    create.loc = m_batch.loc;
    create.args << Value::string(tmp);
    QSet<QString> names;
    for (const Column &c : std::as_const(m_columns)) {
        create.args << c.toConstruct();
        names.insert(c.name);
    }
    if (!m_pk.isEmpty()) {
        QList<Value> cols;
        for (const QString &c : std::as_const(m_pk))
            cols << Value::string(c);
        QList<KwArg> kw;
        if (!m_pkName.isEmpty())
            kw << KwArg{QStringLiteral("name"), Value::string(m_pkName)};
        create.args << construct(QStringLiteral("sqlalchemy.PrimaryKeyConstraint"), cols, kw);
    }
    // A constraint over a dropped column is left out, as Alembic does.
    for (const QList<Constraint> *list : {&m_named, &m_unnamed})
        for (const Constraint &k : *list) {
            bool kept = true;
            for (const QString &c : k.columns)
                kept = kept && names.contains(c);
            if (kept)
                create.args << k.toConstruct();
        }

    const auto q = [](const QString &n) { return dialect::quoteIdentifier(Dialect::SQLite, n); };
    QStringList targets, sources;
    for (const Column &c : std::as_const(m_columns)) {
        if (c.source.isEmpty())
            continue;
        targets << q(c.name);
        const QString expr = q(m_table) + QLatin1Char('.') + q(c.source);
        sources << (c.cast ? QStringLiteral("CAST(%1 AS %2)")
                                 .arg(expr, detail::compileType(c.type, Dialect::SQLite).sql)
                           : expr);
    }
    if (!targets.isEmpty())
        insertSql << QStringLiteral("INSERT INTO %1 (%2) SELECT %3 \nFROM %4")
                         .arg(q(tmp), targets.join(QStringLiteral(", ")),
                              sources.join(QStringLiteral(", ")), q(m_table));

    const auto opCall = [&](const QString &name, const QList<Value> &args) {
        OpCall c;
        c.name = name;
        c.loc = m_batch.loc;
        c.args = args;
        return c;
    };
    QList<OpCall> after{
        opCall(QStringLiteral("drop_table"), {Value::string(m_table)}),
        opCall(QStringLiteral("rename_table"), {Value::string(tmp), Value::string(m_table)})};
    for (const Index &i : std::as_const(m_indexes)) {
        for (const QString &c : i.columns)
            if (!names.contains(c))
                fail(m_batch.loc, Tr::tr("batch mode: index %1 of table %2 uses the dropped "
                                         "column %3; drop the index in the block first")
                                      .arg(i.name, m_table, c));
        OpCall idx = opCall(QStringLiteral("create_index"),
                            {Value::string(i.name), Value::string(m_table), strings(i.columns)});
        if (i.unique)
            idx.kwargs << KwArg{QStringLiteral("unique"), Value::boolean(true)};
        if (!i.where.isEmpty())
            idx.kwargs << KwArg{
                QStringLiteral("sqlite_where"),
                construct(QStringLiteral("sqlalchemy.text"), {Value::string(i.where)})};
        after << idx;
    }
    after += m_newIndexes;
    QList<OpCall> out{create};
    out += after;
    return out;
}

} // namespace

Result<QStringList>
batchRecreateSql(QSqlDatabase &db, const render::OpCall &batch, const QString &file)
{
    QStringList insert;
    QList<OpCall> calls;
    try {
        BatchTable table(db, batch);
        calls = table.calls(insert);
    } catch (const Failure &f) {
        return makeError(ErrorKind::Parse, f.reason, file,
                         f.loc.line > 0 ? f.loc.line : batch.loc.line);
    }
    const RenderedFunction created = renderCalls(calls.mid(0, 1), Dialect::SQLite, file);
    const RenderedFunction rest = renderCalls(calls.mid(1), Dialect::SQLite, file);
    for (const RenderedFunction *r : {&created, &rest})
        if (r->notRenderable)
            return makeError(ErrorKind::Parse,
                             Tr::tr("batch mode: %1").arg(r->notRenderable->reason), file,
                             r->notRenderable->loc.line);
    QStringList out;
    for (const RenderedStatement &s : created.statements)
        out << s.sql;
    out += insert;
    for (const RenderedStatement &s : rest.statements)
        out << s.sql;
    return out;
}

} // namespace retort::schema
