// SQLite batch mode, natively: Alembic's ApplyBatchImpl ("move and copy") on the table as
// SQLAlchemy 1.4's SQLite dialect reflects it. The new table is rendered as an
// op.create_table() call by the renderer, so it comes out as SQLAlchemy compiles it.
#include "schema/batchrecreate.h"
#include "schema/batchrecreate_p.h"

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
using namespace batch;
using namespace Qt::Literals::StringLiterals;
using render::detail::Args;
using render::detail::fail;
using render::detail::Failure;

namespace {

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
} // namespace

namespace batch {

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

} // namespace batch

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