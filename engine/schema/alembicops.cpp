// Which change of a diff becomes which Alembic operation. A change holds the statements of
// its SQL as op.execute() calls (diffchanges.cpp); each statement that one operation says
// exactly is replaced by it, read from the snapshots' objects (the statement is only matched,
// never parsed for what the objects already say), and every other statement stays
// op.execute(), in its place. The result must render through render::renderCalls(), else the
// change keeps its op.execute() calls.

#include "schema/alembicops.h"

#include "render/renderer.h"
#include "schema/diff_p.h"
#include "schema/pgddl_p.h"

#include <QSet>

#include <algorithm>

namespace retort::schema {

using namespace detail;
using render::Construct;
using render::KwArg;
using render::OpCall;
using render::Value;

namespace {

const QString kSa = QStringLiteral("sqlalchemy.");

Value str(const QString &s)
{
    return Value::string(s);
}

Value sa(const QString &name, QList<Value> args = {}, QList<KwArg> kwargs = {})
{
    Construct c;
    c.type = kSa + name;
    c.called = true;
    c.args = std::move(args);
    c.kwargs = std::move(kwargs);
    return Value::construct(std::move(c));
}

Value strList(const QStringList &names)
{
    QList<Value> items;
    for (const QString &n : names)
        items << str(n);
    return Value::list(items);
}

OpCall op(const QString &name, QList<Value> args, QList<KwArg> kwargs = {})
{
    OpCall c;
    c.name = name;
    c.args = std::move(args);
    c.kwargs = std::move(kwargs);
    return c;
}

/** SQL text as sa.text() needs it (":name" escaped), as op.execute() takes it. */
QString textSql(const QString &sql)
{
    return executeOp(sql).args.first().str();
}

Value textValue(const QString &sql)
{
    return sa(QStringLiteral("text"), {str(textSql(sql))});
}

QString unquoted(const QString &ident)
{
    if (ident.size() >= 2 && ident.startsWith(QLatin1Char('"')) && ident.endsWith(QLatin1Char('"')))
        return ident.mid(1, ident.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return ident;
}

/** `text` as one identifier, spelled as PostgreSQL prints it (quoted only when needed). */
std::optional<QString> identifier(const QString &text)
{
    const QString name = unquoted(text.trimmed());
    if (name.isEmpty() || qi(name) != text.trimmed())
        return std::nullopt;
    return name;
}

/** The items of a comma-separated list, split outside parentheses and quotes. */
QStringList splitTopLevel(const QString &s)
{
    QStringList out;
    QString item;
    int depth = 0;
    QChar quote;
    for (const QChar c : s) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            out << item.trimmed();
            item.clear();
            continue;
        }
        item += c;
    }
    out << item.trimmed();
    return out;
}

/** The position after the parenthesis that closes the one at `open`, or -1. */
qsizetype closing(const QString &s, qsizetype open)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

/** "(a, "B")" as names, or nullopt when an item is not a plain column name. */
std::optional<QStringList> nameList(const QString &parenthesized)
{
    if (!parenthesized.startsWith(QLatin1Char('(')) || !parenthesized.endsWith(QLatin1Char(')')))
        return std::nullopt;
    QStringList out;
    for (const QString &item : splitTopLevel(parenthesized.mid(1, parenthesized.size() - 2))) {
        const auto n = identifier(item);
        if (!n)
            return std::nullopt;
        out << *n;
    }
    return out;
}

/** Whether `o` has only attributes in `known`: an attribute this code does not know (one
 *  a newer snapshot reads) may change what the statement says, so it stays SQL. */
bool onlyKnown(const SchemaObject &o, std::initializer_list<const char *> known)
{
    for (auto it = o.attrs.cbegin(); it != o.attrs.cend(); ++it) {
        bool ok = it.key().startsWith(QLatin1String("identity "));
        for (const char *k : known)
            ok = ok || it.key() == QLatin1StringView(k);
        if (!ok)
            return false;
    }
    return true;
}

/** Retort's renderer writes a comment's backslashes doubled (offline mode's literal), which
 *  an online run would not: such a comment stays SQL. */
bool plainComment(const SchemaObject &o)
{
    return !o.hasComment || !o.comment.contains(QLatin1Char('\\'));
}

QString defaultKey(const SchemaObject &col)
{
    SchemaObject d = col;
    d.kind = ObjectKind::Default;
    return d.key();
}

QString typeMax(const QString &type)
{
    if (type == QLatin1String("smallint"))
        return QStringLiteral("32767");
    if (type == QLatin1String("integer"))
        return QStringLiteral("2147483647");
    if (type == QLatin1String("bigint"))
        return QStringLiteral("9223372036854775807");
    return {};
}

/** sa.Identity() of an identity column, when its options are ones SQLAlchemy's
 *  GENERATED ... AS IDENTITY gives (the sequence named as PostgreSQL names it). */
std::optional<Value> identity(const SchemaObject &col)
{
    const auto v = [&](const char *k) {
        return col.attr(QStringLiteral("identity ") + QLatin1StringView(k));
    };
    SchemaObject seq;
    seq.kind = ObjectKind::Sequence;
    seq.schema = col.schema;
    seq.name = col.table + QLatin1Char('_') + col.name + QStringLiteral("_seq");
    const QString max = typeMax(col.attr(QStringLiteral("type")));
    if (seq.name.toUtf8().size() > 63 || v("name") != seq.displayName() || max.isEmpty() ||
        v("minvalue") != QLatin1String("1") || v("maxvalue") != max ||
        v("cache") != QLatin1String("1") || v("cycle") != QLatin1String("false") ||
        v("increment").toLongLong() <= 0)
        return std::nullopt;
    QList<KwArg> kw{
        {QStringLiteral("always"),
         Value::boolean(col.attr(QStringLiteral("identity")) == QLatin1String("always"))}};
    if (v("start") != QLatin1String("1"))
        kw << KwArg{QStringLiteral("start"), Value::integer(v("start").toLongLong())};
    if (v("increment") != QLatin1String("1"))
        kw << KwArg{QStringLiteral("increment"), Value::integer(v("increment").toLongLong())};
    return sa(QStringLiteral("Identity"), {}, kw);
}

/** sa.Column(...) of a table's column in `in`, with its default; nullopt when SQLAlchemy
 *  cannot say it as the catalog does. */
std::optional<Value> column(const SchemaObject &col, const Snapshot &in, bool withComment)
{
    if (!onlyKnown(col, {"type", "notnull", "identity", "generated"}) ||
        (withComment && !plainComment(col)))
        return std::nullopt;
    if (const SchemaObject *def = in.find(defaultKey(col)); def && !onlyKnown(*def, {"expression"}))
        return std::nullopt;
    const std::optional<Value> type = alembicType(col.attr(QStringLiteral("type")), in);
    if (!type)
        return std::nullopt;
    QList<Value> args{str(col.name), *type};
    QList<KwArg> kw;
    const QString generated = col.attr(QStringLiteral("generated"));
    if (!generated.isEmpty())
        args << sa(QStringLiteral("Computed"), {str(textSql(generated))},
                   {{QStringLiteral("persisted"), Value::boolean(true)}});
    if (!col.attr(QStringLiteral("identity")).isEmpty()) {
        const std::optional<Value> id = identity(col);
        if (!id)
            return std::nullopt;
        args << *id;
    }
    if (const SchemaObject *def = in.find(defaultKey(col)))
        kw << KwArg{QStringLiteral("server_default"),
                    textValue(def->attr(QStringLiteral("expression")))};
    kw << KwArg{QStringLiteral("nullable"), Value::boolean(!col.flag(QStringLiteral("notnull")))};
    if (withComment && col.hasComment)
        kw << KwArg{QStringLiteral("comment"), str(col.comment)};
    return sa(QStringLiteral("Column"), args, kw);
}

QList<KwArg> schemaKw(const QString &schema, const char *name = "schema")
{
    if (schema.isEmpty())
        return {};
    return {{QLatin1StringView(name), str(schema)}};
}

/** The change being turned into operations: its statements, each replaced at most once. */
class Builder
{
public:
    Builder(const Change &c, const Snapshot &from, const Snapshot &to)
        : m_change(c)
        , m_from(from)
        , m_to(to)
        , m_replaced(c.ops.size())
    {
        for (const OpCall &o : c.ops)
            m_sql << (o.name == QLatin1String("execute") && o.args.size() == 1 && o.args[0].isStr()
                          ? o.args[0].str()
                          : QString());
    }

    AlembicChange run();

private:
    /** The index of the statement that is `sql` (escaped as op.execute() holds it). */
    qsizetype find(const QString &sql) const
    {
        const QString escaped = textSql(sql);
        for (qsizetype i = 0; i < m_sql.size(); ++i)
            if (m_replaced[i].isEmpty() && m_sql[i] == escaped)
                return i;
        return -1;
    }
    /** `ops` say what statement `i` says (and `also` statements with it). */
    void replace(qsizetype i, QList<OpCall> ops, const QList<qsizetype> &also = {})
    {
        m_replaced[i] = std::move(ops);
        for (qsizetype j : also) {
            m_dropped.insert(j);
            m_replaced[j] = {OpCall()}; // taken
        }
    }

    void createTable(const SchemaObject &t);
    void addColumn(const SchemaObject &col);
    void createIndex(const SchemaObject &ix);
    void createConstraint(const SchemaObject &k);
    void drop(const SchemaObject &o);
    void columnAlters(const SchemaObject *before, const SchemaObject &col);
    void tableComment(const SchemaObject &t);

    const Change &m_change;
    const Snapshot &m_from;
    const Snapshot &m_to;
    QStringList m_sql;
    QList<QList<OpCall>> m_replaced;
    QSet<qsizetype> m_dropped;
};

void Builder::createTable(const SchemaObject &t)
{
    if (!onlyKnown(t, {"rls", "forcerls", "replica identity"}) || !plainComment(t))
        return; // what else CREATE TABLE says is not SQLAlchemy's
    const QString head = QStringLiteral("CREATE TABLE %1 (").arg(qname(t.schema, t.name));
    if (m_sql.isEmpty() || !m_sql.first().startsWith(textSql(head)))
        return;
    QList<Value> args{str(t.name)};
    QList<qsizetype> comments;
    for (const SchemaObject *c : m_to.children(t.key())) {
        if (c->kind != ObjectKind::Column)
            continue;
        const std::optional<Value> col = column(*c, m_to, true);
        if (!col)
            return;
        args << *col;
        if (c->hasComment) {
            const qsizetype i = find(commentSql(*c));
            if (i < 0)
                return;
            comments << i;
        }
    }
    QList<KwArg> kw = schemaKw(t.schema);
    if (t.hasComment) {
        const qsizetype i = find(commentSql(t));
        if (i < 0)
            return;
        comments << i;
        kw << KwArg{QStringLiteral("comment"), str(t.comment)};
    }
    replace(0, {op(QStringLiteral("create_table"), args, kw)}, comments);
}

void Builder::addColumn(const SchemaObject &col)
{
    const QString head = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 ")
                             .arg(qname(col.schema, col.table), qi(col.name));
    if (m_sql.isEmpty() || !m_sql.first().startsWith(textSql(head)))
        return;
    const std::optional<Value> c = column(col, m_to, true);
    if (!c)
        return;
    QList<qsizetype> also;
    if (col.hasComment) {
        const qsizetype i = find(commentSql(col));
        if (i < 0)
            return;
        also << i;
    }
    replace(0, {op(QStringLiteral("add_column"), {str(col.table), *c}, schemaKw(col.schema))},
            also);
}

void Builder::createIndex(const SchemaObject &ix)
{
    // pg_get_indexdef(): CREATE [UNIQUE] INDEX name ON table USING method (keys)
    // [INCLUDE (...)] [WHERE (...)]; anything else (ONLY, WITH, TABLESPACE, NULLS NOT
    // DISTINCT) stays SQL.
    if (!onlyKnown(ix, {"definition"}))
        return;
    const QString def = ix.attr(QStringLiteral("definition"));
    const qsizetype at = find(def);
    if (at != 0)
        return;
    const bool unique = def.startsWith(QLatin1String("CREATE UNIQUE INDEX "));
    const QString head = QStringLiteral("CREATE %1INDEX %2 ON %3 USING ")
                             .arg(unique ? QStringLiteral("UNIQUE ") : QString(), qi(ix.name),
                                  qname(ix.schema, ix.table));
    if (!def.startsWith(head))
        return;
    const qsizetype open = def.indexOf(QStringLiteral(" ("), head.size());
    if (open < 0)
        return;
    const QString method = def.mid(head.size(), open - head.size());
    const qsizetype close = closing(def, open + 1);
    if (close < 0 || !identifier(method))
        return;
    QList<Value> keys;
    for (const QString &k : splitTopLevel(def.mid(open + 2, close - open - 3))) {
        if (const auto n = identifier(k))
            keys << str(*n);
        else
            keys << textValue(k);
    }
    QString rest = def.mid(close);
    QList<KwArg> kw{{QStringLiteral("unique"), Value::boolean(unique)}};
    kw << schemaKw(ix.schema);
    if (method != QLatin1String("btree"))
        kw << KwArg{QStringLiteral("postgresql_using"), str(method)};
    if (rest.startsWith(QLatin1String(" INCLUDE ("))) {
        const qsizetype end = closing(rest, 9);
        const auto names = end < 0 ? std::nullopt : nameList(rest.mid(9, end - 9));
        if (!names)
            return;
        kw << KwArg{QStringLiteral("postgresql_include"), strList(*names)};
        rest = rest.mid(end);
    }
    if (rest.startsWith(QLatin1String(" WHERE "))) {
        kw << KwArg{QStringLiteral("postgresql_where"), textValue(rest.mid(7))};
        rest.clear();
    }
    if (!rest.isEmpty())
        return;
    replace(0, {op(QStringLiteral("create_index"), {str(ix.name), str(ix.table), Value::list(keys)},
                   kw)});
}

void Builder::createConstraint(const SchemaObject &k)
{
    if (!onlyKnown(k, {"type", "definition", "index options"}))
        return;
    const QString def = k.attr(QStringLiteral("definition"));
    const qsizetype at = find(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                                  .arg(qname(k.schema, k.table), qi(k.name), def));
    if (at != 0)
        return;
    const QString type = k.attr(QStringLiteral("type"));
    const QList<KwArg> schema = schemaKw(k.schema);
    const QList<Value> names{str(k.name), str(k.table)};
    if (type == QLatin1String("p") || type == QLatin1String("u")) {
        const QString word =
            type == QLatin1String("p") ? QStringLiteral("PRIMARY KEY ") : QStringLiteral("UNIQUE ");
        const auto cols =
            def.startsWith(word) ? nameList(def.mid(word.size())) : std::optional<QStringList>();
        if (!cols)
            return;
        replace(at, {op(type == QLatin1String("p") ? QStringLiteral("create_primary_key")
                                                   : QStringLiteral("create_unique_constraint"),
                        names + QList<Value>{strList(*cols)}, schema)});
        return;
    }
    if (type == QLatin1String("c")) {
        // "CHECK (cond)", without NO INHERIT or NOT VALID: SQLAlchemy prints CHECK (cond).
        if (!def.startsWith(QLatin1String("CHECK (")) || closing(def, 6) != def.size())
            return;
        replace(at, {op(QStringLiteral("create_check_constraint"),
                        names + QList<Value>{str(textSql(def.mid(7, def.size() - 8)))}, schema)});
        return;
    }
    if (type != QLatin1String("f") || !def.startsWith(QLatin1String("FOREIGN KEY (")))
        return;
    // FOREIGN KEY (cols) REFERENCES table(cols) [MATCH FULL] [ON UPDATE a] [ON DELETE a]
    // [DEFERRABLE] [INITIALLY DEFERRED]
    const qsizetype localEnd = closing(def, 12);
    const auto local = localEnd < 0 ? std::nullopt : nameList(def.mid(12, localEnd - 12));
    QString rest = def.mid(localEnd);
    if (!local || !rest.startsWith(QLatin1String(" REFERENCES ")))
        return;
    rest = rest.mid(12);
    const qsizetype open = rest.indexOf(QLatin1Char('('));
    if (open < 0)
        return;
    const QStringList parts = rest.left(open).split(QLatin1Char('.'));
    const qsizetype refEnd = closing(rest, open);
    const auto remote = refEnd < 0 ? std::nullopt : nameList(rest.mid(open, refEnd - open));
    if (!remote || parts.size() != 2 || !identifier(parts[0]) || !identifier(parts[1]))
        return;
    rest = rest.mid(refEnd);
    QList<KwArg> kw;
    const auto take = [&rest](const QString &prefix) {
        if (!rest.startsWith(prefix))
            return false;
        rest = rest.mid(prefix.size());
        return true;
    };
    QString match;
    if (take(QStringLiteral(" MATCH FULL")))
        match = QStringLiteral("FULL");
    static const QStringList actions{QStringLiteral("CASCADE"), QStringLiteral("RESTRICT"),
                                     QStringLiteral("SET NULL"), QStringLiteral("SET DEFAULT"),
                                     QStringLiteral("NO ACTION")};
    for (const QString &what : {QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
        for (const QString &a : actions) {
            // "ON DELETE SET NULL (col)" (a column list) is not SQLAlchemy's.
            if (rest.startsWith(QStringLiteral(" ON %1 %2").arg(what, a)) &&
                !rest.mid(5 + what.size() + a.size()).startsWith(QLatin1String(" ("))) {
                take(QStringLiteral(" ON %1 %2").arg(what, a));
                kw << KwArg{what == QLatin1String("UPDATE") ? QStringLiteral("onupdate")
                                                            : QStringLiteral("ondelete"),
                            str(a)};
                break;
            }
        }
    }
    if (take(QStringLiteral(" DEFERRABLE")))
        kw << KwArg{QStringLiteral("deferrable"), Value::boolean(true)};
    if (take(QStringLiteral(" INITIALLY DEFERRED")))
        kw << KwArg{QStringLiteral("initially"), str(QStringLiteral("DEFERRED"))};
    if (!match.isEmpty())
        kw << KwArg{QStringLiteral("match"), str(match)};
    if (!rest.isEmpty())
        return;
    kw << schemaKw(k.schema, "source_schema");
    kw << KwArg{QStringLiteral("referent_schema"), str(*identifier(parts[0]))};
    replace(at, {op(QStringLiteral("create_foreign_key"),
                    {str(k.name), str(k.table), str(*identifier(parts[1])), strList(*local),
                     strList(*remote)},
                    kw)});
}

std::optional<Value> existingType(const SchemaObject *col, const Snapshot &in)
{
    if (!col || !col->attr(QStringLiteral("collation")).isEmpty())
        return std::nullopt;
    return alembicType(col->attr(QStringLiteral("type")), in);
}

void Builder::drop(const SchemaObject &o)
{
    // The statement each operation prints: dropSql() may say more for some objects (a
    // partition's index is renamed back, not dropped), which then stays SQL.
    const QString table = qname(o.schema, o.table);
    QString sql;
    switch (o.kind) {
    case ObjectKind::Table:
        sql = QStringLiteral("DROP TABLE ") + qname(o.schema, o.name);
        break;
    case ObjectKind::Column:
        sql = QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, qi(o.name));
        break;
    case ObjectKind::Index:
        sql = QStringLiteral("DROP INDEX ") + qname(o.schema, o.name);
        break;
    case ObjectKind::Constraint:
        sql = QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, qi(o.name));
        break;
    case ObjectKind::Default:
        sql = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT").arg(table, qi(o.name));
        break;
    default:
        return;
    }
    const qsizetype at = find(sql);
    if (at < 0)
        return;
    const QList<KwArg> schema = schemaKw(o.schema);
    switch (o.kind) {
    case ObjectKind::Table:
        replace(at, {op(QStringLiteral("drop_table"), {str(o.name)}, schema)});
        break;
    case ObjectKind::Column:
        replace(at, {op(QStringLiteral("drop_column"), {str(o.table), str(o.name)}, schema)});
        break;
    case ObjectKind::Index:
        replace(at, {op(QStringLiteral("drop_index"), {str(o.name)},
                        QList<KwArg>{{QStringLiteral("table_name"), str(o.table)}} + schema)});
        break;
    case ObjectKind::Constraint: {
        const QString t = o.attr(QStringLiteral("type"));
        QList<KwArg> kw;
        const QString type = t == QLatin1String("p")   ? QStringLiteral("primary")
                             : t == QLatin1String("u") ? QStringLiteral("unique")
                             : t == QLatin1String("f") ? QStringLiteral("foreignkey")
                             : t == QLatin1String("c") ? QStringLiteral("check")
                                                       : QString();
        if (!type.isEmpty())
            kw << KwArg{QStringLiteral("type_"), str(type)};
        replace(at,
                {op(QStringLiteral("drop_constraint"), {str(o.name), str(o.table)}, kw + schema)});
        break;
    }
    case ObjectKind::Default: {
        SchemaObject c = o;
        c.kind = ObjectKind::Column;
        QList<KwArg> kw{{QStringLiteral("server_default"), Value()}};
        if (const auto t = existingType(m_from.find(c.key()), m_from))
            kw << KwArg{QStringLiteral("existing_type"), *t};
        replace(at, {op(QStringLiteral("alter_column"), {str(o.table), str(o.name)}, kw + schema)});
        break;
    }
    default:
        break;
    }
}

void Builder::columnAlters(const SchemaObject *before, const SchemaObject &col)
{
    // One op.alter_column() for the type, nullability and default statements, in the order
    // Alembic's PostgreSQL implementation runs them (type, NOT NULL, default, comment).
    const QString table = qname(col.schema, col.table);
    const QString prefix =
        textSql(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(table, qi(col.name)));
    const std::optional<Value> was = existingType(before, m_from);
    const SchemaObject *def = m_to.find(defaultKey(col));
    const SchemaObject *oldDef = m_from.find(defaultKey(col));
    QList<KwArg> kw;
    QList<qsizetype> taken;
    int stage = 0; // what the next statement may set: 1 type, 2 nullable, 3 default, 4 comment
    bool existingNullable = true;
    for (qsizetype i = 0; i < m_sql.size(); ++i) {
        const QString &s = m_sql[i];
        if (!m_replaced[i].isEmpty())
            continue;
        if (s.startsWith(prefix + QStringLiteral("TYPE ")) && stage < 1) {
            const QString type = col.attr(QStringLiteral("type"));
            const QString head =
                prefix + QStringLiteral("TYPE ") + type + QStringLiteral(" USING ");
            const std::optional<Value> to = existingType(&col, m_to);
            if (!s.startsWith(head) || !to || !was)
                return;
            kw << KwArg{QStringLiteral("type_"), *to};
            kw << KwArg{QStringLiteral("postgresql_using"), str(s.mid(head.size()))};
            stage = 1;
        } else if ((s == prefix + QStringLiteral("SET NOT NULL") ||
                    s == prefix + QStringLiteral("DROP NOT NULL")) &&
                   stage < 2) {
            kw << KwArg{QStringLiteral("nullable"),
                        Value::boolean(s.endsWith(QLatin1String("DROP NOT NULL")))};
            existingNullable = false;
            stage = 2;
        } else if (def &&
                   s == textSql(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                                    .arg(table, qi(col.name),
                                         def->attr(QStringLiteral("expression")))) &&
                   stage < 3) {
            kw << KwArg{QStringLiteral("server_default"),
                        textValue(def->attr(QStringLiteral("expression")))};
            stage = 3;
        } else if (s == textSql(commentSql(col)) && plainComment(col) && stage < 4) {
            kw << KwArg{QStringLiteral("comment"), col.hasComment ? str(col.comment) : Value()};
            stage = 4;
        } else if (taken.isEmpty()) {
            continue;
        } else {
            break; // what follows runs after the statements taken so far
        }
        taken << i;
    }
    if (taken.isEmpty())
        return;
    if (was)
        kw << KwArg{QStringLiteral("existing_type"), *was};
    if (existingNullable && before)
        kw << KwArg{QStringLiteral("existing_nullable"),
                    Value::boolean(!before->flag(QStringLiteral("notnull")))};
    if (oldDef && stage != 3)
        kw << KwArg{QStringLiteral("existing_server_default"),
                    textValue(oldDef->attr(QStringLiteral("expression")))};
    kw << schemaKw(col.schema);
    const qsizetype first = taken.takeFirst();
    replace(first, {op(QStringLiteral("alter_column"), {str(col.table), str(col.name)}, kw)},
            taken);
}

void Builder::tableComment(const SchemaObject &t)
{
    if (!plainComment(t))
        return;
    const qsizetype at = find(commentSql(t));
    if (at < 0)
        return;
    const SchemaObject *before = m_from.find(t.key());
    QList<KwArg> kw;
    if (before && before->hasComment)
        kw << KwArg{QStringLiteral("existing_comment"), str(before->comment)};
    kw << schemaKw(t.schema);
    if (t.hasComment)
        replace(at,
                {op(QStringLiteral("create_table_comment"), {str(t.name), str(t.comment)}, kw)});
    else
        replace(at, {op(QStringLiteral("drop_table_comment"), {str(t.name)}, kw)});
}

AlembicChange Builder::run()
{
    const QString key = kindName(m_change.kind) + QLatin1Char(' ') + m_change.object;
    const SchemaObject *was = m_from.find(key);
    const SchemaObject *now = m_to.find(key);
    switch (m_change.action) {
    case Change::Action::Create:
        if (!now)
            break;
        if (now->kind == ObjectKind::Table)
            createTable(*now);
        else if (now->kind == ObjectKind::Column)
            addColumn(*now);
        else if (now->kind == ObjectKind::Index)
            createIndex(*now);
        else if (now->kind == ObjectKind::Constraint)
            createConstraint(*now);
        else if (now->kind == ObjectKind::Default) {
            SchemaObject c = *now;
            c.kind = ObjectKind::Column;
            if (const SchemaObject *col = m_to.find(c.key()))
                columnAlters(m_from.find(c.key()), *col);
        }
        break;
    case Change::Action::Drop:
        if (was)
            drop(*was);
        break;
    case Change::Action::Alter:
        if (!now)
            break;
        if (now->kind == ObjectKind::Column) {
            columnAlters(was, *now);
        } else if (now->kind == ObjectKind::Default) {
            SchemaObject c = *now;
            c.kind = ObjectKind::Column;
            if (const SchemaObject *col = m_to.find(c.key()))
                columnAlters(m_from.find(c.key()), *col);
        } else if (now->kind == ObjectKind::Table) {
            tableComment(*now);
        }
        break;
    }
    AlembicChange out;
    if (m_change.kind == ObjectKind::Enum && m_change.action == Change::Action::Alter &&
        !m_sql.isEmpty() && std::all_of(m_sql.cbegin(), m_sql.cend(), [](const QString &s) {
            return s.startsWith(QLatin1String("ALTER TYPE ")) &&
                   s.contains(QLatin1String(" ADD VALUE "));
        })) {
        // A new value cannot be used in the transaction that adds it: Alembic's way out is
        // an autocommit block (the values are added, and kept, outside the migration's
        // transaction).
        OpCall block;
        block.name = QStringLiteral("autocommit_block");
        block.body = m_change.ops;
        out.ops << block;
        return out;
    }
    for (qsizetype i = 0; i < m_change.ops.size(); ++i) {
        if (m_dropped.contains(i))
            continue;
        if (m_replaced[i].isEmpty()) {
            out.ops << m_change.ops[i];
        } else {
            out.ops << m_replaced[i];
            out.structured = true;
        }
    }
    if (!out.structured)
        return out;
    // What Retort's renderer cannot render, `retort upgrade` could not run natively.
    const render::RenderedFunction r =
        render::renderCalls(out.ops, Dialect::PostgreSQL, QStringLiteral("<diff>"));
    if (r.notRenderable)
        return {m_change.ops, false};
    return out;
}

} // namespace

AlembicChange alembicChange(const Change &change, const Snapshot &from, const Snapshot &to)
{
    if (to.dialect != Dialect::PostgreSQL || from.dialect != Dialect::PostgreSQL)
        return {change.ops, false};
    return Builder(change, from, to).run();
}

} // namespace retort::schema
