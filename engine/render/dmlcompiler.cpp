// Expressions and DML with literal binds: text() semantics, functions, literals as
// SQLAlchemy's literal processors print them, bulk_insert and table().insert/update/delete.
#include "core/error.h"
#include "render/render_p.h"

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isWord(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.category() == QChar::Mark_NonSpacing;
}

/** A literal of a Python value whose type SQLAlchemy infers (inline_literal, func args). */
QString inferredLiteral(const Value &v, Dialect d, SourceLoc loc)
{
    requireKnown(v);
    switch (v.kind()) {
    case Value::Kind::None:
        return u"NULL"_s;
    case Value::Kind::Bool:
        return d == Dialect::PostgreSQL ? (v.toBool() ? u"true"_s : u"false"_s)
                                        : (v.toBool() ? u"1"_s : u"0"_s);
    case Value::Kind::Int:
        return QString::number(v.toInt());
    case Value::Kind::Float:
        return v.str();
    case Value::Kind::Str:
        return stringLiteral(d, v.str());
    default:
        break;
    }
    fail(loc, Tr::tr("a %1 cannot be rendered as an SQL literal").arg(kindName(v)));
}

QString functionCall(const Construct &c, Dialect d)
{
    const QString name = c.type.mid(16); // after "sqlalchemy.func."
    if (name.contains(u'.') || name.toLower() != name || !c.kwargs.isEmpty())
        fail(c.loc, Tr::tr("sa.func.%1() is not supported").arg(name));
    static const QStringList ansi{
        u"current_timestamp"_s, u"current_date"_s, u"current_time"_s, u"localtime"_s,
        u"localtimestamp"_s,    u"current_user"_s, u"session_user"_s, u"user"_s};
    static const QStringList special{
        u"concat"_s,          u"next_value"_s,      u"array_agg"_s, u"mode"_s,
        u"percentile_cont"_s, u"percentile_disc"_s, u"rank"_s,      u"dense_rank"_s,
        u"percent_rank"_s,    u"cume_dist"_s,       u"cube"_s,      u"rollup"_s,
        u"grouping_sets"_s,   u"sysdate"_s,         u"count"_s};
    if (special.contains(name) && !(name == u"count"_s && !c.args.isEmpty()))
        fail(c.loc, Tr::tr("sa.func.%1() is not supported").arg(name));
    if (!c.called)
        fail(c.loc, Tr::tr("sa.func.%1 must be called").arg(name));
    if (ansi.contains(name) && c.args.isEmpty())
        return name.toUpper();
    if (name == u"now"_s && c.args.isEmpty())
        return d == Dialect::PostgreSQL ? u"now()"_s : u"CURRENT_TIMESTAMP"_s;
    QStringList args;
    for (const Value &a : c.args)
        args << (a.isStr() ? stringLiteral(d, a.str())
                           : ddlExpression(a, d, u"sa.func."_s + name + u"()"_s, c.loc));
    return name + u'(' + args.join(u", "_s) + u')';
}

const Construct *tableRoot(const Value &v)
{
    const Construct *c = v.construct();
    while (c && c->receiver && c->type.startsWith(u'.')) {
        requireKnown(*c->receiver);
        c = c->receiver->construct();
    }
    return c;
}

} // namespace

QString stringLiteral(Dialect d, const QString &s)
{
    QString v = s;
    v.replace(u'\'', u"''"_s);
    // No `%` doubling: Alembic's generic env.py sets paramstyle "named", and the same text
    // runs online, where a doubled `%` would reach the server.
    if (d == Dialect::PostgreSQL)
        v.replace(u'\\', u"\\\\"_s);
    return u'\'' + v + u'\'';
}

QString textClause(Dialect d, const QString &text, SourceLoc loc, const QList<KwArg> *values)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u':' && i + 1 < n && isWord(text[i + 1])) {
            const QChar prev = i > 0 ? text[i - 1] : QChar();
            qsizetype j = i + 1;
            while (j < n && isWord(text[j]))
                ++j;
            const bool followedByColon = j < n && text[j] == u':';
            if (prev == u'\\' && !followedByColon) {
                out.chop(1); // the escape: "\:name" is the literal ":name"
                out += text.mid(i, j - i);
                i = j - 1;
                continue;
            }
            if (!(prev == u':' || isWord(prev) || prev == u'\\') && !followedByColon) {
                // .bindparams(name=value): the value as a literal bind.
                const QString name = text.mid(i + 1, j - i - 1);
                const KwArg *given = nullptr;
                for (qsizetype k = 0; values && k < values->size(); ++k)
                    if (values->at(k).name == name)
                        given = &values->at(k);
                if (!given)
                    fail(loc, Tr::tr("the bind parameter ':%1' has no value (offline mode prints "
                                     "a placeholder)")
                                  .arg(name));
                out += inferredLiteral(given->value, d, loc);
                i = j - 1;
                continue;
            }
            out += text.mid(i, j - i);
            i = j - 1;
            continue;
        }
        if (c == u'\\' && i + 1 < n && text[i + 1] == u':' &&
            (i + 2 >= n || (!isWord(text[i + 2]) && text[i + 2] != u':'))) {
            continue; // "\:" alone: the colon stays, the backslash goes
        }
        out += c; // `%` stays single: paramstyle "named" (see stringLiteral())
    }
    return out;
}

namespace {

/** SQLAlchemy's operator precedence (sql/operators.py), for the operators the interpreter
 *  records as `operator:<op>`; 0 for others. */
int precedence(QStringView op)
{
    if (op == u"*" || op == u"/" || op == u"%")
        return 8;
    if (op == u"+" || op == u"-")
        return 7;
    if (op == u"==" || op == u"!=" || op == u"<" || op == u"<=" || op == u">" || op == u">=")
        return 5;
    if (op == u"&")
        return 3;
    if (op == u"|")
        return 2;
    return 0;
}

/** Operators whose repetition needs no parentheses (SQLAlchemy's natural self-precedent). */
bool selfPrecedent(QStringView op)
{
    return op == u"+" || op == u"*" || op == u"&" || op == u"|";
}

} // namespace

/** A binary `operator:<op>` construct as SQLAlchemy compiles it with literal binds: operands
 *  grouped in parentheses where their precedence is not higher than the operator's. */
static QString binaryExpression(const Construct &c, Dialect d, const QString &what)
{
    const QString op = c.type.mid(9);
    const int prec = precedence(op);
    if (prec == 0 || c.args.size() != 2 || !c.kwargs.isEmpty())
        fail(c.loc, Tr::tr("%1 in %2 is not supported").arg(displayName(c.type), what));
    const auto operand = [&](const Value &v) {
        QString sql = ddlExpression(v, d, what, c.loc);
        if (const Construct *inner = v.construct();
            inner && inner->type.startsWith(u"operator:"_s)) {
            const QString innerOp = inner->type.mid(9);
            if (!(innerOp == op && selfPrecedent(op)) && precedence(innerOp) <= prec)
                sql = u'(' + sql + u')';
        }
        return sql;
    };
    const QString left = operand(c.args[0]);
    if (c.args[1].isNone() && (op == u"==" || op == u"!="))
        return left + (op == u"==" ? u" IS NULL"_s : u" IS NOT NULL"_s);
    const QString sqlOp = op == u"==" ? u"="_s : op == u"&" ? u"AND"_s : op == u"|" ? u"OR"_s : op;
    return left + u' ' + sqlOp + u' ' + operand(c.args[1]);
}

QString ddlExpression(const Value &v, Dialect d, const QString &what, SourceLoc loc)
{
    requireKnown(v);
    if (v.isStr())
        return textClause(d, v.str(), loc);
    const Construct *c = v.construct();
    if (!c)
        return inferredLiteral(v, d, loc);
    if (c->type == u"sqlalchemy.text"_s) {
        const Args a(u"sa.text()"_s, c->loc, c->args, c->kwargs, {u"text"_s}, 1);
        const Value &t = *a.get(u"text"_s);
        requireKnown(t);
        if (!t.isStr())
            fail(c->loc, Tr::tr("sa.text() takes a string"));
        return textClause(d, t.str(), c->loc);
    }
    if (c->type.startsWith(u"sqlalchemy.func."_s))
        return functionCall(*c, d);
    if (c->type == u"sqlalchemy.true"_s || c->type == u"sqlalchemy.false"_s) {
        const bool t = c->type == u"sqlalchemy.true"_s;
        return d == Dialect::PostgreSQL ? (t ? u"true"_s : u"false"_s) : (t ? u"1"_s : u"0"_s);
    }
    if (c->type == u"sqlalchemy.null"_s)
        return u"NULL"_s;
    if (c->type == u"sqlalchemy.literal_column"_s && c->args.size() == 1 && c->kwargs.isEmpty() &&
        c->args[0].isStr()) {
        return c->args[0].str();
    }
    if (c->type == u"sqlalchemy.column"_s && c->args.size() == 1 && c->kwargs.isEmpty() &&
        c->args[0].isStr())
        return quote(d, c->args[0].str());
    if (c->type == u"alembic.op.inline_literal"_s && c->args.size() == 1 && c->kwargs.isEmpty())
        return inferredLiteral(c->args[0], d, c->loc);
    if (c->type.startsWith(u"operator:"_s) && c->args.size() == 2)
        return binaryExpression(*c, d, what);
    fail(c->loc, Tr::tr("%1 in %2 is not supported").arg(displayName(c->type), what));
}

std::optional<QString> serverDefault(const Value &v, Dialect d, SourceLoc loc, bool *parenthesize)
{
    requireKnown(v);
    if (parenthesize)
        *parenthesize = false;
    if (v.isNone())
        return std::nullopt;
    if (v.isStr())
        return stringLiteral(d, v.str());
    const Construct *c = v.construct();
    if (!c)
        fail(loc, Tr::tr("server_default must be a string or an SQL expression, not %1")
                      .arg(kindName(v)));
    if (c->type == u"sqlalchemy.text"_s)
        return ddlExpression(v, d, u"server_default"_s, c->loc);
    if (c->type.startsWith(u"sqlalchemy.func."_s) || c->type == u"sqlalchemy.true"_s ||
        c->type == u"sqlalchemy.false"_s || c->type == u"sqlalchemy.literal_column"_s) {
        if (parenthesize)
            *parenthesize = d == Dialect::SQLite;
        return ddlExpression(v, d, u"server_default"_s, c->loc);
    }
    // sa.Sequence("s").next_value(): PostgreSQL's nextval('s'), the name as SQLAlchemy's
    // format_sequence() writes it.
    if (c->type == u".next_value"_s && c->called && c->args.isEmpty() && c->kwargs.isEmpty() &&
        c->receiver) {
        if (const Construct *seq = constructOf(*c->receiver, u"sqlalchemy.Sequence"_s)) {
            if (d == Dialect::SQLite)
                fail(c->loc, Tr::tr("SQLite has no sequences"));
            const Args a(u"sa.Sequence()"_s, seq->loc, seq->args, seq->kwargs,
                         {u"name"_s, u"start"_s, u"increment"_s, u"minvalue"_s, u"maxvalue"_s,
                          u"nominvalue"_s, u"nomaxvalue"_s, u"cycle"_s, u"schema"_s, u"cache"_s,
                          u"order"_s, u"optional"_s},
                         1);
            const QString name =
                tableName(d, a.name(u"schema"_s).value_or(QString()), a.requiredName(u"name"_s));
            return u"nextval("_s + stringLiteral(d, name) + u')';
        }
    }
    fail(c->loc, Tr::tr("%1 as server_default is not supported").arg(displayName(c->type)));
}

QString literalValue(const Value &v, const TypeInfo *type, Dialect d, SourceLoc loc)
{
    requireKnown(v);
    if (const Construct *c = constructOf(v, u"alembic.op.inline_literal"_s)) {
        const Args a(u"op.inline_literal()"_s, c->loc, c->args, c->kwargs, {u"value"_s, u"type_"_s},
                     1);
        if (a.given(u"type_"_s)) {
            const TypeInfo t = compileType(*a.get(u"type_"_s), d);
            return literalValue(*a.get(u"value"_s), &t, d, c->loc);
        }
        return inferredLiteral(*a.get(u"value"_s), d, c->loc);
    }
    if (v.isNone())
        return u"NULL"_s;
    if (!type)
        fail(loc, Tr::tr("no literal renderer for %1 in a column without a type").arg(kindName(v)));
    using A = TypeInfo::Affinity;
    switch (type->affinity) {
    case A::Integer:
        if (v.kind() == Value::Kind::Int)
            return QString::number(v.toInt());
        break;
    case A::Numeric:
    case A::Float:
        if (v.kind() == Value::Kind::Int)
            return QString::number(v.toInt());
        if (v.kind() == Value::Kind::Float)
            return v.str();
        break;
    case A::String:
    case A::Enum:
        if (v.isStr())
            return stringLiteral(d, v.str());
        break;
    case A::Boolean:
        if (v.kind() == Value::Kind::Bool)
            return inferredLiteral(v, d, loc);
        break;
    default:
        break;
    }
    fail(loc, Tr::tr("no literal renderer for %1 in a %2 column").arg(kindName(v), type->sql));
}

TableClause readTableClause(const Value &v, Dialect d, SourceLoc loc)
{
    requireKnown(v);
    TableClause t;
    if (const Construct *c = constructOf(v, u"sqlalchemy.table"_s)) {
        const Args a(u"sa.table()"_s, c->loc, c->args.mid(0, 1), c->kwargs,
                     {u"name"_s, u"schema"_s}, 1);
        t.name = a.requiredName(u"name"_s);
        t.schema = a.name(u"schema"_s).value_or(QString());
        for (const Value &col : c->args.mid(1)) {
            const Construct *cc = constructOf(col, u"sqlalchemy.column"_s);
            if (!cc)
                fail(c->loc,
                     Tr::tr("sa.table(): expected sa.column(...), not %1").arg(kindName(col)));
            const Args ca(u"sa.column()"_s, cc->loc, cc->args, cc->kwargs,
                          {u"text"_s, u"type_"_s, u"is_literal"_s}, 1);
            t.columns << ca.requiredName(u"text"_s);
            if (ca.given(u"type_"_s))
                t.types << compileType(*ca.get(u"type_"_s), d);
            else
                t.types << std::nullopt;
        }
        return t;
    }
    if (const Construct *c = constructOf(v, u"alembic.op.create_table"_s)) {
        const Args a(u"op.create_table()"_s, c->loc, c->args.mid(0, 1), c->kwargs,
                     {u"table_name"_s, u"schema"_s, u"comment"_s}, 1, {u"postgresql_"_s});
        t.name = a.requiredName(u"table_name"_s);
        t.schema = a.name(u"schema"_s).value_or(QString());
        for (const Value &item : c->args.mid(1))
            if (constructOf(item, u"sqlalchemy.Column"_s)) {
                const ColumnDef col = readColumn(item, d);
                t.columns << col.name;
                t.types << col.type;
            }
        return t;
    }
    fail(loc, Tr::tr("expected sa.table(...) or the result of op.create_table(), not %1")
                  .arg(kindName(v)));
}

QStringList bulkInsert(const TableClause &t, const Value &rows, Dialect d, SourceLoc loc)
{
    requireKnown(rows);
    if (rows.kind() != Value::Kind::List)
        fail(loc, Tr::tr("op.bulk_insert(): rows must be a list"));
    QStringList out;
    const QString table = tableName(d, t.schema, t.name);
    for (const Value &row : rows.items()) {
        requireKnown(row);
        if (row.kind() != Value::Kind::Dict)
            fail(loc, Tr::tr("op.bulk_insert(): rows must be dictionaries"));
        QStringList cols, values;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            for (const auto &[k, val] : row.entries()) {
                requireKnown(k);
                if (k.isStr() && k.str() == t.columns[i]) {
                    cols << quote(d, t.columns[i]);
                    const TypeInfo *type = t.types[i] ? &*t.types[i] : nullptr;
                    values << literalValue(val, type, d, loc);
                }
            }
        for (const auto &[k, val] : row.entries())
            if (!k.isStr() || !t.columns.contains(k.str()))
                fail(loc, Tr::tr("op.bulk_insert(): the table has no column %1")
                              .arg(k.isStr() ? k.str() : kindName(k)));
        out << u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "_s),
                                                        values.join(u", "_s));
    }
    return out;
}

std::optional<QString> dmlStatement(const Value &v, Dialect d, QString *tableOut)
{
    const Construct *root = tableRoot(v);
    if (!root || root->type != u"sqlalchemy.table"_s || !v.construct() ||
        !v.construct()->type.startsWith(u'.'))
        return std::nullopt;
    const TableClause t = readTableClause(Value::construct(*root), d, root->loc);
    const QString table = tableName(d, t.schema, t.name);
    *tableOut = t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name;
    // The method chain, innermost first.
    QList<const Construct *> chain;
    for (const Construct *c = v.construct(); c && c != root; c = c->receiver->construct())
        chain.prepend(c);
    if (chain.isEmpty() || !chain.front()->called)
        return std::nullopt;
    const QString kind = chain.front()->type;
    if (kind != u".insert"_s && kind != u".update"_s && kind != u".delete"_s)
        fail(chain.front()->loc, Tr::tr("sa.table().%1() is not supported").arg(kind.mid(1)));
    if (!chain.front()->args.isEmpty() || !chain.front()->kwargs.isEmpty())
        fail(chain.front()->loc,
             Tr::tr("sa.table().%1(): arguments are not supported").arg(kind.mid(1)));
    const auto columnIndex = [&t](const QString &n) { return t.columns.indexOf(n); };
    QList<std::pair<int, QString>> values;
    QStringList where;
    // A column of the table (its SQL and type), or nullopt.
    const auto column = [&](const Value &o, const TypeInfo **type) -> std::optional<QString> {
        requireKnown(o);
        const Construct *c = o.construct();
        if (c && !c->called && c->receiver && c->type.startsWith(u'.')) {
            const Construct *cc = c->receiver->construct();
            const Construct *tc =
                cc && cc->type == u".c"_s && cc->receiver ? cc->receiver->construct() : nullptr;
            if (tc && (tc == root || (tc->type == root->type && tc->args.value(0).isStr() &&
                                      tc->args.value(0).str() == t.name))) {
                const int i = columnIndex(c->type.mid(1));
                if (i < 0)
                    fail(c->loc, Tr::tr("the table has no column '%1'").arg(c->type.mid(1)));
                if (type)
                    *type = t.types[i] ? &*t.types[i] : nullptr;
                return table + u'.' + quote(d, t.columns[i]);
            }
        }
        return std::nullopt;
    };
    // A value as Alembic's offline mode renders it: literal binds in the column's type
    // (op.inline_literal() with its own), sa.text() verbatim.
    const auto literal = [&](const Value &o, const TypeInfo *type, SourceLoc loc) -> QString {
        requireKnown(o);
        if (const Construct *tx = constructOf(o, u"sqlalchemy.text"_s);
            tx && tx->called && tx->args.size() == 1 && tx->kwargs.isEmpty() && tx->args[0].isStr())
            return tx->args[0].str();
        if (o.construct() && !constructOf(o, u"alembic.op.inline_literal"_s))
            fail(o.construct()->loc,
                 Tr::tr("%1 is not supported as a value in offline mode").arg(kindName(o)));
        return literalValue(o, type, d, loc);
    };
    // One condition of .where(): column <op> value, column.is_(None), column.in_([...]).
    const auto condition = [&](const Value &w, SourceLoc loc) -> QString {
        const Construct *e = w.construct();
        static const QStringList ops{u"=="_s, u"!="_s, u"<"_s, u">"_s, u"<="_s, u">="_s};
        if (e && e->type.startsWith(u"operator:"_s) && e->args.size() == 2 &&
            ops.contains(e->type.mid(9))) {
            const QString opName = e->type.mid(9);
            const TypeInfo *type = nullptr;
            const std::optional<QString> left = column(e->args[0], &type);
            if (!left)
                fail(e->loc, Tr::tr(".where(): the left side must be a column of the table"));
            if (const std::optional<QString> right = column(e->args[1], nullptr))
                return *left + u' ' + (opName == u"=="_s ? u"="_s : opName) + u' ' + *right;
            if (e->args[1].isNone() && (opName == u"=="_s || opName == u"!="_s))
                return *left + (opName == u"=="_s ? u" IS NULL"_s : u" IS NOT NULL"_s);
            return *left + u' ' + (opName == u"=="_s ? u"="_s : opName) + u' ' +
                   literal(e->args[1], type, e->loc);
        }
        if (e && e->called && e->receiver && e->args.size() == 1 && e->kwargs.isEmpty()) {
            const TypeInfo *type = nullptr;
            const std::optional<QString> col = column(*e->receiver, &type);
            if (col &&
                (e->type == u".is_"_s || e->type == u".is_not"_s || e->type == u".isnot"_s) &&
                e->args[0].isNone())
                return *col + (e->type == u".is_"_s ? u" IS NULL"_s : u" IS NOT NULL"_s);
            if (col && e->type == u".in_"_s && e->args[0].isSequence() &&
                !e->args[0].items().isEmpty()) {
                QStringList items;
                for (const Value &item : e->args[0].items())
                    items << literal(item, type, e->loc);
                return *col + u" IN ("_s + items.join(u", "_s) + u')';
            }
        }
        fail(e ? e->loc : loc,
             Tr::tr(".where(): only comparisons of a column with a value, is_(None) and in_() "
                    "of a list are supported"));
    };
    for (const Construct *c : chain.mid(1)) {
        if (c->type == u".values"_s && kind != u".delete"_s) {
            QList<std::pair<QString, Value>> given;
            if (c->args.size() == 1 && c->args[0].kind() == Value::Kind::Dict &&
                c->kwargs.isEmpty()) {
                for (const auto &[k, val] : c->args[0].entries())
                    given << std::pair{nameOf(k, c->loc, u"a column"_s), val};
            } else if (c->args.isEmpty()) {
                for (const KwArg &k : c->kwargs)
                    given << std::pair{k.name, k.value};
            } else {
                fail(c->loc, Tr::tr(".values(): only keywords or one dict are supported"));
            }
            for (const auto &[k, val] : given) {
                const int i = columnIndex(k);
                if (i < 0)
                    fail(c->loc, Tr::tr("the table has no column '%1'").arg(k));
                values << std::pair{i, literal(val, t.types[i] ? &*t.types[i] : nullptr, c->loc)};
            }
        } else if (c->type == u".where"_s && kind != u".insert"_s) {
            for (const Value &w : c->args)
                where << condition(w, c->loc);
        } else {
            fail(c->loc,
                 Tr::tr("sa.table().%1().%2() is not supported").arg(kind.mid(1), c->type.mid(1)));
        }
    }
    std::sort(values.begin(), values.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QString sql;
    if (kind == u".insert"_s) {
        QStringList cols, vals;
        for (const auto &[i, s] : values) {
            cols << quote(d, t.columns[i]);
            vals << s;
        }
        if (cols.isEmpty())
            fail(v.construct()->loc, Tr::tr("sa.table().insert() without values is not supported"));
        sql =
            u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "_s), vals.join(u", "_s));
    } else if (kind == u".update"_s) {
        QStringList set;
        for (const auto &[i, s] : values)
            set << quote(d, t.columns[i]) + u'=' + s;
        if (set.isEmpty())
            fail(v.construct()->loc, Tr::tr("sa.table().update() without values is not supported"));
        sql = u"UPDATE %1 SET %2"_s.arg(table, set.join(u", "_s));
    } else {
        sql = u"DELETE FROM "_s + table;
    }
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    return sql;
}

} // namespace retort::render::detail
