// The DDL compiler: SQLAlchemy 1.4's DDLCompiler with its PostgreSQL and SQLite variants
// (CREATE TABLE, column specifications, constraints, indexes, ENUM types, comments).
#include "core/error.h"
#include "render/render_p.h"

#include <QCryptographicHash>

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

QString quote(Dialect d, const QString &name)
{
    return dialect::quoteIdentifier(d, name);
}

QString limitName(Dialect d, const QString &name, bool conv, SourceLoc loc)
{
    const qsizetype max = d == Dialect::PostgreSQL ? 63 : 9999;
    if (name.size() <= max)
        return name;
    if (!conv)
        fail(loc,
             Tr::tr("Identifier '%1' exceeds maximum length of %2 characters").arg(name).arg(max));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex());
    return name.left(max - 8) + u'_' + hash.right(4);
}

QString alembicTableName(Dialect d, const QString &schema, const QString &name)
{
    if (schema.isEmpty())
        return quote(d, name);
    QStringList parts;
    for (const QString &p : schema.split(u'.'))
        parts << quote(d, p);
    return parts.join(u'.') + u'.' + quote(d, name);
}

QString tableName(Dialect d, const QString &schema, const QString &name)
{
    return dialect::qualifiedName(d, schema, name);
}

namespace {

QString deferrability(const std::optional<bool> &deferrable, const QString &initially)
{
    QString text;
    if (deferrable)
        text += *deferrable ? u" DEFERRABLE"_s : u" NOT DEFERRABLE"_s;
    if (!initially.isEmpty())
        text += u" INITIALLY "_s + initially;
    return text;
}

QString namePrefix(Dialect d, const QString &name)
{
    return name.isEmpty() ? QString() : u"CONSTRAINT "_s + quote(d, name) + u' ';
}

QString quotedList(Dialect d, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << quote(d, n);
    return out.join(u", "_s);
}

} // namespace

QString columnSpecification(Dialect d, const TableDef &t, int column, bool inTable)
{
    const ColumnDef &c = t.columns[column];
    QString spec = quote(d, c.name);
    const bool identity = !c.identitySql.isEmpty();
    if (d == Dialect::PostgreSQL) {
        // PGDDLCompiler.get_column_specification: the autoincrement column, unless it has an
        // identity or a default (an optional Sequence aside).
        const bool serial = inTable && c.primaryKey && autoincrementColumn(t) == column &&
                            !identity && !c.hasPythonDefault &&
                            (!c.hasSequence || c.sequenceOptional);
        if (serial) {
            spec += c.type.bigInteger     ? u" BIGSERIAL"_s
                    : c.type.smallInteger ? u" SMALLSERIAL"_s
                                          : u" SERIAL"_s;
        } else {
            spec += u' ' + c.type.sql;
            if (c.serverDefault)
                spec += u" DEFAULT "_s + *c.serverDefault;
        }
        if (!c.computedSql.isEmpty())
            spec += u' ' + c.computedSql;
        if (identity)
            spec += u' ' + c.identitySql;
        if (!c.nullable && !identity)
            spec += u" NOT NULL"_s;
        else if (c.nullable && identity)
            spec += u" NULL"_s;
        return spec;
    }
    spec += u' ' + c.type.sql;
    if (c.serverDefault)
        spec += u" DEFAULT "_s +
                (c.parenthesizeDefault ? u'(' + *c.serverDefault + u')' : *c.serverDefault);
    if (!c.nullable)
        spec += u" NOT NULL"_s;
    if (c.primaryKey && c.autoincrement == u"true"_s) {
        int pk = 0;
        for (const ColumnDef &o : t.columns)
            pk += o.primaryKey ? 1 : 0;
        if (pk != 1)
            fail(c.loc, Tr::tr("SQLite does not support autoincrement for composite primary keys"));
    }
    if (!c.computedSql.isEmpty())
        spec += u' ' + c.computedSql;
    return spec;
}

namespace {

/** SQLAlchemy's validate_sql_phrase for ON DELETE/ON UPDATE and INITIALLY. */
void validatePhrase(const QString &phrase,
                    const QStringList &allowed,
                    const char *what,
                    SourceLoc loc)
{
    if (!phrase.isEmpty() && !allowed.contains(phrase.toUpper()))
        fail(loc, Tr::tr("Unexpected SQL phrase: '%1' (%2)").arg(phrase, QLatin1StringView(what)));
}

} // namespace

QString constraintClause(Dialect d, const TableDef &t, const ConstraintDef &c)
{
    static const QStringList cascades{u"RESTRICT"_s, u"CASCADE"_s, u"SET NULL"_s, u"NO ACTION"_s,
                                      u"SET DEFAULT"_s};
    static const QStringList initially{u"DEFERRED"_s, u"IMMEDIATE"_s};
    validatePhrase(c.initially, initially, "initially", c.loc);
    validatePhrase(c.fk.initially, initially, "initially", c.loc);
    validatePhrase(c.fk.ondelete, cascades, "ondelete", c.loc);
    validatePhrase(c.fk.onupdate, cascades, "onupdate", c.loc);
    switch (c.kind) {
    case ConstraintDef::Kind::PrimaryKey: {
        if (c.columns.isEmpty())
            return {};
        return namePrefix(d, c.name) + u"PRIMARY KEY ("_s + quotedList(d, c.columns) + u')' +
               deferrability(c.deferrable, c.initially);
    }
    case ConstraintDef::Kind::Unique:
        if (c.columns.isEmpty())
            return {};
        return namePrefix(d, c.name) + u"UNIQUE ("_s + quotedList(d, c.columns) + u')' +
               deferrability(c.deferrable, c.initially);
    case ConstraintDef::Kind::Check:
        return namePrefix(d, c.name) + u"CHECK ("_s + c.checkSql + u')' +
               deferrability(c.deferrable, c.initially);
    case ConstraintDef::Kind::ForeignKey: {
        const ForeignKeyDef &fk = c.fk;
        if (d == Dialect::SQLite && fk.refSchema != t.schema)
            return {};
        const QString remote =
            d == Dialect::SQLite ? quote(d, fk.refTable) : tableName(d, fk.refSchema, fk.refTable);
        QString text = namePrefix(d, c.name) + u"FOREIGN KEY("_s + quotedList(d, fk.columns) +
                       u") REFERENCES "_s + remote + u" ("_s + quotedList(d, fk.refColumns) + u')';
        if (!fk.match.isEmpty())
            text += u" MATCH "_s + fk.match;
        if (!fk.ondelete.isEmpty())
            text += u" ON DELETE "_s + fk.ondelete;
        if (!fk.onupdate.isEmpty())
            text += u" ON UPDATE "_s + fk.onupdate;
        text += deferrability(fk.deferrable, fk.initially);
        return text;
    }
    }
    return {};
}

QString createTable(Dialect d, const TableDef &t)
{
    QString text = u"\nCREATE TABLE "_s + tableName(d, t.schema, t.name) + u" ("_s;
    QString separator = u"\n"_s;
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        text += separator + u'\t' + columnSpecification(d, t, int(i), true);
        for (const QString &k : t.columns[i].inlineConstraints)
            text += u' ' + k;
        separator = u", \n"_s;
    }
    // The primary key first, then the other constraints in creation order.
    QStringList constraints;
    ConstraintDef implicitPk;
    implicitPk.kind = ConstraintDef::Kind::PrimaryKey;
    const ConstraintDef *pk = nullptr;
    for (const ConstraintDef &c : t.constraints)
        if (c.kind == ConstraintDef::Kind::PrimaryKey)
            pk = &c;
    if (!pk) {
        for (const ColumnDef &c : t.columns)
            if (c.primaryKey)
                implicitPk.columns << c.name;
        // columns_autoinc_first for a generated primary key
        const int autoinc = autoincrementColumn(t);
        if (autoinc >= 0) {
            implicitPk.columns.removeAll(t.columns[autoinc].name);
            implicitPk.columns.prepend(t.columns[autoinc].name);
        }
        pk = &implicitPk;
    }
    if (const QString s = constraintClause(d, t, *pk); !s.isEmpty())
        constraints << s;
    for (const ConstraintDef &c : t.constraints)
        if (c.kind != ConstraintDef::Kind::PrimaryKey)
            if (const QString s = constraintClause(d, t, c); !s.isEmpty())
                constraints << s;
    if (!constraints.isEmpty())
        text += separator + u'\t' + constraints.join(u", \n\t"_s);
    text += u"\n)"_s + t.postCreate + u"\n\n"_s;
    return text;
}

QString createIndex(Dialect d, const QString &schema, const QString &table, const IndexDef &i)
{
    QString text = u"CREATE "_s;
    if (i.unique)
        text += u"UNIQUE "_s;
    text += u"INDEX "_s;
    if (d == Dialect::SQLite) {
        text += tableName(d, schema, i.name) + u" ON "_s + quote(d, table) + u" ("_s +
                i.expressions.join(u", "_s) + u')';
        if (i.sqliteWhere)
            text += u" WHERE "_s + *i.sqliteWhere;
        return text;
    }
    if (i.pgConcurrently)
        text += u"CONCURRENTLY "_s;
    text += quote(d, i.name) + u" ON "_s + tableName(d, schema, table) + u' ';
    if (!i.pgUsing.isEmpty())
        text += u"USING "_s + i.pgUsing.toLower() + u' ';
    text += u'(' + i.expressions.join(u", "_s) + u')';
    if (!i.pgInclude.isEmpty())
        text += u" INCLUDE ("_s + quotedList(d, i.pgInclude) + u')';
    if (i.pgWhere)
        text += u" WHERE "_s + *i.pgWhere;
    return text;
}

QString createEnumType(Dialect d, const TypeInfo &type)
{
    QStringList values;
    for (const QString &v : type.enumValues)
        values << stringLiteral(d, v);
    return u"CREATE TYPE %1 AS ENUM (%2)"_s.arg(type.sql, values.join(u", "_s));
}

QString dropEnumType(Dialect, const TypeInfo &type)
{
    return u"DROP TYPE "_s + type.sql;
}

QString columnComment(Dialect d,
                      const QString &schema,
                      const QString &table,
                      const QString &column,
                      const std::optional<QString> &comment)
{
    return u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(tableName(d, schema, table), quote(d, column),
                                                  comment ? stringLiteral(d, *comment) : u"NULL"_s);
}

} // namespace retort::render::detail
