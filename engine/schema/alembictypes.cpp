// Column types as SQLAlchemy 1.4's PostgreSQL dialect reflects them (ischema_names,
// PGDialect._get_column_info) and Alembic 1.8 renders them (autogenerate.render._repr_type:
// "sa." for generic types, "postgresql." for the dialect's), and the Python text of the
// operations, as autogenerate writes it.

#include "schema/alembicops.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace retort::schema {

using render::Construct;
using render::KwArg;
using render::OpCall;
using render::Value;

namespace {

const QString kSa = QStringLiteral("sqlalchemy.");
const QString kPg = QStringLiteral("sqlalchemy.dialects.postgresql.");

Value call(const QString &type, QList<Value> args = {}, QList<KwArg> kwargs = {})
{
    Construct c;
    c.type = type;
    c.called = true;
    c.args = std::move(args);
    c.kwargs = std::move(kwargs);
    return Value::construct(std::move(c));
}

Value intValue(const QString &digits)
{
    return Value::integer(digits.toLongLong());
}

/** The type of a format_type() text without array brackets. */
std::optional<Value> scalarType(const QString &t, const Snapshot &in)
{
    // Spelled as their name, without arguments: the class that ischema_names maps them to.
    static const QHash<QString, QString> plain = {
        {QStringLiteral("smallint"), kSa + QStringLiteral("SMALLINT")},
        {QStringLiteral("integer"), kSa + QStringLiteral("INTEGER")},
        {QStringLiteral("bigint"), kSa + QStringLiteral("BIGINT")},
        {QStringLiteral("real"), kSa + QStringLiteral("REAL")},
        {QStringLiteral("numeric"), kSa + QStringLiteral("NUMERIC")},
        {QStringLiteral("character varying"), kSa + QStringLiteral("VARCHAR")},
        {QStringLiteral("text"), kSa + QStringLiteral("TEXT")},
        {QStringLiteral("boolean"), kSa + QStringLiteral("BOOLEAN")},
        {QStringLiteral("date"), kSa + QStringLiteral("DATE")},
        {QStringLiteral("bytea"), kPg + QStringLiteral("BYTEA")},
        {QStringLiteral("uuid"), kPg + QStringLiteral("UUID")},
        {QStringLiteral("inet"), kPg + QStringLiteral("INET")},
        {QStringLiteral("cidr"), kPg + QStringLiteral("CIDR")},
        {QStringLiteral("macaddr"), kPg + QStringLiteral("MACADDR")},
        {QStringLiteral("macaddr8"), kPg + QStringLiteral("MACADDR8")},
        {QStringLiteral("money"), kPg + QStringLiteral("MONEY")},
        {QStringLiteral("oid"), kPg + QStringLiteral("OID")},
        {QStringLiteral("regclass"), kPg + QStringLiteral("REGCLASS")},
        {QStringLiteral("tsvector"), kPg + QStringLiteral("TSVECTOR")},
        {QStringLiteral("int4range"), kPg + QStringLiteral("INT4RANGE")},
        {QStringLiteral("int8range"), kPg + QStringLiteral("INT8RANGE")},
        {QStringLiteral("numrange"), kPg + QStringLiteral("NUMRANGE")},
        {QStringLiteral("daterange"), kPg + QStringLiteral("DATERANGE")},
        {QStringLiteral("tsrange"), kPg + QStringLiteral("TSRANGE")},
        {QStringLiteral("tstzrange"), kPg + QStringLiteral("TSTZRANGE")},
    };
    if (const auto it = plain.constFind(t); it != plain.constEnd())
        return call(*it);
    if (t == QLatin1String("double precision"))
        return call(kPg + QStringLiteral("DOUBLE_PRECISION"), {},
                    {{QStringLiteral("precision"), Value::integer(53)}});
    if (t == QLatin1String("json") || t == QLatin1String("jsonb"))
        return call(kPg + t.toUpper(), {},
                    {{QStringLiteral("astext_type"), call(kSa + QStringLiteral("Text"))}});
    static const QRegularExpression sized(
        QStringLiteral("^(character varying|character|bit|bit varying)\\((\\d+)\\)$"));
    if (const auto m = sized.match(t); m.hasMatch()) {
        const QString base = m.captured(1);
        const KwArg length{QStringLiteral("length"), intValue(m.captured(2))};
        if (base == QLatin1String("character varying"))
            return call(kSa + QStringLiteral("VARCHAR"), {}, {length});
        if (base == QLatin1String("character"))
            return call(kSa + QStringLiteral("CHAR"), {}, {length});
        QList<KwArg> kw{length};
        if (base == QLatin1String("bit varying"))
            kw << KwArg{QStringLiteral("varying"), Value::boolean(true)};
        return call(kPg + QStringLiteral("BIT"), {}, kw);
    }
    static const QRegularExpression numeric(QStringLiteral("^numeric\\((\\d+),(\\d+)\\)$"));
    if (const auto m = numeric.match(t); m.hasMatch())
        return call(kSa + QStringLiteral("NUMERIC"), {},
                    {{QStringLiteral("precision"), intValue(m.captured(1))},
                     {QStringLiteral("scale"), intValue(m.captured(2))}});
    // timestamp(3) with time zone, time without time zone, ...
    static const QRegularExpression temporal(
        QStringLiteral("^(timestamp|time)(?:\\((\\d+)\\))? (with|without) time zone$"));
    if (const auto m = temporal.match(t); m.hasMatch()) {
        QList<KwArg> kw;
        if (m.captured(3) == QLatin1String("with"))
            kw << KwArg{QStringLiteral("timezone"), Value::boolean(true)};
        if (!m.captured(2).isEmpty())
            kw << KwArg{QStringLiteral("precision"), intValue(m.captured(2))};
        return call(kPg + m.captured(1).toUpper(), {}, kw);
    }
    static const QRegularExpression interval(QStringLiteral("^interval(?:\\((\\d+)\\))?$"));
    if (const auto m = interval.match(t); m.hasMatch()) {
        QList<KwArg> kw;
        if (!m.captured(1).isEmpty())
            kw << KwArg{QStringLiteral("precision"), intValue(m.captured(1))};
        return call(kPg + QStringLiteral("INTERVAL"), {}, kw);
    }
    // An enum of the snapshot: it exists when the column is made (the diff creates it first),
    // so the column must not create it again.
    for (const SchemaObject &o : in.objects()) {
        if (o.kind != ObjectKind::Enum || o.displayName() != t)
            continue;
        QList<Value> labels;
        const QJsonArray a =
            QJsonDocument::fromJson(o.attr(QStringLiteral("labels")).toUtf8()).array();
        for (const auto &v : a)
            labels << Value::string(v.toString());
        QList<KwArg> kw{{QStringLiteral("name"), Value::string(o.name)}};
        if (!o.schema.isEmpty())
            kw << KwArg{QStringLiteral("schema"), Value::string(o.schema)};
        kw << KwArg{QStringLiteral("create_type"), Value::boolean(false)};
        return call(kPg + QStringLiteral("ENUM"), labels, kw);
    }
    return std::nullopt;
}

/** Python's repr() of a str. */
QString pyRepr(const QString &s)
{
    const QChar quote = s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"'))
                            ? QLatin1Char('"')
                            : QLatin1Char('\'');
    QString out = quote;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == quote)
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + quote;
}

/** Multi-line SQL (op.execute) in triple quotes, as changesAlembic() always wrote it. */
QString sqlString(const QString &s)
{
    if (!s.contains(QLatin1Char('\n'))) {
        QString body;
        for (const QChar c : s) {
            if (c == QLatin1Char('\\'))
                body += QStringLiteral("\\\\");
            else if (c == QLatin1Char('"'))
                body += QStringLiteral("\\\"");
            else if (c == QLatin1Char('\t'))
                body += QStringLiteral("\\t");
            else if (c == QLatin1Char('\r'))
                body += QStringLiteral("\\r");
            else
                body += c;
        }
        return QLatin1Char('"') + body + QLatin1Char('"');
    }
    QString body;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\'))
            body += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\t'))
            body += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            body += QStringLiteral("\\r");
        else
            body += c;
    }
    body.replace(QStringLiteral("\"\"\""), QStringLiteral("\\\"\\\"\\\""));
    if (body.endsWith(QLatin1Char('"')))
        body.insert(body.size() - 1, QLatin1Char('\\'));
    return QStringLiteral("\"\"\"") + body + QStringLiteral("\"\"\"");
}

QString pyName(const QString &type)
{
    if (type.startsWith(kPg))
        return QStringLiteral("postgresql.") + type.mid(kPg.size());
    if (type.startsWith(kSa))
        return QStringLiteral("sa.") + type.mid(kSa.size());
    return type;
}

QString pyValue(const Value &v);

QString pyArgs(const QList<Value> &args, const QList<KwArg> &kwargs)
{
    QStringList parts;
    for (const Value &a : args)
        parts << pyValue(a);
    for (const KwArg &k : kwargs)
        parts << k.name + QLatin1Char('=') + pyValue(k.value);
    return parts.join(QStringLiteral(", "));
}

QString pyValue(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None:
        return QStringLiteral("None");
    case Value::Kind::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Kind::Int:
        return QString::number(v.toInt());
    case Value::Kind::Float:
        return v.str();
    case Value::Kind::Str:
        return pyRepr(v.str());
    case Value::Kind::List:
    case Value::Kind::Tuple: {
        QStringList items;
        for (const Value &i : v.items())
            items << pyValue(i);
        if (v.kind() == Value::Kind::List)
            return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
        return QLatin1Char('(') + items.join(QStringLiteral(", ")) +
               (items.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
    }
    case Value::Kind::Dict: {
        QStringList items;
        for (const auto &[key, value] : v.entries())
            items << pyValue(key) + QStringLiteral(": ") + pyValue(value);
        return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case Value::Kind::Construct: {
        const Construct *c = v.construct();
        const QString name = pyName(c->type);
        return c->called ? name + QLatin1Char('(') + pyArgs(c->args, c->kwargs) + QLatin1Char(')')
                         : name;
    }
    case Value::Kind::Unknown:
        break;
    }
    return QStringLiteral("None");
}

void collectModules(const Value &v, bool &sa, bool &pg)
{
    if (const Construct *c = v.construct()) {
        sa = sa || (c->type.startsWith(kSa) && !c->type.startsWith(kPg));
        pg = pg || c->type.startsWith(kPg);
        for (const Value &a : c->args)
            collectModules(a, sa, pg);
        for (const KwArg &k : c->kwargs)
            collectModules(k.value, sa, pg);
    }
    for (const Value &i : v.items())
        collectModules(i, sa, pg);
}

} // namespace

std::optional<Value> alembicType(const QString &pgType, const Snapshot &in)
{
    if (pgType.endsWith(QLatin1String("[]"))) {
        // format_type() prints one pair of brackets whatever the dimensions; reflection gives
        // ARRAY(item) and CREATE TABLE prints item[].
        const QString item = pgType.left(pgType.size() - 2);
        if (item.endsWith(QLatin1String("[]")))
            return std::nullopt;
        const std::optional<Value> t = scalarType(item, in);
        if (!t)
            return std::nullopt;
        return call(kPg + QStringLiteral("ARRAY"), {*t});
    }
    return scalarType(pgType, in);
}

QString pythonValue(const Value &value)
{
    return pyValue(value);
}

QString pythonOpCall(const OpCall &c)
{
    if (c.name == QLatin1String("execute") && c.args.size() == 1 && c.kwargs.isEmpty() &&
        c.args.first().isStr())
        return QStringLiteral("    op.execute(%1)\n").arg(sqlString(c.args.first().str()));
    if (c.name == QLatin1String("autocommit_block")) {
        QString out = QStringLiteral("    with op.get_context().autocommit_block():\n");
        for (const OpCall &b : c.body)
            out += QStringLiteral("    ") + pythonOpCall(b);
        return out;
    }
    if (c.name == QLatin1String("create_table")) {
        // Autogenerate's layout: the table name on the first line, one item a line.
        QStringList lines;
        for (qsizetype i = 1; i < c.args.size(); ++i)
            lines << QStringLiteral("    ") + pyValue(c.args[i]);
        for (const KwArg &k : c.kwargs)
            lines << QStringLiteral("    ") + k.name + QLatin1Char('=') + pyValue(k.value);
        QString out = QStringLiteral("    op.create_table(") + pyValue(c.args.value(0));
        if (!lines.isEmpty())
            out += QStringLiteral(",\n") + lines.join(QStringLiteral(",\n"));
        return out + QStringLiteral("\n    )\n");
    }
    return QStringLiteral("    op.%1(%2)\n").arg(c.name, pyArgs(c.args, c.kwargs));
}

QStringList pythonImports(const QList<OpCall> &calls)
{
    bool sa = false;
    bool pg = false;
    for (const OpCall &c : calls) {
        for (const Value &a : c.args)
            collectModules(a, sa, pg);
        for (const KwArg &k : c.kwargs)
            collectModules(k.value, sa, pg);
    }
    QStringList out;
    if (sa)
        out << QStringLiteral("import sqlalchemy as sa");
    if (pg)
        out << QStringLiteral("from sqlalchemy.dialects import postgresql");
    return out;
}

} // namespace retort::schema
