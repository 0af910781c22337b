// renderCalls(): Alembic's operations bound with their parameter names and positional order,
// dispatched to the DDL/DML compilers in Alembic's order of statements (toimpl.py, impl.py,
// postgresql.py), with a Change per object touched.
#include "render/renderer.h"

#include "core/error.h"
#include "render/render_p.h"

namespace retort::render {

using namespace Qt::Literals::StringLiterals;
using namespace detail;

namespace {

const QStringList Pg{u"postgresql_"_s};
const QStringList PgSqlite{u"postgresql_"_s, u"sqlite_"_s};

QString qualified(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + u'.' + name;
}

class Renderer
{
public:
    Renderer(Dialect d, RenderedFunction &out, bool liveBatch)
        : m_d(d)
        , m_out(out)
        , m_liveBatch(liveBatch && d == Dialect::SQLite)
    {}

    void call(const OpCall &c);
    SourceLoc loc() const { return m_loc; }

private:
    /** Batch context: the table every batch_op call works on. */
    struct Batch
    {
        QString table;
        QString schema;
    };

    void put(const QString &sql) { m_out.statements << RenderedStatement{sql, m_loc, {}}; }
    void change(Change::Action a, const QString &kind, const QString &name, bool destructive)
    {
        m_out.changes << Change{a, kind, name, destructive, m_loc};
    }
    QString opName(const QString &n) const
    {
        return (m_batch ? u"batch_op."_s : u"op."_s) + n + u"()"_s;
    }
    /** Binds an op's arguments; in a batch the table_name/schema parameters are implied. */
    Args bind(const OpCall &c,
              QStringList params,
              int required,
              const QStringList &prefixes = {},
              bool varargs = false) const
    {
        if (m_batch) {
            const qsizetype t = params.indexOf(u"table_name"_s);
            if (t >= 0) {
                params.removeAt(t);
                if (t < required)
                    --required;
            }
            params.removeAll(u"schema"_s);
        }
        return Args(opName(c.name), c.loc, c.args, c.kwargs, params, required, prefixes, varargs);
    }
    QString table(const Args &a) const
    {
        return m_batch ? m_batch->table : a.requiredName(u"table_name"_s);
    }
    QString schema(const Args &a) const
    {
        return m_batch ? m_batch->schema : a.name(u"schema"_s).value_or(QString());
    }
    void sqliteCannot(const OpCall &c) const
    {
        fail(c.loc, Tr::tr("%1 cannot be rendered for SQLite: Alembic's SQLite support has no "
                           "ALTER for it (use batch_alter_table, which needs the table's "
                           "definition)")
                        .arg(opName(c.name)));
    }

    void addColumn(const OpCall &c);
    void alterColumn(const OpCall &c);
    void createTable(const OpCall &c);
    void createIndex(const OpCall &c);
    void dropIndex(const OpCall &c);
    void addConstraint(const OpCall &c);
    void execute(const OpCall &c, const Value &sql);
    void enumMethod(const OpCall &c);
    void batch(const OpCall &c);

    Dialect m_d;
    RenderedFunction &m_out;
    SourceLoc m_loc;
    std::optional<Batch> m_batch;
    bool m_liveBatch = false;
};

void Renderer::call(const OpCall &c)
{
    m_loc = c.loc;
    for (const Value &v : c.args)
        requireKnown(v);
    for (const KwArg &k : c.kwargs)
        requireKnown(k.value);
    if (c.receiver) {
        requireKnown(*c.receiver);
        const Construct *r = c.receiver->construct();
        if (r && c.name == u"execute"_s && r->type == u"alembic.op.get_bind"_s) {
            const Args a(u"op.get_bind().execute()"_s, c.loc, c.args, c.kwargs, {u"statement"_s},
                         1);
            execute(c, *a.get(u"statement"_s));
            return;
        }
        if (r && (c.name == u"create"_s || c.name == u"drop"_s) &&
            (r->type == u"sqlalchemy.Enum"_s ||
             r->type == u"sqlalchemy.dialects.postgresql.ENUM"_s)) {
            enumMethod(c);
            return;
        }
        fail(c.loc,
             Tr::tr("the call .%1() on %2 is not supported").arg(c.name, kindName(*c.receiver)));
    }
    const QString &n = c.name;
    if (n == u"batch_alter_table"_s && !m_batch) {
        batch(c);
    } else if (n == u"autocommit_block"_s && !m_batch) {
        // Offline, Alembic ends the migration's transaction around the block (PostgreSQL;
        // SQLite's DDL is not transactional, so nothing is printed there).
        if (!c.args.isEmpty() || !c.kwargs.isEmpty())
            fail(c.loc, Tr::tr("autocommit_block() takes no arguments"));
        if (m_d == Dialect::PostgreSQL)
            put(u"COMMIT"_s);
        for (const OpCall &b : c.body)
            call(b);
        m_loc = c.loc;
        if (m_d == Dialect::PostgreSQL)
            put(u"BEGIN"_s);
    } else if (n == u"add_column"_s) {
        addColumn(c);
    } else if (n == u"alter_column"_s) {
        alterColumn(c);
    } else if (n == u"create_table"_s && !m_batch) {
        createTable(c);
    } else if (n == u"create_index"_s) {
        createIndex(c);
    } else if (n == u"drop_index"_s) {
        dropIndex(c);
    } else if (n == u"drop_column"_s) {
        const Args a = bind(c, {u"table_name"_s, u"column_name"_s, u"schema"_s}, 2);
        const QString t = table(a), s = schema(a), col = a.requiredName(u"column_name"_s);
        put(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(alembicTableName(m_d, s, t), quote(m_d, col)));
        change(Change::Action::Drop, u"column"_s, qualified(s, t) + u'.' + col, true);
    } else if (n == u"drop_table"_s && !m_batch) {
        const Args a = bind(c, {u"table_name"_s, u"schema"_s}, 1);
        const QString t = table(a), s = schema(a);
        put(u"\nDROP TABLE "_s + tableName(m_d, s, t));
        change(Change::Action::Drop, u"table"_s, qualified(s, t), true);
    } else if (n == u"rename_table"_s && !m_batch) {
        const Args a = bind(c, {u"old_table_name"_s, u"new_table_name"_s, u"schema"_s}, 2);
        const QString t = a.requiredName(u"old_table_name"_s), s = schema(a);
        const QString to = a.requiredName(u"new_table_name"_s);
        put(u"%1 RENAME TO %2"_s.arg(u"ALTER TABLE "_s + alembicTableName(m_d, s, t),
                                     quote(m_d, to)));
        change(Change::Action::Rename, u"table"_s, qualified(s, t), false);
    } else if (n == u"drop_constraint"_s) {
        const Args a = bind(c, {u"constraint_name"_s, u"table_name"_s, u"type_"_s, u"schema"_s}, 2);
        if (m_d == Dialect::SQLite)
            sqliteCannot(c);
        const QString t = table(a), s = schema(a),
                      name = a.objectName(u"constraint_name"_s, m_d, true);
        if (const auto type = a.name(u"type_"_s);
            type &&
            !QStringList{u"foreignkey"_s, u"primary"_s, u"unique"_s, u"check"_s}.contains(*type))
            fail(c.loc, Tr::tr("%1: type_ must be 'foreignkey', 'primary', 'unique' or 'check'")
                            .arg(opName(n)));
        put(u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(tableName(m_d, s, t), quote(m_d, name)));
        change(Change::Action::Drop, u"constraint"_s, name, true);
    } else if (n == u"create_foreign_key"_s || n == u"create_unique_constraint"_s ||
               n == u"create_primary_key"_s || n == u"create_check_constraint"_s) {
        addConstraint(c);
    } else if (n == u"execute"_s) {
        const Args a = bind(c, {u"sqltext"_s, u"execution_options"_s}, 1);
        if (a.given(u"execution_options"_s))
            fail(c.loc, Tr::tr("%1: execution_options is not supported").arg(opName(n)));
        execute(c, *a.get(u"sqltext"_s));
    } else if (n == u"bulk_insert"_s && !m_batch) {
        const Args a = bind(c, {u"table"_s, u"rows"_s, u"multiinsert"_s}, 2);
        const TableClause t = readTableClause(*a.get(u"table"_s), m_d, c.loc);
        for (const QString &sql : bulkInsert(t, *a.get(u"rows"_s), m_d, c.loc))
            put(sql);
        change(Change::Action::Insert, u"table"_s, qualified(t.schema, t.name), false);
    } else if (n == u"create_table_comment"_s || n == u"drop_table_comment"_s) {
        const bool create = n == u"create_table_comment"_s;
        const Args a =
            create
                ? bind(c, {u"table_name"_s, u"comment"_s, u"existing_comment"_s, u"schema"_s},
                       m_batch ? 1 : 2)
                : bind(c, {u"table_name"_s, u"existing_comment"_s, u"schema"_s}, m_batch ? 0 : 1);
        if (m_d == Dialect::SQLite)
            fail(c.loc,
                 Tr::tr("%1 cannot be rendered for SQLite, which has no comments").arg(opName(n)));
        const QString t = table(a), s = schema(a);
        QString comment = u"NULL"_s;
        if (create) {
            const auto text = a.name(u"comment"_s);
            if (text)
                comment = stringLiteral(m_d, *text);
        }
        put(u"COMMENT ON TABLE %1 IS %2"_s.arg(tableName(m_d, s, t), comment));
        change(Change::Action::Alter, u"table"_s, qualified(s, t), false);
    } else {
        fail(c.loc, Tr::tr("%1 is not supported").arg(opName(n)));
    }
}

void Renderer::addColumn(const OpCall &c)
{
    const Args a = m_batch ? bind(c, {u"column"_s, u"insert_before"_s, u"insert_after"_s}, 1)
                           : bind(c, {u"table_name"_s, u"column"_s, u"schema"_s}, 2);
    if (m_batch && (a.given(u"insert_before"_s) || a.given(u"insert_after"_s)))
        fail(c.loc, Tr::tr("%1: insert_before/insert_after need the table's current definition "
                           "(batch mode recreate), which offline rendering cannot read")
                        .arg(opName(c.name)));
    TableDef t;
    t.name = table(a);
    t.schema = schema(a);
    const ColumnDef col = readColumn(*a.get(u"column"_s), m_d);
    const Value *sd = a.get(u"column"_s)->construct()->kwarg(u"server_default"_s);
    if (m_batch && m_d == Dialect::SQLite && sd && !sd->isNone() && !sd->isStr())
        fail(c.loc, Tr::tr("%1 needs the table's current definition (batch mode recreate), "
                           "which offline rendering cannot read")
                        .arg(opName(c.name)));
    t.columns << col;
    attachColumn(t, col, m_d);
    QString spec = columnSpecification(m_d, t, 0, true);
    for (const QString &k : col.inlineConstraints)
        spec += u' ' + k;
    put(u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(alembicTableName(m_d, t.schema, t.name), spec));
    const QString colName = qualified(t.schema, t.name) + u'.' + col.name;
    change(Change::Action::Create, u"column"_s, colName, false);
    for (const ConstraintDef &k : std::as_const(t.constraints)) {
        // Alembic's SQLite add_constraint skips a type's CHECK (with a warning): SQLite has
        // no ALTER for constraints.
        if (m_d == Dialect::SQLite && k.typeBound)
            continue;
        if (m_d == Dialect::SQLite && m_batch)
            fail(c.loc, Tr::tr("%1 needs the table's current definition (batch mode recreate), "
                               "which offline rendering cannot read")
                            .arg(opName(c.name)));
        if (m_d == Dialect::SQLite)
            fail(c.loc, Tr::tr("%1: the column's constraints cannot be added on SQLite (no ALTER "
                               "of constraints)")
                            .arg(opName(c.name)));
        put(u"ALTER TABLE %1 ADD %2"_s.arg(tableName(m_d, t.schema, t.name),
                                           constraintClause(m_d, t, k)));
        change(Change::Action::Create, u"constraint"_s, k.name.isEmpty() ? colName : k.name, false);
    }
    for (const IndexDef &i : std::as_const(t.indexes)) {
        put(detail::createIndex(m_d, t.schema, t.name, i));
        change(Change::Action::Create, u"index"_s, i.name, false);
    }
    if (col.comment && !col.comment->isEmpty() && m_d == Dialect::PostgreSQL)
        put(columnComment(m_d, t.schema, t.name, col.name, col.comment));
}

void Renderer::alterColumn(const OpCall &c)
{
    const Args a =
        bind(c,
             {u"table_name"_s, u"column_name"_s, u"nullable"_s, u"comment"_s, u"server_default"_s,
              u"new_column_name"_s, u"type_"_s, u"existing_type"_s, u"existing_server_default"_s,
              u"existing_nullable"_s, u"existing_comment"_s, u"schema"_s, u"autoincrement"_s,
              u"existing_autoincrement"_s},
             2, Pg);
    if (m_d == Dialect::SQLite)
        sqliteCannot(c);
    a.checkDialectKwargs({u"postgresql_using"_s});
    const QString t = table(a), s = schema(a), col = a.requiredName(u"column_name"_s);
    const QString target =
        u"ALTER TABLE "_s + alembicTableName(m_d, s, t) + u" ALTER COLUMN "_s + quote(m_d, col);
    // existing_type only matters for the CHECK of a schema type's create_constraint=True,
    // which Alembic drops when type_ is given too.
    std::optional<TypeInfo> existing;
    if (a.given(u"existing_type"_s))
        existing = compileType(*a.get(u"existing_type"_s), m_d, true);
    if (a.given(u"existing_server_default"_s) &&
        a.get(u"existing_server_default"_s)->kind() != Value::Kind::Bool)
        serverDefault(*a.get(u"existing_server_default"_s), m_d, c.loc);
    bool destructive = false;
    const Value *using_ = a.dialectKwarg(u"postgresql_using"_s);
    if (using_ && !using_->isNone() && !a.given(u"type_"_s))
        fail(c.loc, Tr::tr("%1: postgresql_using must be used with the type_ parameter")
                        .arg(opName(c.name)));
    std::optional<TypeInfo> type;
    if (a.given(u"type_"_s)) {
        type = compileType(*a.get(u"type_"_s), m_d);
        if (existing && existing->typeCheck) {
            if (existing->typeCheckName.isEmpty())
                fail(c.loc, Tr::tr("%1: the CHECK constraint of existing_type "
                                   "(create_constraint=True) has no name, so it cannot be "
                                   "dropped")
                                .arg(opName(c.name)));
            put(u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(tableName(m_d, s, t),
                                                           quote(m_d, existing->typeCheckName)));
            change(Change::Action::Drop, u"constraint"_s, existing->typeCheckName, true);
        }
        QString usingSql;
        if (using_ && !using_->isNone())
            usingSql = u"USING "_s + nameOf(*using_, c.loc, u"postgresql_using"_s);
        put(target + u" TYPE "_s + type->sql + u' ' + usingSql);
        destructive = true;
    }
    if (const auto nullable = a.boolean(u"nullable"_s)) {
        put(target + (*nullable ? u" DROP NOT NULL"_s : u" SET NOT NULL"_s));
        destructive = destructive || !*nullable;
    }
    if (const Value *sd = a.get(u"server_default"_s);
        sd && !(sd->kind() == Value::Kind::Bool && !sd->toBool())) {
        const auto sql = serverDefault(*sd, m_d, c.loc);
        put(target + (sql ? u" SET DEFAULT "_s + *sql : u" DROP DEFAULT"_s));
    }
    if (const Value *cm = a.get(u"comment"_s);
        cm && !(cm->kind() == Value::Kind::Bool && !cm->toBool())) {
        std::optional<QString> comment;
        if (!cm->isNone())
            comment = nameOf(*cm, c.loc, u"comment"_s);
        put(u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(alembicTableName(m_d, s, t), quote(m_d, col),
                                                   comment ? stringLiteral(m_d, *comment)
                                                           : u"NULL"_s));
    }
    QString name = qualified(s, t) + u'.' + col;
    if (const auto to = a.name(u"new_column_name"_s)) {
        put(u"ALTER TABLE %1 RENAME %2 TO %3"_s.arg(alembicTableName(m_d, s, t), quote(m_d, col),
                                                    quote(m_d, *to)));
        change(Change::Action::Rename, u"column"_s, name, false);
    }
    change(Change::Action::Alter, u"column"_s, name, destructive);
    // Alembic adds the new type's CHECK last, on the column's old name even after a rename.
    if (type && type->typeCheck) {
        TableDef td;
        td.name = t;
        td.schema = s;
        const ConstraintDef k = typeCheckConstraint(m_d, col, *type, c.loc);
        put(u"ALTER TABLE %1 ADD %2"_s.arg(tableName(m_d, s, t), constraintClause(m_d, td, k)));
        change(Change::Action::Create, u"constraint"_s, k.name.isEmpty() ? name : k.name, false);
    }
}

void Renderer::createTable(const OpCall &c)
{
    const Args a(u"op.create_table()"_s, c.loc, c.args.mid(0, 1), c.kwargs,
                 {u"table_name"_s, u"schema"_s, u"comment"_s, u"info"_s}, 1, PgSqlite);
    a.checkDialectKwargs({u"postgresql_inherits"_s, u"postgresql_partition_by"_s,
                          u"postgresql_tablespace"_s, u"sqlite_autoincrement"_s});
    TableDef t;
    if (m_d == Dialect::PostgreSQL) {
        if (const Value *v = a.dialectKwarg(u"postgresql_inherits"_s); v && !v->isNone()) {
            QStringList names;
            for (const Value &n : v->isSequence() ? v->items() : QList<Value>{*v})
                names << quote(m_d, nameOf(n, c.loc, u"postgresql_inherits"_s));
            t.postCreate += u"\n INHERITS ( "_s + names.join(u", "_s) + u" )"_s;
        }
        if (const Value *v = a.dialectKwarg(u"postgresql_partition_by"_s); v && !v->isNone())
            t.postCreate += u"\n PARTITION BY "_s + nameOf(*v, c.loc, u"postgresql_partition_by"_s);
        if (const Value *v = a.dialectKwarg(u"postgresql_tablespace"_s); v && !v->isNone())
            t.postCreate +=
                u"\n TABLESPACE "_s + quote(m_d, nameOf(*v, c.loc, u"postgresql_tablespace"_s));
    } else if (const Value *v = a.dialectKwarg(u"sqlite_autoincrement"_s); v && v->toBool()) {
        fail(c.loc, Tr::tr("op.create_table(): keyword 'sqlite_autoincrement' is not supported"));
    }
    t.name = a.requiredName(u"table_name"_s);
    t.schema = a.name(u"schema"_s).value_or(QString());
    t.comment = a.name(u"comment"_s);
    // Alembic builds Table(name, *columns) and appends the constraints and indexes after, so
    // every column is attached first, in order. `attached` keeps every sa.Column given, a
    // replaced one included: what it made when attached stays on the table (see
    // replaceColumn()).
    QList<ColumnDef> attached;
    for (const Value &item : c.args.mid(1)) {
        if (!constructOf(item, u"sqlalchemy.Column"_s))
            continue;
        ColumnDef col = readColumn(item, m_d);
        replaceColumn(t, attached, col);
        attached << col;
    }
    for (const Value &item : c.args.mid(1))
        if (!constructOf(item, u"sqlalchemy.Column"_s))
            readTableItem(t, item, m_d);
    // Column-made constraints and indexes come after the explicit ones (created first).
    for (const ColumnDef &col : std::as_const(attached))
        attachColumn(t, col, m_d);
    if (m_d == Dialect::PostgreSQL) {
        QStringList created;
        for (const ColumnDef &col : std::as_const(attached)) {
            if (!col.type.isPgEnum || !col.type.createType || created.contains(col.type.sql))
                continue;
            created << col.type.sql;
            put(createEnumType(m_d, col.type));
            change(Change::Action::Create, u"type"_s,
                   qualified(col.type.enumSchema, col.type.enumName), false);
        }
    }
    put(detail::createTable(m_d, t));
    change(Change::Action::Create, u"table"_s, qualified(t.schema, t.name), false);
    for (const IndexDef &i : std::as_const(t.indexes)) {
        put(detail::createIndex(m_d, t.schema, t.name, i));
        change(Change::Action::Create, u"index"_s, i.name, false);
    }
    if (m_d == Dialect::PostgreSQL) {
        if (t.comment && !t.comment->isEmpty())
            put(u"COMMENT ON TABLE %1 IS %2"_s.arg(tableName(m_d, t.schema, t.name),
                                                   stringLiteral(m_d, *t.comment)));
        for (const ColumnDef &col : std::as_const(t.columns))
            if (col.comment && !col.comment->isEmpty())
                put(columnComment(m_d, t.schema, t.name, col.name, col.comment));
    }
}

void Renderer::createIndex(const OpCall &c)
{
    const Args a = bind(c,
                        {u"index_name"_s, u"table_name"_s, u"columns"_s, u"schema"_s, u"unique"_s,
                         u"quote"_s, u"info"_s, u"if_not_exists"_s},
                        3, PgSqlite);
    a.checkDialectKwargs({u"postgresql_where"_s, u"postgresql_using"_s,
                          u"postgresql_concurrently"_s, u"postgresql_include"_s,
                          u"postgresql_ops"_s, u"sqlite_where"_s});
    if (a.given(u"quote"_s))
        fail(c.loc, Tr::tr("%1: keyword 'quote' is not supported").arg(opName(c.name)));
    IndexDef i;
    i.loc = c.loc;
    i.name = a.objectName(u"index_name"_s, m_d, true);
    i.unique = a.boolean(u"unique"_s).value_or(false);
    const Value &cols = *a.get(u"columns"_s);
    if (!cols.isSequence())
        fail(c.loc, Tr::tr("%1: columns must be a list").arg(opName(c.name)));
    for (const Value &e : cols.items())
        i.expressions << indexElement(e, m_d, c.loc);
    if (m_d == Dialect::PostgreSQL) {
        if (const Value *w = a.dialectKwarg(u"postgresql_where"_s); w && !w->isNone())
            i.pgWhere = ddlExpression(*w, m_d, u"postgresql_where"_s, c.loc);
        if (const Value *u = a.dialectKwarg(u"postgresql_using"_s); u && !u->isNone()) {
            i.pgUsing = nameOf(*u, c.loc, u"postgresql_using"_s);
            for (QChar ch : std::as_const(i.pgUsing))
                if (!ch.isLetterOrNumber() && ch != u'_')
                    fail(c.loc, Tr::tr("%1: postgresql_using '%2' is not an index method")
                                    .arg(opName(c.name), i.pgUsing));
        }
        if (const Value *cc = a.dialectKwarg(u"postgresql_concurrently"_s))
            i.pgConcurrently = cc->toBool();
        // {column: operator class}: "name gin_trgm_ops", as SQLAlchemy writes it.
        if (const Value *ops = a.dialectKwarg(u"postgresql_ops"_s); ops && !ops->isNone()) {
            if (ops->kind() != Value::Kind::Dict)
                fail(c.loc, Tr::tr("%1: postgresql_ops must be a dict").arg(opName(c.name)));
            for (const auto &[key, opclass] : ops->entries()) {
                const QString column = nameOf(key, c.loc, u"postgresql_ops"_s);
                const QString cls = nameOf(opclass, c.loc, u"postgresql_ops"_s);
                const qsizetype at = i.expressions.indexOf(quote(m_d, column));
                if (at < 0)
                    fail(c.loc, Tr::tr("%1: postgresql_ops names '%2', which is not a column of "
                                       "the index")
                                    .arg(opName(c.name), column));
                i.expressions[at] += u' ' + cls;
            }
        }
        if (const Value *inc = a.dialectKwarg(u"postgresql_include"_s); inc && !inc->isNone()) {
            if (!inc->isSequence())
                fail(c.loc, Tr::tr("%1: postgresql_include must be a list").arg(opName(c.name)));
            for (const Value &n : inc->items())
                i.pgInclude << nameOf(n, c.loc, u"postgresql_include"_s);
        }
    } else if (const Value *w = a.dialectKwarg(u"sqlite_where"_s); w && !w->isNone()) {
        i.sqliteWhere = ddlExpression(*w, m_d, u"sqlite_where"_s, c.loc);
    }
    put(detail::createIndex(m_d, schema(a), table(a), i));
    change(Change::Action::Create, u"index"_s, i.name, false);
}

void Renderer::dropIndex(const OpCall &c)
{
    // Alembic 1.8 passes if_exists on as an (unused) dialect keyword: no IF EXISTS.
    const Args a =
        m_batch
            ? bind(c, {u"index_name"_s, u"if_exists"_s}, 1, PgSqlite)
            : bind(c, {u"index_name"_s, u"table_name"_s, u"schema"_s, u"if_exists"_s}, 1, PgSqlite);
    // The index's definition keywords do not change DROP INDEX (Alembic passes them on).
    a.checkDialectKwargs({u"postgresql_concurrently"_s, u"postgresql_where"_s,
                          u"postgresql_using"_s, u"postgresql_include"_s, u"postgresql_ops"_s,
                          u"sqlite_where"_s});
    const QString name = a.objectName(u"index_name"_s, m_d, true);
    const QString s = schema(a);
    QString text = u"\nDROP INDEX "_s;
    if (m_d == Dialect::PostgreSQL)
        if (const Value *cc = a.dialectKwarg(u"postgresql_concurrently"_s); cc && cc->toBool())
            text += u"CONCURRENTLY "_s;
    text += s.isEmpty() ? quote(m_d, name) : quote(m_d, s) + u'.' + quote(m_d, name);
    put(text);
    change(Change::Action::Drop, u"index"_s, name, true);
}

void Renderer::addConstraint(const OpCall &c)
{
    const QString &n = c.name;
    TableDef t;
    ConstraintDef k;
    k.loc = c.loc;
    if (n == u"create_foreign_key"_s) {
        const Args a = m_batch ? bind(c,
                                      {u"constraint_name"_s, u"referent_table"_s, u"local_cols"_s,
                                       u"remote_cols"_s, u"referent_schema"_s, u"onupdate"_s,
                                       u"ondelete"_s, u"deferrable"_s, u"initially"_s, u"match"_s},
                                      4, PgSqlite)
                               : bind(c,
                                      {u"constraint_name"_s, u"source_table"_s, u"referent_table"_s,
                                       u"local_cols"_s, u"remote_cols"_s, u"onupdate"_s,
                                       u"ondelete"_s, u"deferrable"_s, u"initially"_s, u"match"_s,
                                       u"source_schema"_s, u"referent_schema"_s},
                                      5, PgSqlite);
        a.checkDialectKwargs({});
        if (m_d == Dialect::SQLite)
            sqliteCannot(c);
        t.name = m_batch ? m_batch->table : a.requiredName(u"source_table"_s);
        t.schema = m_batch ? m_batch->schema : a.name(u"source_schema"_s).value_or(QString());
        k.kind = ConstraintDef::Kind::ForeignKey;
        k.name = a.objectName(u"constraint_name"_s, m_d, false);
        const auto list = [&](const char *p) {
            const Value &v = *a.get(QLatin1StringView(p));
            if (!v.isSequence())
                fail(c.loc, Tr::tr("%1: %2 must be a list").arg(opName(n), QLatin1StringView(p)));
            QStringList out;
            for (const Value &i : v.items())
                out << nameOf(i, c.loc, QLatin1StringView(p));
            return out;
        };
        k.fk.columns = list("local_cols");
        k.fk.refColumns = list("remote_cols");
        k.fk.refTable = a.requiredName(u"referent_table"_s);
        k.fk.refSchema = a.name(u"referent_schema"_s).value_or(QString());
        readForeignKeyOptions(k.fk, a.get(u"ondelete"_s), a.get(u"onupdate"_s),
                              a.get(u"deferrable"_s), a.get(u"initially"_s), a.get(u"match"_s),
                              c.loc);
    } else if (n == u"create_check_constraint"_s) {
        const Args a = bind(c,
                            {u"constraint_name"_s, u"table_name"_s, u"condition"_s, u"schema"_s,
                             u"deferrable"_s, u"initially"_s},
                            3, PgSqlite);
        a.checkDialectKwargs({});
        if (m_d == Dialect::SQLite)
            sqliteCannot(c);
        t.name = table(a);
        t.schema = schema(a);
        k.kind = ConstraintDef::Kind::Check;
        k.name = a.objectName(u"constraint_name"_s, m_d, false);
        k.checkSql = ddlExpression(*a.get(u"condition"_s), m_d, opName(n), c.loc);
        k.deferrable = a.boolean(u"deferrable"_s);
        k.initially = a.name(u"initially"_s).value_or(QString());
    } else {
        const bool unique = n == u"create_unique_constraint"_s;
        const Args a =
            unique ? bind(c,
                          {u"constraint_name"_s, u"table_name"_s, u"columns"_s, u"schema"_s,
                           u"deferrable"_s, u"initially"_s},
                          3, PgSqlite)
                   : bind(c, {u"constraint_name"_s, u"table_name"_s, u"columns"_s, u"schema"_s}, 3);
        a.checkDialectKwargs({});
        if (m_d == Dialect::SQLite)
            sqliteCannot(c);
        t.name = table(a);
        t.schema = schema(a);
        k.kind = unique ? ConstraintDef::Kind::Unique : ConstraintDef::Kind::PrimaryKey;
        k.name = a.objectName(u"constraint_name"_s, m_d, false);
        const Value &cols = *a.get(u"columns"_s);
        if (!cols.isSequence())
            fail(c.loc, Tr::tr("%1: columns must be a list").arg(opName(n)));
        for (const Value &i : cols.items())
            k.columns << nameOf(i, c.loc, u"columns"_s);
        if (unique) {
            k.deferrable = a.boolean(u"deferrable"_s);
            k.initially = a.name(u"initially"_s).value_or(QString());
        }
    }
    put(u"ALTER TABLE %1 ADD %2"_s.arg(tableName(m_d, t.schema, t.name),
                                       constraintClause(m_d, t, k)));
    change(Change::Action::Create, u"constraint"_s,
           k.name.isEmpty() ? qualified(t.schema, t.name) : k.name, false);
}

void Renderer::execute(const OpCall &c, const Value &sql)
{
    requireKnown(sql);
    QString text;
    if (sql.isStr()) {
        text = textClause(m_d, sql.str(), c.loc);
    } else if (const Construct *k = sql.construct()) {
        QString table;
        const Construct *bound =
            k->type == u".bindparams"_s && k->called && k->args.isEmpty() && k->receiver
                ? constructOf(*k->receiver, u"sqlalchemy.text"_s)
                : nullptr;
        if (k->type == u".bindparams"_s && (!bound || bound->args.size() != 1 ||
                                            !bound->args[0].isStr() || !bound->kwargs.isEmpty()))
            fail(k->loc, Tr::tr("sa.text().bindparams(): only keyword values on sa.text() of a "
                                "string are supported"));
        if (bound) {
            text = textClause(m_d, bound->args[0].str(), k->loc, &k->kwargs);
        } else if (k->type == u"sqlalchemy.text"_s) {
            text = ddlExpression(sql, m_d, u"op.execute()"_s, c.loc);
        } else if (k->type == u"sqlalchemy.CreateSequence"_s ||
                   k->type == u"sqlalchemy.DropSequence"_s) {
            const bool create = k->type == u"sqlalchemy.CreateSequence"_s;
            const Args a(displayName(k->type) + u"()"_s, k->loc, k->args, k->kwargs, {u"element"_s},
                         1);
            const Construct *s = constructOf(*a.get(u"element"_s), u"sqlalchemy.Sequence"_s);
            if (!s)
                fail(k->loc, Tr::tr("%1() takes an sa.Sequence()").arg(displayName(k->type)));
            const Args sa(u"sa.Sequence()"_s, s->loc, s->args, s->kwargs,
                          {u"name"_s, u"start"_s, u"increment"_s, u"minvalue"_s, u"maxvalue"_s,
                           u"nominvalue"_s, u"nomaxvalue"_s, u"cycle"_s, u"schema"_s, u"cache"_s},
                          1);
            const QString name = tableName(m_d, sa.name(u"schema"_s).value_or(QString()),
                                           sa.requiredName(u"name"_s));
            if (m_d == Dialect::SQLite)
                fail(k->loc, Tr::tr("SQLite has no sequences"));
            if (create) {
                QStringList opts;
                const auto num = [&](const char *key, const char *label) {
                    const Value *v = sa.get(QLatin1StringView(key));
                    if (!v || v->isNone())
                        return;
                    if (v->kind() != Value::Kind::Int)
                        fail(s->loc, Tr::tr("sa.Sequence(): %1 must be an integer")
                                         .arg(QLatin1StringView(key)));
                    opts << QLatin1StringView(label) + QString::number(v->toInt());
                };
                num("increment", "INCREMENT BY ");
                if (sa.given(u"start"_s))
                    num("start", "START WITH ");
                else
                    opts << u"START WITH 1"_s;
                num("minvalue", "MINVALUE ");
                num("maxvalue", "MAXVALUE ");
                if (sa.boolean(u"nominvalue"_s).value_or(false))
                    opts << u"NO MINVALUE"_s;
                if (sa.boolean(u"nomaxvalue"_s).value_or(false))
                    opts << u"NO MAXVALUE"_s;
                num("cache", "CACHE ");
                if (const auto cy = sa.boolean(u"cycle"_s))
                    opts << (*cy ? u"CYCLE"_s : u"NO CYCLE"_s);
                text = u"CREATE SEQUENCE "_s + name + u' ' + opts.join(u' ');
                change(Change::Action::Create, u"sequence"_s, sa.requiredName(u"name"_s), false);
            } else {
                text = u"DROP SEQUENCE "_s + name;
                change(Change::Action::Drop, u"sequence"_s, sa.requiredName(u"name"_s), true);
            }
            put(text);
            return;
        } else if (const auto dml = dmlStatement(sql, m_d, &table)) {
            put(*dml);
            const bool del = dml->startsWith(u"DELETE"_s);
            change(dml->startsWith(u"INSERT"_s) ? Change::Action::Insert : Change::Action::Execute,
                   u"table"_s, table, del);
            return;
        } else {
            fail(k->loc, Tr::tr("%1 in op.execute() is not supported").arg(displayName(k->type)));
        }
    } else {
        fail(c.loc, Tr::tr("op.execute() takes a string or sa.text(), not %1").arg(kindName(sql)));
    }
    put(text);
    // Destructive when the text truncates, drops or deletes (whole words, any case).
    bool destructive = false;
    const QString upper = text.toUpper();
    for (const QString &w : {u"TRUNCATE"_s, u"DROP"_s, u"DELETE"_s}) {
        for (qsizetype at = upper.indexOf(w); at >= 0 && !destructive;
             at = upper.indexOf(w, at + 1)) {
            const bool before =
                at == 0 || !(upper[at - 1].isLetterOrNumber() || upper[at - 1] == u'_');
            const qsizetype e = at + w.size();
            const bool after =
                e >= upper.size() || !(upper[e].isLetterOrNumber() || upper[e] == u'_');
            destructive = before && after;
        }
    }
    change(Change::Action::Execute, u"sql"_s, text.simplified().left(60), destructive);
}

void Renderer::enumMethod(const OpCall &c)
{
    const Args a(u".%1()"_s.arg(c.name), c.loc, c.args, c.kwargs, {u"bind"_s, u"checkfirst"_s}, 1);
    const Value &b = *a.get(u"bind"_s);
    if (!constructOf(b, u"alembic.op.get_bind"_s))
        fail(c.loc, Tr::tr("the Enum's .%1() must be given op.get_bind()").arg(c.name));
    const TypeInfo type = compileType(*c.receiver, m_d);
    if (!type.isPgEnum)
        return; // SQLAlchemy emits nothing for a non-native enum
    const bool create = c.name == u"create"_s;
    put(create ? createEnumType(m_d, type) : dropEnumType(m_d, type));
    change(create ? Change::Action::Create : Change::Action::Drop, u"type"_s,
           qualified(type.enumSchema, type.enumName), !create);
}

void Renderer::batch(const OpCall &c)
{
    const Args a(u"op.batch_alter_table()"_s, c.loc, c.args, c.kwargs,
                 {u"table_name"_s, u"schema"_s, u"recreate"_s, u"partial_reordering"_s,
                  u"copy_from"_s, u"table_args"_s, u"table_kwargs"_s, u"reflect_args"_s,
                  u"reflect_kwargs"_s, u"naming_convention"_s},
                 1);
    const QString recreate = a.name(u"recreate"_s).value_or(u"auto"_s);
    if (recreate != u"auto"_s && recreate != u"always"_s && recreate != u"never"_s)
        fail(c.loc, Tr::tr("op.batch_alter_table(): recreate must be 'auto', 'always' or 'never'"));
    for (const char *k : {"partial_reordering", "copy_from", "table_args", "table_kwargs",
                          "reflect_args", "reflect_kwargs", "naming_convention"})
        if (a.given(QLatin1StringView(k)) && recreate != u"never"_s)
            fail(c.loc, Tr::tr("op.batch_alter_table(): keyword '%1' is not supported")
                            .arg(QLatin1StringView(k)));
    bool needsRecreate = recreate == u"always"_s;
    const OpCall *cause = nullptr; ///< the operation that makes "auto" recreate
    if (recreate == u"auto"_s && m_d == Dialect::SQLite)
        for (const OpCall &b : c.body) {
            bool recreates = b.name != u"add_column"_s && b.name != u"create_index"_s &&
                             b.name != u"drop_index"_s && b.name != u"execute"_s;
            // Alembic's SQLite requires_recreate_in_batch(): a column whose server default
            // is an SQL expression (sa.text(), a function) cannot be added by ALTER.
            if (b.name == u"add_column"_s && !b.args.isEmpty() && b.args.first().construct())
                if (const Value *sd = b.args.first().construct()->kwarg(u"server_default"_s))
                    if (!sd->isNone() && !sd->isStr())
                        recreates = true;
            if (recreates && !needsRecreate)
                cause = &b;
            needsRecreate = needsRecreate || recreates;
        }
    m_batch = Batch{a.requiredName(u"table_name"_s), a.name(u"schema"_s).value_or(QString())};
    if (needsRecreate && m_liveBatch) {
        // The run makes the statements from the live table; batch_op.execute() runs first.
        for (const OpCall &b : c.body)
            if (b.name == u"execute"_s && !b.receiver)
                call(b);
        m_loc = c.loc;
        RenderedStatement s{u"-- batch mode: table %1 made anew (move and copy)"_s.arg(
                                qualified(m_batch->schema, m_batch->table)),
                            c.loc, std::make_shared<const OpCall>(c)};
        m_out.statements << s;
        bool drops = false;
        for (const OpCall &b : c.body)
            drops = drops || b.name == u"drop_column"_s;
        change(Change::Action::Alter, u"table"_s, qualified(m_batch->schema, m_batch->table),
               drops);
        m_batch.reset();
        return;
    }
    if (needsRecreate && cause && cause->name == u"add_column"_s)
        fail(cause->loc, Tr::tr("%1 needs the table's current definition (batch mode recreate), "
                                "which offline rendering cannot read")
                             .arg(opName(cause->name)));
    if (needsRecreate)
        fail(c.loc, Tr::tr("op.batch_alter_table() needs the table's current definition (batch "
                           "mode recreate), which offline rendering cannot read"));
    // batch_op.execute() runs at once; the other operations when the block ends.
    QList<RenderedStatement> deferred;
    for (const OpCall &b : c.body) {
        const qsizetype before = m_out.statements.size();
        call(b);
        if (b.name != u"execute"_s || b.receiver) {
            deferred += m_out.statements.mid(before);
            m_out.statements.resize(before);
        }
    }
    m_out.statements += deferred;
    m_batch.reset();
}

} // namespace

RenderedFunction renderCalls(const QList<OpCall> &calls, Dialect dialect, const QString &file)
{
    return renderCalls(calls, dialect, file, false);
}

RenderedFunction
renderCalls(const QList<OpCall> &calls, Dialect dialect, const QString &file, bool liveBatch)
{
    RenderedFunction out;
    Renderer r(dialect, out, liveBatch);
    try {
        for (const OpCall &c : calls)
            r.call(c);
    } catch (const Failure &f) {
        out.notRenderable = Diagnostic{file, f.loc.line > 0 ? f.loc : r.loc(), f.reason};
    }
    return out;
}

} // namespace retort::render
