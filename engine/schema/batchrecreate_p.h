#pragma once

// The table a SQLite batch block recreates (batchrecreate.cpp): read as SQLAlchemy 1.4's
// SQLite dialect reflects it (batchreflect.cpp), then changed by the block's operations.

#include "core/error.h"
#include "render/pyvalue.h"
#include "render/render_p.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace retort::schema::batch {

using render::Construct;
using render::KwArg;
using render::OpCall;
using render::SourceLoc;
using render::Value;
using render::detail::fail;

/** A called SQLAlchemy construct, as the interpreter records one. */
inline Value construct(const QString &type, QList<Value> args = {}, QList<KwArg> kwargs = {})
{
    Construct c;
    c.type = type;
    c.called = true;
    c.args = std::move(args);
    c.kwargs = std::move(kwargs);
    return Value::construct(std::move(c));
}

inline Value strings(const QStringList &items)
{
    QList<Value> out;
    for (const QString &s : items)
        out << Value::string(s);
    return Value::list(out);
}

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

} // namespace retort::schema::batch
