#include "dialect.h"

#include <QSet>

namespace retort::dialect {

namespace {

// The reserved words of SQLAlchemy 1.4's PostgreSQL and SQLite identifier preparers: a name
// among them is quoted.
const QSet<QString> &postgresqlReserved()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"all",
                              "analyse",
                              "analyze",
                              "and",
                              "any",
                              "array",
                              "as",
                              "asc",
                              "asymmetric",
                              "authorization",
                              "between",
                              "binary",
                              "both",
                              "case",
                              "cast",
                              "check",
                              "collate",
                              "column",
                              "constraint",
                              "create",
                              "cross",
                              "current_catalog",
                              "current_date",
                              "current_role",
                              "current_schema",
                              "current_time",
                              "current_timestamp",
                              "current_user",
                              "default",
                              "deferrable",
                              "desc",
                              "distinct",
                              "do",
                              "else",
                              "end",
                              "except",
                              "false",
                              "fetch",
                              "for",
                              "foreign",
                              "freeze",
                              "from",
                              "full",
                              "grant",
                              "group",
                              "having",
                              "ilike",
                              "in",
                              "initially",
                              "inner",
                              "intersect",
                              "into",
                              "is",
                              "isnull",
                              "join",
                              "leading",
                              "left",
                              "like",
                              "limit",
                              "localtime",
                              "localtimestamp",
                              "natural",
                              "new",
                              "not",
                              "notnull",
                              "null",
                              "of",
                              "off",
                              "offset",
                              "old",
                              "on",
                              "only",
                              "or",
                              "order",
                              "outer",
                              "over",
                              "overlaps",
                              "placing",
                              "primary",
                              "references",
                              "returning",
                              "right",
                              "select",
                              "session_user",
                              "similar",
                              "some",
                              "symmetric",
                              "table",
                              "then",
                              "to",
                              "trailing",
                              "true",
                              "union",
                              "unique",
                              "user",
                              "using",
                              "variadic",
                              "verbose",
                              "when",
                              "where",
                              "window",
                              "with"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

const QSet<QString> &sqliteReserved()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"add",          "after",
                              "all",          "alter",
                              "analyze",      "and",
                              "as",           "asc",
                              "attach",       "autoincrement",
                              "before",       "begin",
                              "between",      "by",
                              "cascade",      "case",
                              "cast",         "check",
                              "collate",      "column",
                              "commit",       "conflict",
                              "constraint",   "create",
                              "cross",        "current_date",
                              "current_time", "current_timestamp",
                              "database",     "default",
                              "deferrable",   "deferred",
                              "delete",       "desc",
                              "detach",       "distinct",
                              "drop",         "each",
                              "else",         "end",
                              "escape",       "except",
                              "exclusive",    "exists",
                              "explain",      "fail",
                              "false",        "for",
                              "foreign",      "from",
                              "full",         "glob",
                              "group",        "having",
                              "if",           "ignore",
                              "immediate",    "in",
                              "index",        "indexed",
                              "initially",    "inner",
                              "insert",       "instead",
                              "intersect",    "into",
                              "is",           "isnull",
                              "join",         "key",
                              "left",         "like",
                              "limit",        "match",
                              "natural",      "not",
                              "notnull",      "null",
                              "of",           "offset",
                              "on",           "or",
                              "order",        "outer",
                              "plan",         "pragma",
                              "primary",      "query",
                              "raise",        "references",
                              "reindex",      "rename",
                              "replace",      "restrict",
                              "right",        "rollback",
                              "row",          "select",
                              "set",          "table",
                              "temp",         "temporary",
                              "then",         "to",
                              "transaction",  "trigger",
                              "true",         "union",
                              "unique",       "update",
                              "using",        "vacuum",
                              "values",       "view",
                              "virtual",      "when",
                              "where"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

bool requiresQuotes(Dialect d, const QString &name)
{
    if (name.isEmpty())
        return true;
    const QString lower = name.toLower();
    if (lower != name)
        return true;
    if ((d == Dialect::PostgreSQL ? postgresqlReserved() : sqliteReserved()).contains(lower))
        return true;
    const QChar first = name.front();
    if (first == QLatin1Char('$') || (first >= QLatin1Char('0') && first <= QLatin1Char('9')))
        return true;
    for (QChar c : name) {
        const bool legal = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('_') || c == QLatin1Char('$');
        if (!legal)
            return true;
    }
    return false;
}

} // namespace

QString name(Dialect d)
{
    return d == Dialect::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

bool transactionalDdl(Dialect d)
{
    return d == Dialect::PostgreSQL;
}

QString quoteIdentifier(Dialect d, const QString &name)
{
    if (!requiresQuotes(d, name))
        return name;
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString qualifiedName(Dialect d, const QString &schema, const QString &name)
{
    if (schema.isEmpty())
        return quoteIdentifier(d, name);
    return quoteIdentifier(d, schema) + QLatin1Char('.') + quoteIdentifier(d, name);
}

QString stringLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace retort::dialect
