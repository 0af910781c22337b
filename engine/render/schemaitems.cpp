// Argument binding and the schema items (Column, constraints, Index) read from constructs,
// with SQLAlchemy 1.4's rules for what a column adds to its table.
#include "core/error.h"
#include "render/render_p.h"

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

void fail(SourceLoc loc, const QString &reason)
{
    throw Failure{loc, reason};
}

void requireKnown(const Value &v)
{
    if (v.isUnknown())
        fail(v.loc(), v.str());
}

const Construct *constructOf(const Value &v, const QString &type)
{
    const Construct *c = v.construct();
    return c && c->type == type ? c : nullptr;
}

QString displayName(const QString &type)
{
    if (type.startsWith(u"sqlalchemy.dialects."_s))
        return type.mid(20);
    if (type.startsWith(u"sqlalchemy."_s))
        return u"sa."_s + type.mid(11);
    if (type.startsWith(u"alembic."_s))
        return type.mid(8);
    return type;
}

QString kindName(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None:
        return u"None"_s;
    case Value::Kind::Bool:
        return u"bool"_s;
    case Value::Kind::Int:
        return u"int"_s;
    case Value::Kind::Float:
        return u"float"_s;
    case Value::Kind::Str:
        return u"str"_s;
    case Value::Kind::List:
        return u"list"_s;
    case Value::Kind::Tuple:
        return u"tuple"_s;
    case Value::Kind::Dict:
        return u"dict"_s;
    case Value::Kind::Construct:
        return displayName(v.construct()->type);
    case Value::Kind::Unknown:
        break;
    }
    return u"unknown value"_s;
}

Args::Args(const QString &what,
           SourceLoc loc,
           const QList<Value> &args,
           const QList<KwArg> &kwargs,
           const QStringList &params,
           int required,
           const QStringList &prefixes,
           bool varargs)
    : m_what(what)
    , m_loc(loc)
    , m_params(params)
    , m_values(params.size())
    , m_set(params.size(), false)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (i < params.size()) {
            m_values[i] = args[i];
            m_set[i] = true;
        } else if (varargs)
            m_rest << args[i];
        else
            fail(loc, Tr::tr("%1: too many positional arguments").arg(what));
    }
    for (const KwArg &k : kwargs) {
        const qsizetype i = params.indexOf(k.name);
        if (i >= 0) {
            if (m_set[i])
                fail(loc, Tr::tr("%1: argument '%2' given twice").arg(what, k.name));
            m_values[i] = k.value;
            m_set[i] = true;
            continue;
        }
        bool dialectKw = false;
        for (const QString &p : prefixes)
            dialectKw = dialectKw || k.name.startsWith(p);
        if (!dialectKw)
            fail(loc, Tr::tr("%1: keyword '%2' is not supported").arg(what, k.name));
        m_dialect << k;
    }
    for (int i = 0; i < required; ++i)
        if (!m_set[i])
            fail(loc, Tr::tr("%1: missing argument '%2'").arg(what, params[i]));
}

const Value *Args::get(const QString &name) const
{
    const qsizetype i = m_params.indexOf(name);
    return i >= 0 && m_set[i] ? &m_values[i] : nullptr;
}

bool Args::given(const QString &name) const
{
    const Value *v = get(name);
    if (v)
        requireKnown(*v);
    return v && !v->isNone();
}

std::optional<QString> Args::name(const QString &n) const
{
    const Value *v = get(n);
    if (!v || v->isNone())
        return std::nullopt;
    return nameOf(*v, m_loc, m_what + u" '"_s + n + u'\'');
}

QString Args::requiredName(const QString &n) const
{
    const auto s = name(n);
    if (!s)
        fail(m_loc, Tr::tr("%1: '%2' must be a string").arg(m_what, n));
    return *s;
}

std::optional<bool> Args::boolean(const QString &n) const
{
    const Value *v = get(n);
    if (!v || v->isNone())
        return std::nullopt;
    requireKnown(*v);
    if (v->kind() != Value::Kind::Bool && v->kind() != Value::Kind::Int)
        fail(m_loc, Tr::tr("%1: '%2' must be True or False").arg(m_what, n));
    return v->toBool();
}

QString Args::objectName(const QString &n, Dialect d, bool required) const
{
    const auto text = required ? std::optional<QString>(requiredName(n)) : name(n);
    if (!text)
        return {};
    const bool conv =
        constructOf(*get(n), u"alembic.op.f"_s) || constructOf(*get(n), u"sqlalchemy.conv"_s);
    return limitName(d, *text, conv, m_loc);
}

void Args::checkDialectKwargs(const QStringList &allowed) const
{
    for (const KwArg &k : m_dialect)
        if (!allowed.contains(k.name))
            fail(m_loc, Tr::tr("%1: keyword '%2' is not supported").arg(m_what, k.name));
}

const Value *Args::dialectKwarg(const QString &name) const
{
    for (const KwArg &k : m_dialect)
        if (k.name == name) {
            requireKnown(k.value);
            return &k.value;
        }
    return nullptr;
}

QString nameOf(const Value &v, SourceLoc loc, const QString &what)
{
    requireKnown(v);
    if (v.isStr())
        return v.str();
    if (const Construct *c = v.construct()) {
        if ((c->type == u"alembic.op.f"_s || c->type == u"sqlalchemy.conv"_s) &&
            c->args.size() == 1 && c->kwargs.isEmpty() && c->args[0].isStr())
            return c->args[0].str();
        loc = c->loc;
    }
    fail(loc, Tr::tr("%1 must be a string, not %2").arg(what, kindName(v)));
}

namespace {

QString requireStr(const Value &v, SourceLoc loc, const QString &what)
{
    return nameOf(v, loc, what);
}

QStringList nameList(const Value &v, SourceLoc loc, const QString &what)
{
    requireKnown(v);
    if (!v.isSequence())
        fail(loc, Tr::tr("%1 must be a list of names").arg(what));
    QStringList out;
    for (const Value &i : v.items())
        out << requireStr(i, loc, what);
    return out;
}

/** "table.col" / "schema.table.col" of a ForeignKey. */
void splitTarget(const QString &target, ForeignKeyDef &fk, QString &col, SourceLoc loc)
{
    const QStringList parts = target.split(u'.');
    if (parts.size() < 2)
        fail(loc, Tr::tr("sa.ForeignKey(): '%1' is not \"table.column\"").arg(target));
    col = parts.last();
    fk.refTable = parts[parts.size() - 2];
    fk.refSchema = parts.mid(0, parts.size() - 2).join(u'.');
}

void readDeferrability(const Args &a, std::optional<bool> &deferrable, QString &initially)
{
    deferrable = a.boolean(u"deferrable"_s);
    initially = a.name(u"initially"_s).value_or(QString());
}

} // namespace

void readForeignKeyOptions(ForeignKeyDef &fk,
                           const Value *ondelete,
                           const Value *onupdate,
                           const Value *deferrable,
                           const Value *initially,
                           const Value *match,
                           SourceLoc loc)
{
    const auto opt = [loc](const Value *v, const char *n) {
        if (!v || v->isNone())
            return QString();
        return requireStr(*v, loc, QLatin1StringView(n));
    };
    fk.ondelete = opt(ondelete, "ondelete");
    fk.onupdate = opt(onupdate, "onupdate");
    fk.initially = opt(initially, "initially");
    fk.match = opt(match, "match");
    if (deferrable && !deferrable->isNone()) {
        requireKnown(*deferrable);
        if (deferrable->kind() != Value::Kind::Bool)
            fail(loc, Tr::tr("deferrable must be True or False"));
        fk.deferrable = deferrable->toBool();
    }
}

ColumnDef readColumn(const Value &v, Dialect d)
{
    requireKnown(v);
    const Construct *c = constructOf(v, u"sqlalchemy.Column"_s);
    if (!c)
        fail(v.construct() ? v.construct()->loc : SourceLoc{},
             Tr::tr("expected sa.Column(...), not %1").arg(kindName(v)));
    const QString what = u"sa.Column()"_s;
    const Args a(what, c->loc, {}, c->kwargs,
                 {u"name"_s, u"type_"_s, u"primary_key"_s, u"nullable"_s, u"default"_s,
                  u"server_default"_s, u"unique"_s, u"index"_s, u"comment"_s, u"autoincrement"_s,
                  u"key"_s, u"doc"_s, u"info"_s, u"onupdate"_s, u"quote"_s, u"server_onupdate"_s},
                 0, {u"postgresql_"_s, u"sqlite_"_s});
    a.checkDialectKwargs({});
    ColumnDef col;
    col.loc = c->loc;
    std::optional<Value> type;
    if (const Value *n = a.get(u"name"_s))
        col.name = requireStr(*n, c->loc, what);
    if (const Value *t = a.get(u"type_"_s))
        type = *t;
    bool identity = false;
    for (qsizetype i = 0; i < c->args.size(); ++i) {
        const Value &arg = c->args[i];
        requireKnown(arg);
        if (i == 0 && (arg.isStr() || constructOf(arg, u"alembic.op.f"_s))) {
            col.name = requireStr(arg, c->loc, what);
            continue;
        }
        const Construct *ac = arg.construct();
        if (!ac)
            fail(c->loc, Tr::tr("sa.Column(): unexpected %1 argument").arg(kindName(arg)));
        if (ac->type == u"sqlalchemy.ForeignKey"_s) {
            const Args f(u"sa.ForeignKey()"_s, ac->loc, ac->args, ac->kwargs,
                         {u"column"_s, u"_constraint"_s, u"use_alter"_s, u"name"_s, u"onupdate"_s,
                          u"ondelete"_s, u"deferrable"_s, u"initially"_s, u"link_to_name"_s,
                          u"match"_s},
                         1);
            if (f.boolean(u"use_alter"_s).value_or(false) || f.given(u"_constraint"_s))
                fail(ac->loc, Tr::tr("sa.ForeignKey(): use_alter is not supported"));
            ForeignKeyDef fk;
            QString refCol;
            splitTarget(f.requiredName(u"column"_s), fk, refCol, ac->loc);
            fk.refColumns << refCol;
            fk.name = f.objectName(u"name"_s, d, false);
            readForeignKeyOptions(fk, f.get(u"ondelete"_s), f.get(u"onupdate"_s),
                                  f.get(u"deferrable"_s), f.get(u"initially"_s), f.get(u"match"_s),
                                  ac->loc);
            col.foreignKeys << fk;
        } else if (ac->type == u"sqlalchemy.Sequence"_s) {
            const Args s(u"sa.Sequence()"_s, ac->loc, ac->args, ac->kwargs,
                         {u"name"_s, u"start"_s, u"increment"_s, u"minvalue"_s, u"maxvalue"_s,
                          u"nominvalue"_s, u"nomaxvalue"_s, u"cycle"_s, u"schema"_s, u"cache"_s,
                          u"order"_s, u"data_type"_s, u"optional"_s, u"quote"_s, u"metadata"_s,
                          u"quote_schema"_s, u"for_update"_s},
                         1);
            col.hasSequence = true;
            col.sequenceOptional = s.boolean(u"optional"_s).value_or(false);
        } else if (ac->type == u"sqlalchemy.Identity"_s) {
            const Args s(u"sa.Identity()"_s, ac->loc, ac->args, ac->kwargs,
                         {u"always"_s, u"on_null"_s, u"start"_s, u"increment"_s}, 0);
            if (d == Dialect::SQLite)
                fail(ac->loc, Tr::tr("sa.Identity() cannot be rendered for SQLite"));
            if (s.given(u"on_null"_s))
                fail(ac->loc, Tr::tr("sa.Identity(): keyword 'on_null' is not supported"));
            QStringList opts;
            for (const char *k : {"increment", "start"}) {
                const Value *o = s.get(QLatin1StringView(k));
                if (!o || o->isNone())
                    continue;
                if (o->kind() != Value::Kind::Int)
                    fail(
                        ac->loc,
                        Tr::tr("sa.Identity(): '%1' must be an integer").arg(QLatin1StringView(k)));
                opts << (qstrcmp(k, "increment") == 0 ? u"INCREMENT BY "_s : u"START WITH "_s) +
                            QString::number(o->toInt());
            }
            col.identitySql = u"GENERATED %1 AS IDENTITY"_s.arg(
                s.boolean(u"always"_s).value_or(false) ? u"ALWAYS"_s : u"BY DEFAULT"_s);
            if (!opts.isEmpty())
                col.identitySql += u" ("_s + opts.join(u' ') + u')';
            identity = true;
        } else if (ac->type == u"sqlalchemy.Computed"_s) {
            const Args s(u"sa.Computed()"_s, ac->loc, ac->args, ac->kwargs,
                         {u"sqltext"_s, u"persisted"_s}, 1);
            col.computedSql = u"GENERATED ALWAYS AS (%1)"_s.arg(
                ddlExpression(*s.get(u"sqltext"_s), d, u"sa.Computed()"_s, ac->loc));
            const auto p = s.boolean(u"persisted"_s);
            if (d == Dialect::PostgreSQL) {
                if (p && !*p)
                    fail(ac->loc, Tr::tr("sa.Computed(): PostgreSQL supports only persisted "
                                         "computed columns"));
                col.computedSql += u" STORED"_s;
            } else if (p) {
                col.computedSql += *p ? u" STORED"_s : u" VIRTUAL"_s;
            }
        } else if (ac->type == u"sqlalchemy.CheckConstraint"_s) {
            const Args s(u"sa.CheckConstraint()"_s, ac->loc, ac->args, ac->kwargs,
                         {u"sqltext"_s, u"name"_s, u"deferrable"_s, u"initially"_s, u"info"_s}, 1);
            ConstraintDef k;
            k.kind = ConstraintDef::Kind::Check;
            k.loc = ac->loc;
            k.name = s.objectName(u"name"_s, d, false);
            k.checkSql = ddlExpression(*s.get(u"sqltext"_s), d, u"sa.CheckConstraint()"_s, ac->loc);
            readDeferrability(s, k.deferrable, k.initially);
            col.inlineConstraints << constraintClause(d, TableDef{}, k);
        } else if (!type) {
            type = arg;
        } else {
            fail(ac->loc, Tr::tr("sa.Column(): %1 is not supported").arg(displayName(ac->type)));
        }
    }
    if (col.name.isEmpty())
        fail(c->loc, Tr::tr("sa.Column() needs a name"));
    if (type)
        col.type = compileType(*type, d);
    else if (col.foreignKeys.isEmpty())
        fail(c->loc, Tr::tr("sa.Column('%1') has no type").arg(col.name));
    else
        fail(c->loc, Tr::tr("sa.Column('%1'): a type taken from the foreign key's column "
                            "is not supported")
                         .arg(col.name));
    col.primaryKey = a.boolean(u"primary_key"_s).value_or(false);
    const auto nullable = a.boolean(u"nullable"_s);
    col.nullable = nullable ? *nullable : !col.primaryKey;
    col.nullableGiven = nullable.has_value();
    if (identity && !nullable)
        col.nullable = false;
    col.unique = a.boolean(u"unique"_s).value_or(false);
    col.index = a.boolean(u"index"_s).value_or(false);
    if (const Value *sd = a.get(u"server_default"_s))
        col.serverDefault = serverDefault(*sd, d, c->loc, &col.parenthesizeDefault);
    if (const Value *df = a.get(u"default"_s)) {
        if (const Construct *sq = constructOf(*df, u"sqlalchemy.Sequence"_s)) {
            const Args s(u"sa.Sequence()"_s, sq->loc, sq->args, sq->kwargs,
                         {u"name"_s, u"start"_s, u"increment"_s, u"minvalue"_s, u"maxvalue"_s,
                          u"nominvalue"_s, u"nomaxvalue"_s, u"cycle"_s, u"schema"_s, u"cache"_s,
                          u"order"_s, u"data_type"_s, u"optional"_s, u"quote"_s, u"metadata"_s,
                          u"quote_schema"_s, u"for_update"_s},
                         1);
            col.hasSequence = true;
            col.sequenceOptional = s.boolean(u"optional"_s).value_or(false);
        } else {
            col.hasPythonDefault = !df->isNone();
        }
    }
    if (const Value *cm = a.get(u"comment"_s); cm && !cm->isNone())
        col.comment = requireStr(*cm, c->loc, u"sa.Column() comment"_s);
    if (const Value *ai = a.get(u"autoincrement"_s)) {
        requireKnown(*ai);
        if (ai->kind() == Value::Kind::Bool)
            col.autoincrement = ai->toBool() ? u"true"_s : u"false"_s;
        else if (ai->isStr() && (ai->str() == u"auto"_s || ai->str() == u"ignore_fk"_s))
            col.autoincrement = ai->str();
        else
            fail(c->loc, Tr::tr("sa.Column(): autoincrement must be True, False, \"auto\" or "
                                "\"ignore_fk\""));
    }
    for (const char *k : {"onupdate", "server_onupdate", "quote"})
        if (a.given(QLatin1StringView(k)) && qstrcmp(k, "onupdate") != 0)
            fail(c->loc,
                 Tr::tr("sa.Column(): keyword '%1' is not supported").arg(QLatin1StringView(k)));
    return col;
}

ConstraintDef
typeCheckConstraint(Dialect d, const QString &column, const TypeInfo &type, SourceLoc loc)
{
    QStringList values;
    if (type.affinity == TypeInfo::Affinity::Boolean) {
        values << u"0"_s << u"1"_s;
    } else {
        for (const QString &v : type.enumValues)
            values << stringLiteral(d, v);
    }
    ConstraintDef k;
    k.kind = ConstraintDef::Kind::Check;
    k.name = type.typeCheckName;
    k.checkSql = quote(d, column) + u" IN ("_s + values.join(u", "_s) + u')';
    k.typeBound = true;
    k.loc = loc;
    return k;
}

void attachColumn(TableDef &t, const ColumnDef &c, Dialect d)
{
    if (c.index) {
        IndexDef i;
        const QString label =
            (t.schema.isEmpty() ? QString() : t.schema + u'_') + t.name + u'_' + c.name;
        i.name = limitName(d, u"ix_"_s + label, true, c.loc);
        i.expressions << quote(d, c.name);
        i.unique = c.unique;
        i.loc = c.loc;
        t.indexes << i;
    } else if (c.unique) {
        ConstraintDef u;
        u.kind = ConstraintDef::Kind::Unique;
        u.columns << c.name;
        u.loc = c.loc;
        t.constraints << u;
    }
    // The type's CHECK: its attach event was registered when the column was made, before the
    // foreign keys' (the column's positional items).
    if (c.type.typeCheck)
        t.constraints << typeCheckConstraint(d, c.name, c.type, c.loc);
    for (const ForeignKeyDef &fk : c.foreignKeys) {
        ConstraintDef f;
        f.kind = ConstraintDef::Kind::ForeignKey;
        f.fk = fk;
        f.fk.columns = {c.name};
        f.name = fk.name;
        f.loc = c.loc;
        t.constraints << f;
    }
}

void replaceColumn(TableDef &t, QList<ColumnDef> &attached, const ColumnDef &c)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == c.name)
            at = i;
    if (at < 0) {
        t.columns << c;
        return;
    }
    // Only column-level flags are known here: the table's own constraints are attached after
    // every column, as Alembic does.
    const ColumnDef &first = t.columns[at];
    const QString twice = Tr::tr("op.create_table('%1'): column '%2' is given twice (first on "
                                 "line %3)")
                              .arg(t.name, c.name)
                              .arg(first.loc.line);
    if (first.primaryKey && !c.primaryKey)
        fail(c.loc, twice + Tr::tr(", the second time not as part of the primary key: "
                                   "SQLAlchemy refuses to redefine a primary-key column"));
    // SQLAlchemy appends the second one to the primary key's columns, which come out in the
    // table's column order only when no key column follows the first one.
    if (c.primaryKey && !first.primaryKey)
        for (qsizetype i = at + 1; i < t.columns.size(); ++i)
            if (t.columns[i].primaryKey)
                fail(c.loc, twice + Tr::tr(", the second time as part of a primary key of "
                                           "several columns, which SQLAlchemy then orders "
                                           "otherwise: not supported"));
    if (first.index && c.index)
        fail(c.loc, twice + Tr::tr(", both times with index=True: Alembic would create the "
                                   "index %1 twice")
                                .arg(u"ix_"_s + (t.schema.isEmpty() ? QString() : t.schema + u'_') +
                                     t.name + u'_' + c.name));
    if (first.type.typeCheck)
        fail(c.loc, twice + Tr::tr(": the CHECK constraint of the first one's type would stay "
                                   "on the table and constrain the second one"));
    // The second takes the first one's place (SQLAlchemy warns: SADeprecationWarning). The
    // first one's foreign keys leave the table; its UNIQUE constraint, its index and its
    // enum type stay, made for a column of the same name.
    for (qsizetype i = attached.size() - 1; i >= 0; --i)
        if (attached[i].name == c.name) {
            attached[i].foreignKeys.clear();
            break;
        }
    t.columns[at] = c;
}

QString indexElement(const Value &v, Dialect d, SourceLoc loc)
{
    requireKnown(v);
    if (v.isStr())
        return quote(d, v.str());
    return ddlExpression(v, d, u"an index element"_s, loc);
}

void readTableItem(TableDef &t, const Value &v, Dialect d)
{
    requireKnown(v);
    const Construct *c = v.construct();
    if (!c)
        fail({}, Tr::tr("op.create_table(): unexpected %1 argument").arg(kindName(v)));
    const QString what = displayName(c->type) + u"()"_s;
    ConstraintDef k;
    k.loc = c->loc;
    const QStringList common{u"name"_s, u"deferrable"_s, u"initially"_s};
    if (c->type == u"sqlalchemy.PrimaryKeyConstraint"_s ||
        c->type == u"sqlalchemy.UniqueConstraint"_s) {
        const Args a(what, c->loc, {}, c->kwargs, common + QStringList{u"info"_s}, 0);
        k.kind = c->type == u"sqlalchemy.UniqueConstraint"_s ? ConstraintDef::Kind::Unique
                                                             : ConstraintDef::Kind::PrimaryKey;
        for (const Value &col : c->args)
            k.columns << requireStr(col, c->loc, what);
        k.name = a.objectName(u"name"_s, d, false);
        readDeferrability(a, k.deferrable, k.initially);
    } else if (c->type == u"sqlalchemy.CheckConstraint"_s) {
        const Args a(what, c->loc, c->args, c->kwargs,
                     QStringList{u"sqltext"_s} + common + QStringList{u"info"_s}, 1);
        k.kind = ConstraintDef::Kind::Check;
        k.checkSql = ddlExpression(*a.get(u"sqltext"_s), d, what, c->loc);
        k.name = a.objectName(u"name"_s, d, false);
        readDeferrability(a, k.deferrable, k.initially);
    } else if (c->type == u"sqlalchemy.ForeignKeyConstraint"_s) {
        const Args a(what, c->loc, c->args, c->kwargs,
                     {u"columns"_s, u"refcolumns"_s, u"name"_s, u"onupdate"_s, u"ondelete"_s,
                      u"deferrable"_s, u"initially"_s, u"use_alter"_s, u"link_to_name"_s,
                      u"match"_s, u"info"_s},
                     2);
        if (a.boolean(u"use_alter"_s).value_or(false))
            fail(c->loc, Tr::tr("%1: use_alter is not supported").arg(what));
        k.kind = ConstraintDef::Kind::ForeignKey;
        k.fk.columns = nameList(*a.get(u"columns"_s), c->loc, what);
        const QStringList refs = nameList(*a.get(u"refcolumns"_s), c->loc, what);
        if (refs.size() != k.fk.columns.size() || refs.isEmpty())
            fail(c->loc, Tr::tr("%1: the column lists differ in length").arg(what));
        for (const QString &r : refs) {
            ForeignKeyDef one;
            QString col;
            splitTarget(r, one, col, c->loc);
            if (!k.fk.refTable.isEmpty() &&
                (one.refTable != k.fk.refTable || one.refSchema != k.fk.refSchema))
                fail(c->loc,
                     Tr::tr("%1: the referenced columns are in different tables").arg(what));
            k.fk.refTable = one.refTable;
            k.fk.refSchema = one.refSchema;
            k.fk.refColumns << col;
        }
        k.name = a.objectName(u"name"_s, d, false);
        k.fk.name = k.name;
        readForeignKeyOptions(k.fk, a.get(u"ondelete"_s), a.get(u"onupdate"_s),
                              a.get(u"deferrable"_s), a.get(u"initially"_s), a.get(u"match"_s),
                              c->loc);
    } else if (c->type == u"sqlalchemy.Index"_s) {
        const Args a(what, c->loc, c->args.mid(0, 1), c->kwargs,
                     {u"name"_s, u"unique"_s, u"quote"_s, u"info"_s}, 1,
                     {u"postgresql_"_s, u"sqlite_"_s});
        IndexDef i;
        i.loc = c->loc;
        i.name = a.objectName(u"name"_s, d, true);
        i.unique = a.boolean(u"unique"_s).value_or(false);
        for (const Value &e : c->args.mid(1))
            i.expressions << indexElement(e, d, c->loc);
        a.checkDialectKwargs({u"postgresql_using"_s, u"postgresql_where"_s, u"postgresql_include"_s,
                              u"sqlite_where"_s});
        if (const Value *u = a.dialectKwarg(u"postgresql_using"_s))
            i.pgUsing = requireStr(*u, c->loc, u"postgresql_using"_s);
        if (const Value *w = a.dialectKwarg(u"postgresql_where"_s))
            i.pgWhere = ddlExpression(*w, d, u"postgresql_where"_s, c->loc);
        if (const Value *w = a.dialectKwarg(u"sqlite_where"_s))
            i.sqliteWhere = ddlExpression(*w, d, u"sqlite_where"_s, c->loc);
        if (const Value *inc = a.dialectKwarg(u"postgresql_include"_s))
            i.pgInclude = nameList(*inc, c->loc, u"postgresql_include"_s);
        t.indexes << i;
        return;
    } else {
        fail(c->loc, Tr::tr("op.create_table(): %1 is not supported").arg(displayName(c->type)));
    }
    if (k.kind == ConstraintDef::Kind::PrimaryKey) {
        for (ColumnDef &col : t.columns) {
            col.primaryKey = k.columns.contains(col.name);
            if (col.primaryKey && !col.nullableGiven)
                col.nullable = false;
        }
        for (qsizetype i = 0; i < t.constraints.size(); ++i)
            if (t.constraints[i].kind == ConstraintDef::Kind::PrimaryKey)
                t.constraints.removeAt(i--);
    }
    t.constraints << k;
}

namespace {

/** SQLAlchemy's `column.foreign_keys`: its own sa.ForeignKey()s, and the columns of the
 *  table's ForeignKeyConstraint()s. */
bool hasForeignKey(const TableDef &t, const ColumnDef &c)
{
    if (!c.foreignKeys.isEmpty())
        return true;
    for (const ConstraintDef &k : t.constraints)
        if (k.kind == ConstraintDef::Kind::ForeignKey && k.fk.columns.contains(c.name))
            return true;
    return false;
}

} // namespace

int autoincrementColumn(const TableDef &t)
{
    QList<int> pk;
    for (qsizetype i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].primaryKey)
            pk << int(i);
    const auto valid = [&t](int i, bool explicitTrue) {
        const ColumnDef &c = t.columns[i];
        const bool numeric = c.type.affinity == TypeInfo::Affinity::Integer ||
                             c.type.affinity == TypeInfo::Affinity::Numeric;
        if (!numeric) {
            if (explicitTrue)
                fail(c.loc, Tr::tr("sa.Column('%1'): autoincrement=True needs an integer type")
                                .arg(c.name));
            return false;
        }
        if (c.hasPythonDefault && !explicitTrue)
            return false;
        // server_default: sa.Computed() is one too (an Identity() is not counted)
        if ((c.serverDefault || !c.computedSql.isEmpty()) && !explicitTrue)
            return false;
        if (hasForeignKey(t, c) && c.autoincrement != u"true"_s &&
            c.autoincrement != u"ignore_fk"_s)
            return false;
        return true;
    };
    if (pk.size() == 1) {
        const ColumnDef &c = t.columns[pk[0]];
        if (c.autoincrement == u"true"_s) {
            valid(pk[0], true);
            return pk[0];
        }
        if ((c.autoincrement == u"auto"_s || c.autoincrement == u"ignore_fk"_s) &&
            valid(pk[0], false))
            return pk[0];
        return -1;
    }
    int found = -1;
    for (int i : pk)
        if (t.columns[i].autoincrement == u"true"_s) {
            valid(i, true);
            if (found >= 0)
                fail(t.columns[i].loc, Tr::tr("only one column may be marked autoincrement=True"));
            found = i;
        }
    return found;
}

} // namespace retort::render::detail
