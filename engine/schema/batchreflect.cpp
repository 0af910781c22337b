// SQLite batch mode: the table as SQLAlchemy 1.4's SQLite dialect reflects it (its
// get_columns, get_pk_constraint, get_foreign_keys, get_unique_constraints,
// get_check_constraints and get_indexes), which is what Alembic's batch mode starts from.
#include "schema/batchrecreate_p.h"

#include "render/render_p.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace retort::schema::batch {

using namespace Qt::Literals::StringLiterals;
using render::detail::Args;
using render::detail::fail;

namespace {

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
} // namespace

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

} // namespace retort::schema::batch
