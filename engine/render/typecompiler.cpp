// The type compiler: SQLAlchemy 1.4's GenericTypeCompiler, PGTypeCompiler and
// SQLiteTypeCompiler for the types migrations use. A type this table does not list is not
// renderable (never approximated).
#include "core/error.h"
#include "render/render_p.h"

#include <QHash>

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class T {
    Integer,
    BigInteger,
    SmallInteger,
    String,
    Text,
    Char,
    NVarchar,
    NChar,
    Clob,
    Boolean,
    DateTime,
    Datetime,
    Timestamp,
    PgTimestamp,
    Date,
    Time,
    PgTime,
    Interval,
    PgInterval,
    LargeBinary,
    Blob,
    Bytea,
    Numeric,
    Decimal,
    Float,
    Real,
    DoublePrecision,
    Json,
    Jsonb,
    Uuid,
    Array,
    PgArray,
    Enum,
    PgEnum,
    PgSimple, ///< a PostgreSQL type spelled as its name (INET, CIDR, ...)
};

struct Known
{
    T kind;
    const char *spelling; ///< PgSimple and fixed names
};

const QHash<QString, Known> &knownTypes()
{
    static const QHash<QString, Known> types = [] {
        QHash<QString, Known> h;
        const auto sa = [&h](const char *n, T k, const char *sp = "") {
            h.insert(u"sqlalchemy."_s + QLatin1StringView(n), Known{k, sp});
        };
        const auto pg = [&h](const char *n, T k, const char *sp = "") {
            h.insert(u"sqlalchemy.dialects.postgresql."_s + QLatin1StringView(n), Known{k, sp});
        };
        sa("Integer", T::Integer, "INTEGER");
        sa("INTEGER", T::Integer, "INTEGER");
        sa("INT", T::Integer, "INTEGER");
        sa("BigInteger", T::BigInteger, "BIGINT");
        sa("BIGINT", T::BigInteger, "BIGINT");
        sa("SmallInteger", T::SmallInteger, "SMALLINT");
        sa("SMALLINT", T::SmallInteger, "SMALLINT");
        sa("String", T::String, "VARCHAR");
        sa("VARCHAR", T::String, "VARCHAR");
        sa("Unicode", T::String, "VARCHAR");
        sa("Text", T::Text, "TEXT");
        sa("TEXT", T::Text, "TEXT");
        sa("UnicodeText", T::Text, "TEXT");
        sa("CHAR", T::Char, "CHAR");
        sa("NVARCHAR", T::NVarchar, "NVARCHAR");
        sa("NCHAR", T::NChar, "NCHAR");
        sa("CLOB", T::Clob, "CLOB");
        sa("Boolean", T::Boolean, "BOOLEAN");
        sa("BOOLEAN", T::Boolean, "BOOLEAN");
        sa("DateTime", T::DateTime);
        sa("DATETIME", T::Datetime);
        sa("TIMESTAMP", T::Timestamp);
        sa("Date", T::Date, "DATE");
        sa("DATE", T::Date, "DATE");
        sa("Time", T::Time);
        sa("TIME", T::Time);
        sa("Interval", T::Interval);
        sa("LargeBinary", T::LargeBinary);
        sa("BLOB", T::Blob, "BLOB");
        sa("Numeric", T::Numeric, "NUMERIC");
        sa("NUMERIC", T::Numeric, "NUMERIC");
        sa("DECIMAL", T::Decimal, "DECIMAL");
        sa("Float", T::Float, "FLOAT");
        sa("FLOAT", T::Float, "FLOAT");
        sa("REAL", T::Real, "REAL");
        sa("JSON", T::Json, "JSON");
        sa("ARRAY", T::Array);
        sa("Enum", T::Enum);
        pg("INTEGER", T::Integer, "INTEGER");
        pg("BIGINT", T::BigInteger, "BIGINT");
        pg("SMALLINT", T::SmallInteger, "SMALLINT");
        pg("VARCHAR", T::String, "VARCHAR");
        pg("TEXT", T::Text, "TEXT");
        pg("CHAR", T::Char, "CHAR");
        pg("BOOLEAN", T::Boolean, "BOOLEAN");
        pg("DATE", T::Date, "DATE");
        pg("NUMERIC", T::Numeric, "NUMERIC");
        pg("FLOAT", T::Float, "FLOAT");
        pg("REAL", T::Real, "REAL");
        pg("TIMESTAMP", T::PgTimestamp);
        pg("TIME", T::PgTime);
        pg("INTERVAL", T::PgInterval);
        pg("BYTEA", T::Bytea, "BYTEA");
        pg("DOUBLE_PRECISION", T::DoublePrecision, "DOUBLE PRECISION");
        pg("JSON", T::Json, "JSON");
        pg("JSONB", T::Jsonb, "JSONB");
        pg("UUID", T::Uuid, "UUID");
        pg("ARRAY", T::PgArray);
        pg("ENUM", T::PgEnum);
        for (const char *n :
             {"INET", "CIDR", "MACADDR", "MONEY", "OID", "REGCLASS", "TSVECTOR", "HSTORE",
              "INT4RANGE", "INT8RANGE", "NUMRANGE", "DATERANGE", "TSRANGE", "TSTZRANGE"})
            pg(n, T::PgSimple, n);
        return h;
    }();
    return types;
}

bool isPgOnly(T k)
{
    switch (k) {
    case T::PgTimestamp:
    case T::PgTime:
    case T::PgInterval:
    case T::Bytea:
    case T::DoublePrecision:
    case T::Jsonb:
    case T::Uuid:
    case T::PgArray:
    case T::PgSimple:
    case T::Array:
    case T::PgEnum:
        return true;
    default:
        return false;
    }
}

QString optInt(const Args &a, const QString &name)
{
    const Value *v = a.get(name);
    if (!v || v->isNone())
        return {};
    requireKnown(*v);
    if (v->kind() != Value::Kind::Int)
        fail(a.loc(), Tr::tr("%1: '%2' must be an integer").arg(a.what(), name));
    return QString::number(v->toInt());
}

bool optFlag(const Args &a, const QString &name, bool def)
{
    const auto b = a.boolean(name);
    return b ? *b : def;
}

/** Fails when a keyword that changes nothing we can render is set to a non-default. */
void rejectSet(const Args &a, const QString &name)
{
    if (a.given(name))
        fail(a.loc(), Tr::tr("%1: keyword '%2' is not supported").arg(a.what(), name));
}

QString timeZone(bool tz)
{
    return tz ? u" WITH TIME ZONE"_s : u" WITHOUT TIME ZONE"_s;
}

TypeInfo compileEnum(const Construct &c, T kind, Dialect d, SourceLoc loc, bool existing)
{
    const QString what = displayName(c.type) + u"()"_s;
    const Args a(what, loc, {}, c.kwargs,
                 {u"name"_s, u"schema"_s, u"native_enum"_s, u"create_constraint"_s, u"length"_s,
                  u"create_type"_s, u"inherit_schema"_s, u"validate_strings"_s, u"metadata"_s,
                  u"values_callable"_s},
                 0);
    // The positional arguments are the values; every named parameter is keyword-only.
    TypeInfo t;
    t.affinity = TypeInfo::Affinity::Enum;
    for (const Value &v : c.args) {
        requireKnown(v);
        if (!v.isStr())
            fail(loc, Tr::tr("%1: the values must be strings").arg(what));
        t.enumValues << v.str();
    }
    if (a.given(u"metadata"_s) || a.given(u"values_callable"_s) ||
        optFlag(a, u"inherit_schema"_s, false))
        fail(loc, Tr::tr("%1: keyword '%2' is not supported")
                      .arg(what, a.given(u"metadata"_s)          ? u"metadata"_s
                                 : a.given(u"values_callable"_s) ? u"values_callable"_s
                                                                 : u"inherit_schema"_s));
    const bool createConstraint = optFlag(a, u"create_constraint"_s, false);
    t.enumName = a.name(u"name"_s).value_or(QString());
    t.enumSchema = a.name(u"schema"_s).value_or(QString());
    t.nativeEnum = optFlag(a, u"native_enum"_s, true);
    // sa.Enum ignores create_type; postgresql.ENUM honours it.
    t.createType = kind == T::PgEnum ? optFlag(a, u"create_type"_s, true) : true;
    qsizetype length = 0;
    for (const QString &v : std::as_const(t.enumValues))
        length = std::max(length, v.size());
    const QString lengthArg = optInt(a, u"length"_s);
    if (!lengthArg.isEmpty() && !t.nativeEnum) {
        if (lengthArg.toLongLong() < length)
            fail(loc, Tr::tr("%1: length is shorter than the longest value").arg(what));
        length = lengthArg.toLongLong();
    }
    if (d == Dialect::PostgreSQL && (t.nativeEnum || kind == T::PgEnum)) {
        if (t.enumName.isEmpty() && !existing)
            fail(loc, Tr::tr("%1: a PostgreSQL ENUM type requires a name").arg(what));
        t.isPgEnum = true;
        t.sql = tableName(d, t.enumSchema, t.enumName);
    } else {
        t.sql = u"VARCHAR(%1)"_s.arg(length);
        t.affinity = TypeInfo::Affinity::String;
        // SQLAlchemy's Enum._should_create_constraint: not a native type here.
        t.typeCheck = createConstraint;
        if (t.typeCheck)
            t.typeCheckName = a.objectName(u"name"_s, d, false);
    }
    return t;
}

} // namespace

TypeInfo compileType(const Value &v, Dialect d, bool existing)
{
    requireKnown(v);
    const Construct *c = v.construct();
    if (!c)
        fail({}, Tr::tr("a %1 is not a column type").arg(kindName(v)));
    if (c->type == u".with_variant"_s && c->receiver) {
        const Args a(u".with_variant()"_s, c->loc, c->args, c->kwargs,
                     {u"type_"_s, u"dialect_name"_s}, 2);
        const QString dn = a.requiredName(u"dialect_name"_s);
        if (dn == dialect::name(d))
            return compileType(*a.get(u"type_"_s), d, existing);
        return compileType(*c->receiver, d, existing);
    }
    const auto it = knownTypes().constFind(c->type);
    if (it == knownTypes().constEnd()) {
        if (c->type == u"sqlalchemy.dialects.postgresql.CITEXT"_s)
            fail(c->loc, Tr::tr("postgresql.CITEXT is not known to SQLAlchemy 1.4"));
        fail(c->loc, Tr::tr("%1 is not supported").arg(c->type));
    }
    const T kind = it->kind;
    if (d == Dialect::SQLite && isPgOnly(kind) && kind != T::Array)
        fail(c->loc, Tr::tr("%1 cannot be rendered for SQLite").arg(displayName(c->type)));
    if (d == Dialect::SQLite && kind == T::Array)
        fail(c->loc, Tr::tr("sa.ARRAY cannot be rendered for SQLite"));
    if (kind == T::Enum || kind == T::PgEnum)
        return compileEnum(*c, kind, d, c->loc, existing);

    const QString what = displayName(c->type) + u"()"_s;
    const QString spelling = QLatin1StringView(it->spelling);
    TypeInfo t;
    const auto lengthed = [&](QStringList extra = {}) {
        const Args a(what, c->loc, c->args, c->kwargs,
                     QStringList{u"length"_s, u"collation"_s} + extra, 0);
        rejectSet(a, u"collation"_s);
        const QString n = optInt(a, u"length"_s);
        return n.isEmpty() ? spelling : spelling + u'(' + n + u')';
    };
    switch (kind) {
    case T::Integer:
    case T::BigInteger:
    case T::SmallInteger: {
        const Args a(what, c->loc, c->args, c->kwargs, {}, 0);
        t.sql = spelling;
        t.affinity = TypeInfo::Affinity::Integer;
        t.bigInteger = kind == T::BigInteger;
        t.smallInteger = kind == T::SmallInteger;
        return t;
    }
    case T::String:
    case T::Text:
    case T::Char:
    case T::NVarchar:
    case T::NChar:
    case T::Clob:
        t.sql = lengthed();
        t.affinity = TypeInfo::Affinity::String;
        return t;
    case T::Boolean: {
        const Args a(what, c->loc, c->args, c->kwargs, {u"create_constraint"_s, u"name"_s}, 0);
        // Boolean._should_create_constraint: only where the dialect has no native boolean.
        t.typeCheck = optFlag(a, u"create_constraint"_s, false) && d == Dialect::SQLite;
        if (t.typeCheck)
            t.typeCheckName = a.objectName(u"name"_s, d, false);
        t.sql = spelling;
        t.affinity = TypeInfo::Affinity::Boolean;
        return t;
    }
    case T::DateTime:
    case T::Datetime:
    case T::Timestamp:
    case T::Time: {
        const Args a(what, c->loc, c->args, c->kwargs, {u"timezone"_s}, 0);
        const bool tz = optFlag(a, u"timezone"_s, false);
        t.affinity = TypeInfo::Affinity::DateTime;
        const bool time = kind == T::Time;
        if (d == Dialect::SQLite)
            t.sql = kind == T::DateTime    ? u"DATETIME"_s
                    : kind == T::Datetime  ? u"DATETIME"_s
                    : kind == T::Timestamp ? u"TIMESTAMP"_s
                                           : u"TIME"_s;
        else if (kind == T::Datetime)
            t.sql = u"DATETIME"_s;
        else
            t.sql = (time ? u"TIME"_s : u"TIMESTAMP"_s) + timeZone(tz);
        return t;
    }
    case T::PgTimestamp:
    case T::PgTime: {
        const Args a(what, c->loc, c->args, c->kwargs, {u"timezone"_s, u"precision"_s}, 0);
        const QString p = optInt(a, u"precision"_s);
        t.affinity = TypeInfo::Affinity::DateTime;
        t.sql = (kind == T::PgTime ? u"TIME"_s : u"TIMESTAMP"_s) +
                (p.isEmpty() ? QString() : u'(' + p + u')') +
                timeZone(optFlag(a, u"timezone"_s, false));
        return t;
    }
    case T::Date: {
        const Args a(what, c->loc, c->args, c->kwargs, {}, 0);
        t.sql = spelling;
        t.affinity = TypeInfo::Affinity::DateTime;
        return t;
    }
    case T::Interval: {
        const Args a(what, c->loc, c->args, c->kwargs,
                     {u"native"_s, u"second_precision"_s, u"day_precision"_s}, 0);
        if (!optFlag(a, u"native"_s, true))
            fail(c->loc, Tr::tr("%1: native=False is not supported").arg(what));
        // PostgreSQL adapts it to INTERVAL(precision=second_precision); day_precision is
        // Oracle's only.
        t.sql = d == Dialect::PostgreSQL ? u"INTERVAL"_s : u"DATETIME"_s;
        const QString p = optInt(a, u"second_precision"_s);
        if (d == Dialect::PostgreSQL && !p.isEmpty())
            t.sql += u" ("_s + p + u')';
        return t;
    }
    case T::PgInterval: {
        const Args a(what, c->loc, c->args, c->kwargs, {u"precision"_s, u"fields"_s}, 0);
        t.sql = u"INTERVAL"_s;
        if (const auto f = a.name(u"fields"_s))
            t.sql += u' ' + *f;
        const QString p = optInt(a, u"precision"_s);
        if (!p.isEmpty())
            t.sql += u" ("_s + p + u')';
        return t;
    }
    case T::LargeBinary:
    case T::Blob:
    case T::Bytea: {
        const Args a(what, c->loc, c->args, c->kwargs, {u"length"_s}, 0);
        if (kind == T::Blob)
            t.sql = u"BLOB"_s;
        else
            t.sql = d == Dialect::PostgreSQL ? u"BYTEA"_s : u"BLOB"_s;
        return t;
    }
    case T::Numeric:
    case T::Decimal: {
        const Args a(what, c->loc, c->args, c->kwargs,
                     {u"precision"_s, u"scale"_s, u"decimal_return_scale"_s, u"asdecimal"_s}, 0);
        const QString p = optInt(a, u"precision"_s);
        const QString s = optInt(a, u"scale"_s);
        t.affinity = TypeInfo::Affinity::Numeric;
        if (p.isEmpty())
            t.sql = spelling;
        else if (s.isEmpty())
            t.sql = spelling + u'(' + p + u')';
        else
            t.sql = spelling + u'(' + p + u", "_s + s + u')';
        return t;
    }
    case T::Float:
    case T::Real:
    case T::DoublePrecision: {
        const Args a(what, c->loc, c->args, c->kwargs,
                     {u"precision"_s, u"asdecimal"_s, u"decimal_return_scale"_s}, 0);
        const QString p = optInt(a, u"precision"_s);
        t.affinity = TypeInfo::Affinity::Numeric;
        if (kind == T::Float && !p.isEmpty())
            t.sql = spelling + u'(' + p + u')';
        else
            t.sql = spelling;
        return t;
    }
    case T::Json:
    case T::Jsonb: {
        const Args a(what, c->loc, c->args, c->kwargs,
                     QStringList{u"none_as_null"_s, u"astext_type"_s}, 0);
        t.sql = spelling;
        t.affinity = TypeInfo::Affinity::Json;
        return t;
    }
    case T::Uuid: {
        const Args a(what, c->loc, c->args, c->kwargs, {u"as_uuid"_s}, 0);
        t.sql = spelling;
        return t;
    }
    case T::PgSimple: {
        const Args a(what, c->loc, c->args, c->kwargs, {}, 0);
        t.sql = spelling;
        return t;
    }
    case T::Array:
    case T::PgArray: {
        const Args a(what, c->loc, c->args, c->kwargs,
                     {u"item_type"_s, u"as_tuple"_s, u"dimensions"_s, u"zero_indexes"_s}, 1);
        const TypeInfo item = compileType(*a.get(u"item_type"_s), d);
        if (item.isPgEnum || item.affinity == TypeInfo::Affinity::Enum)
            fail(c->loc, Tr::tr("%1: an ARRAY of Enum is not supported").arg(what));
        const QString dims = optInt(a, u"dimensions"_s);
        const qint64 n = dims.isEmpty() ? 1 : std::max<qint64>(dims.toLongLong(), 1);
        t.sql = item.sql;
        for (qint64 i = 0; i < n; ++i)
            t.sql += u"[]"_s;
        return t;
    }
    case T::Enum:
    case T::PgEnum:
        break;
    }
    fail(c->loc, Tr::tr("%1 is not supported").arg(c->type));
}

} // namespace retort::render::detail
