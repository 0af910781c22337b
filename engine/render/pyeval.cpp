#include "interpreter_p.h"
#include "pyformat_p.h"

#include <cmath>

// Expressions: names, attributes, calls (op calls recorded, constructs built), operators,
// subscripts, comprehensions and f-strings.

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

// Alembic's functions that return a value instead of doing something.
bool isValueOp(const QString &name)
{
    return name == u"f" || name == u"inline_literal" || name == u"get_bind" ||
           name == u"get_context" || name == u"batch_alter_table" ||
           name == u"implementation_for" || name == u"register_operation";
}

// The database connection or migration context (op.get_bind(), op.get_context(),
// context.get_context() and their .bind/.connection/.engine/.dialect).
bool isConnection(const Value &v)
{
    const Construct *c = v.construct();
    for (int depth = 0; c && depth < 16; ++depth) {
        if (c->called &&
            (c->type == u"alembic.op.get_bind" || c->type == u"alembic.op.get_context" ||
             c->type == u"alembic.context.get_context"))
            return true;
        if (!c->receiver)
            return false;
        if (c->type != u".bind" && c->type != u".connection" && c->type != u".engine" &&
            c->type != u".dialect" && !(c->type == u".connect" && c->called))
            return false;
        c = c->receiver->construct();
    }
    return false;
}

bool isContext(const Value &v)
{
    const Construct *c = v.construct();
    return c && c->called && !c->receiver &&
           (c->type == u"alembic.op.get_context" || c->type == u"alembic.context.get_context");
}

bool holdsConnection(const CallArgs &args)
{
    for (const Value &v : args.pos) {
        if (isConnection(v))
            return true;
    }
    for (const KwArg &k : args.kw) {
        if (isConnection(k.value))
            return true;
    }
    return false;
}

QString unknownUse(const QString &what, SourceLoc loc)
{
    return Tr::tr("%1 at line %2").arg(what).arg(loc.line);
}

} // namespace

Value makeConstruct(
    QString type, bool called, CallArgs args, std::optional<Value> receiver, SourceLoc loc)
{
    Construct c;
    c.type = std::move(type);
    c.called = called;
    c.args = std::move(args.pos);
    c.kwargs = std::move(args.kw);
    c.receiver = std::move(receiver);
    c.loc = loc;
    return Value::construct(std::move(c));
}

Value Interpreter::eval(const Expr &e, Scope &scope)
{
    // Expressions nest at most 200 deep (the parser's limit), but calls multiply that.
    constexpr int MaxEvalDepth = 1000;
    if (m_evalDepth >= MaxEvalDepth) {
        fail(e.loc, Tr::tr("the expression at line %1 nests too deeply").arg(e.loc.line));
        return {};
    }
    ++m_evalDepth;
    Value v = evalNode(e, scope);
    --m_evalDepth;
    return v;
}

Value Interpreter::evalNode(const Expr &e, Scope &scope)
{
    if (!step())
        return {};
    switch (e.kind) {
    case Expr::Kind::Constant:
        return e.value;
    case Expr::Kind::FString:
        return evalFString(e, scope);
    case Expr::Kind::Name: {
        Value v = lookup(e.name, e.loc, scope);
        // An imported class or function (`Integer` after `from sqlalchemy import Integer`) is
        // located where it is used, not at the import.
        const Construct *c = v.construct();
        if (c && !c->called && !c->receiver && c->args.isEmpty() && c->kwargs.isEmpty() &&
            c->loc != e.loc && !isInternal(v)) {
            Construct moved = *c;
            moved.loc = e.loc;
            return Value::construct(std::move(moved));
        }
        return v;
    }
    case Expr::Kind::Attribute: {
        const Value receiver = eval(*e.a, scope);
        if (failed())
            return {};
        return attribute(receiver, e.name, e);
    }
    case Expr::Kind::Call:
        return evalCall(e, scope, false);
    case Expr::Kind::Subscript: {
        const Value container = eval(*e.a, scope);
        if (failed())
            return {};
        return subscript(container, *e.b, scope, e.loc);
    }
    case Expr::Kind::BinOp: {
        const Value l = eval(*e.a, scope);
        const Value r = eval(*e.b, scope);
        if (failed())
            return {};
        return binaryOp(e.name, l, r, e.loc);
    }
    case Expr::Kind::UnaryOp: {
        const Value v = eval(*e.a, scope);
        if (failed())
            return {};
        if (v.isUnknown())
            return v;
        if (v.isConstruct() && !isInternal(v)) {
            CallArgs args;
            args.pos.append(v);
            return makeConstruct(u"operator:"_s + e.name, false, std::move(args), std::nullopt,
                                 e.loc);
        }
        if (e.name == u"not") {
            const std::optional<bool> t =
                truth(v, [&] { return unknownUse(Tr::tr("the `not`"), e.loc); });
            return t ? Value::boolean(!*t) : Value();
        }
        if (v.kind() == Value::Kind::Int || v.kind() == Value::Kind::Bool) {
            const qint64 n = v.toInt();
            if (e.name == u"-") {
                if (n == std::numeric_limits<qint64>::min()) {
                    fail(e.loc, Tr::tr("an integer at line %1 exceeds 64 bits").arg(e.loc.line));
                    return {};
                }
                return Value::integer(-n);
            }
            if (e.name == u"+")
                return Value::integer(n);
            return Value::integer(~n);
        }
        if (v.kind() == Value::Kind::Float && e.name != u"~") {
            const double d = e.name == u"-" ? -v.toFloat() : v.toFloat();
            return Value::floating(d, pyFloatRepr(d));
        }
        fail(e.loc, Tr::tr("TypeError: bad operand type for unary %1: '%2' (line %3)")
                        .arg(e.name, pyTypeName(v))
                        .arg(e.loc.line));
        return {};
    }
    case Expr::Kind::BoolOp: {
        Value v;
        for (const ExprPtr &item : e.items) {
            v = eval(*item, scope);
            if (failed())
                return {};
            const std::optional<bool> t = truth(v, [&] {
                return unknownUse(e.name == u"and" ? Tr::tr("the `and`") : Tr::tr("the `or`"),
                                  e.loc);
            });
            if (!t)
                return {};
            if (e.name == u"and" ? !*t : *t)
                return v;
        }
        return v;
    }
    case Expr::Kind::Compare:
        return compare(e, scope);
    case Expr::Kind::IfExp: {
        const Value test = eval(*e.a, scope);
        if (failed())
            return {};
        const std::optional<bool> t =
            truth(test, [&] { return unknownUse(Tr::tr("the conditional expression"), e.loc); });
        if (!t)
            return {};
        return eval(*t ? *e.b : *e.c, scope);
    }
    case Expr::Kind::List:
    case Expr::Kind::Tuple: {
        QList<Value> items;
        items.reserve(qsizetype(e.items.size()));
        for (const ExprPtr &item : e.items) {
            if (item->kind == Expr::Kind::Starred) {
                const Value seq = eval(*item->a, scope);
                if (failed())
                    return {};
                const std::optional<QList<Value>> expanded = iterate(
                    seq, [&] { return unknownUse(Tr::tr("the `*` unpacking"), item->loc); },
                    item->loc);
                if (!expanded)
                    return {};
                items.append(*expanded);
            } else {
                items.append(eval(*item, scope));
            }
            if (failed() || !checkSize(items.size(), e.loc))
                return {};
        }
        return e.kind == Expr::Kind::List ? Value::list(std::move(items))
                                          : Value::tuple(std::move(items));
    }
    case Expr::Kind::Dict: {
        QList<std::pair<Value, Value>> entries;
        const auto put = [&entries, this, &e](const Value &k, const Value &v) {
            if (k.kind() == Value::Kind::List || k.kind() == Value::Kind::Dict) {
                fail(e.loc, Tr::tr("TypeError: unhashable type: '%1' (line %2)")
                                .arg(pyTypeName(k))
                                .arg(e.loc.line));
                return;
            }
            for (auto &entry : entries) {
                if (pyEquals(entry.first, k)) {
                    entry.second = v;
                    return;
                }
            }
            entries.append({k, v});
        };
        for (size_t i = 0; i < e.items.size(); ++i) {
            if (!e.items[i]) {
                const Value m = eval(*e.values[i], scope);
                if (failed())
                    return {};
                if (m.isUnknown())
                    return m;
                if (m.kind() != Value::Kind::Dict) {
                    fail(e.loc, Tr::tr("the `**` at line %1 unpacks something that is not a dict")
                                    .arg(e.loc.line));
                    return {};
                }
                for (const auto &[k, v] : m.entries())
                    put(k, v);
                continue;
            }
            const Value k = eval(*e.items[i], scope);
            const Value v = eval(*e.values[i], scope);
            if (failed())
                return {};
            if (k.isUnknown())
                return k;
            put(k, v);
            if (failed() || !checkSize(entries.size(), e.loc))
                return {};
        }
        return Value::dict(std::move(entries));
    }
    case Expr::Kind::Set:
        return Value::unknown(
            Tr::tr("a set at line %1 is not interpreted by Retort").arg(e.loc.line), e.loc);
    case Expr::Kind::ListComp:
        return listComp(e, scope);
    case Expr::Kind::Starred:
    case Expr::Kind::Slice:
    case Expr::Kind::Formatted:
        fail(e.loc, Tr::tr("the expression at line %1 is not valid here").arg(e.loc.line));
        return {};
    case Expr::Kind::Unsupported:
        if (!e.text.isEmpty()) {
            fail(e.loc, Tr::tr("%1 at line %2 is not supported by Retort's interpreter")
                            .arg(e.name)
                            .arg(e.loc.line));
            return {};
        }
        return Value::unknown(
            Tr::tr("%1 at line %2 is not interpreted by Retort").arg(e.name).arg(e.loc.line),
            e.loc);
    }
    return {};
}

Value Interpreter::evalFString(const Expr &e, Scope &scope)
{
    QString out;
    for (const ExprPtr &part : e.items) {
        if (part->kind == Expr::Kind::Constant) {
            out += part->value.str();
            continue;
        }
        Value v = eval(*part->a, scope);
        if (failed())
            return {};
        if (v.isUnknown())
            return v;
        QString spec;
        if (part->b) {
            const Value s = evalFString(*part->b, scope);
            if (failed())
                return {};
            if (s.isUnknown())
                return s;
            spec = s.str();
        }
        QString conversion = part->name;
        if (!part->text.isEmpty()) {
            out += part->text;
            if (conversion.isEmpty() && !part->b)
                conversion = QStringLiteral("r");
        }
        if (v.isConstruct()) {
            return Value::unknown(
                Tr::tr("the f-string at line %1 formats %2, which Retort does not compute")
                    .arg(e.loc.line)
                    .arg(describeExpr(*part->a)),
                part->loc);
        }
        QString text;
        if (!conversion.isEmpty()) {
            if (!(conversion == u"s" ? pyStr(v, text) : pyRepr(v, text))) {
                fail(part->loc,
                     Tr::tr("the f-string at line %1 cannot be formatted").arg(e.loc.line));
                return {};
            }
            v = Value::string(text);
        }
        QString error;
        if (v.kind() == Value::Kind::List || v.kind() == Value::Kind::Tuple ||
            v.kind() == Value::Kind::Dict || v.isNone()) {
            if (!spec.isEmpty() || !pyRepr(v, text)) {
                fail(part->loc,
                     Tr::tr("the f-string at line %1 cannot be formatted").arg(e.loc.line));
                return {};
            }
        } else if (!pyFormat(v, spec, text, error)) {
            fail(part->loc, Tr::tr("the f-string at line %1: %2").arg(e.loc.line).arg(error));
            return {};
        }
        out += text;
        if (!checkSize(out.size(), e.loc))
            return {};
    }
    return Value::string(std::move(out));
}

std::optional<bool> Interpreter::truth(const Value &v, const UseText &use)
{
    if (failed())
        return std::nullopt;
    if (v.isUnknown()) {
        requireKnown(v, use);
        return std::nullopt;
    }
    if (v.isConstruct()) {
        if (isInternal(v))
            return true;
        fail(v.construct()->loc, Tr::tr("%1 depends on the truth value of an SQLAlchemy construct, "
                                        "which Retort does not compute")
                                     .arg(use()));
        return std::nullopt;
    }
    return pyTruthy(v);
}

std::optional<QList<Value>> Interpreter::iterate(const Value &v, const UseText &use, SourceLoc loc)
{
    if (failed())
        return std::nullopt;
    switch (v.kind()) {
    case Value::Kind::List:
    case Value::Kind::Tuple:
        return v.items();
    case Value::Kind::Dict: {
        QList<Value> keys;
        for (const auto &entry : v.entries())
            keys.append(entry.first);
        return keys;
    }
    case Value::Kind::Str: {
        QList<Value> chars;
        const QString &s = v.str();
        for (qsizetype i = 0; i < s.size(); ++i) {
            const qsizetype n = (s[i].isHighSurrogate() && i + 1 < s.size()) ? 2 : 1;
            chars.append(Value::string(s.mid(i, n)));
            i += n - 1;
        }
        return chars;
    }
    case Value::Kind::Unknown:
        requireKnown(v, use);
        return std::nullopt;
    case Value::Kind::Construct:
        fail(v.construct()->loc == SourceLoc{} ? loc : v.construct()->loc,
             Tr::tr("%1 iterates over an SQLAlchemy construct, which Retort does not compute")
                 .arg(use()));
        return std::nullopt;
    default:
        fail(loc, Tr::tr("TypeError: '%1' object is not iterable (%2)").arg(pyTypeName(v), use()));
        return std::nullopt;
    }
}

Value Interpreter::attribute(const Value &receiver, const QString &name, const Expr &e)
{
    if (receiver.isUnknown())
        return receiver;
    const QString *type = internalType(receiver);
    if (type) {
        if (*type == u"retort:module")
            return moduleAttribute(receiver.construct()->args.front().str(), name, e.loc);
        return Value::unknown(Tr::tr("%1 at line %2 is not interpreted by Retort")
                                  .arg(describeExpr(e))
                                  .arg(e.loc.line),
                              e.loc);
    }
    if (receiver.isConstruct()) {
        if (isConnection(receiver)) {
            const Construct *c = receiver.construct();
            if (name == u"name" && (c->type == u".dialect" || c->type == u".engine"))
                return Value::string(m_options.dialect);
            if (name == u"as_sql" && isContext(receiver))
                return Value::boolean(m_options.offline);
            if (name != u"dialect" && name != u"engine" && name != u"bind" &&
                name != u"connection") {
                return Value::unknown(
                    Tr::tr("%1 reads the database connection, which Retort cannot "
                           "know offline")
                        .arg(describeExpr(e)),
                    e.loc);
            }
        }
        return makeConstruct(u"."_s + name, false, {}, receiver, e.loc);
    }
    if (receiver.kind() == Value::Kind::Dict || receiver.kind() == Value::Kind::List ||
        receiver.isStr()) {
        return Value::unknown(Tr::tr("%1 at line %2 is a method that is not called")
                                  .arg(describeExpr(e))
                                  .arg(e.loc.line),
                              e.loc);
    }
    fail(e.loc, Tr::tr("AttributeError: '%1' object has no attribute '%2' (line %3)")
                    .arg(pyTypeName(receiver), name)
                    .arg(e.loc.line));
    return {};
}

bool Interpreter::evalArgs(const Expr &call, Scope &scope, CallArgs &out)
{
    for (const ExprPtr &a : call.items) {
        if (a->kind == Expr::Kind::Starred) {
            const Value seq = eval(*a->a, scope);
            if (failed())
                return false;
            const std::optional<QList<Value>> items = iterate(
                seq, [&] { return unknownUse(Tr::tr("the `*` argument"), a->loc); }, a->loc);
            if (!items)
                return false;
            out.pos.append(*items);
        } else {
            out.pos.append(eval(*a, scope));
        }
        if (failed())
            return false;
    }
    for (const Keyword &k : call.keywords) {
        const Value v = eval(*k.value, scope);
        if (failed())
            return false;
        if (!k.name.isEmpty()) {
            out.kw.append(KwArg{k.name, v});
            continue;
        }
        if (!requireKnown(v, [&] { return unknownUse(Tr::tr("the `**` argument"), k.value->loc); }))
            return false;
        if (v.kind() != Value::Kind::Dict) {
            fail(k.value->loc,
                 Tr::tr("the `**` argument at line %1 is not a dict").arg(k.value->loc.line));
            return false;
        }
        for (const auto &[key, val] : v.entries()) {
            if (!key.isStr()) {
                fail(
                    k.value->loc,
                    Tr::tr("TypeError: keywords must be strings (line %1)").arg(k.value->loc.line));
                return false;
            }
            out.kw.append(KwArg{key.str(), val});
        }
    }
    return true;
}

Value Interpreter::evalCall(const Expr &call, Scope &scope, bool statement)
{
    if (call.a->kind == Expr::Kind::Attribute) {
        const Value receiver = eval(*call.a->a, scope);
        if (failed())
            return {};
        const QString *type = internalType(receiver);
        const bool module = type && *type == u"retort:module";
        if (!module && !receiver.isUnknown()) {
            CallArgs args;
            if (!evalArgs(call, scope, args))
                return {};
            return callMethod(receiver, call.a->name, std::move(args), call, scope, statement);
        }
        const Value callee = attribute(receiver, call.a->name, *call.a);
        if (failed())
            return {};
        if (callee.isUnknown())
            return callValue(callee, CallArgs{}, call, scope, statement);
        CallArgs args;
        if (!evalArgs(call, scope, args))
            return {};
        return callValue(callee, std::move(args), call, scope, statement);
    }
    const Value callee = eval(*call.a, scope);
    if (failed())
        return {};
    if (callee.isUnknown())
        return callValue(callee, CallArgs{}, call, scope, statement);
    CallArgs args;
    if (!evalArgs(call, scope, args))
        return {};
    return callValue(callee, std::move(args), call, scope, statement);
}

Value Interpreter::opFunction(
    const QString &name, CallArgs args, const Expr &call, bool statement, int batchId)
{
    Q_UNUSED(statement);
    const QString prefix = batchId ? u"batch_op."_s : u"op."_s;
    if (isValueOp(name))
        return makeConstruct(u"alembic.op."_s + name, true, std::move(args), std::nullopt,
                             call.loc);
    OpCall op;
    op.name = name;
    op.args = args.pos;
    op.kwargs = args.kw;
    op.loc = call.loc;
    const auto use = [&] {
        return unknownUse(Tr::tr("the call %1%2()").arg(prefix, name), call.loc);
    };
    for (const Value &v : op.args) {
        if (!requireRenderable(v, use))
            return {};
    }
    for (const KwArg &k : op.kwargs) {
        if (!requireRenderable(k.value, use))
            return {};
    }
    record(std::move(op), batchId != 0, batchId);
    if (batchId)
        return {};
    // op.create_table() returns the Table (used by bulk_insert); others return None, which
    // a migration does not use.
    return makeConstruct(u"alembic.op."_s + name, true, std::move(args), std::nullopt, call.loc);
}

Value Interpreter::callValue(
    const Value &callee, CallArgs args, const Expr &call, Scope &scope, bool statement)
{
    Q_UNUSED(scope);
    if (callee.isUnknown()) {
        // A value computed from a database read or an uninterpreted expression stays unknown
        // (its use decides); a call into code Retort does not run may do anything.
        if (!statement && !isImported(callee))
            return callee;
        fail(callee.loc(),
             Tr::tr("the call %1 at line %2 depends on a value that Retort cannot know: %3")
                 .arg(describeExpr(call))
                 .arg(call.loc.line)
                 .arg(callee.str()));
        return {};
    }
    if (const QString *type = internalType(callee)) {
        const Value &arg = callee.construct()->args.front();
        if (*type == u"retort:function")
            return callFunction(int(arg.toInt()), std::move(args), call);
        if (*type == u"retort:builtin")
            return builtin(arg.str(), std::move(args), call);
        fail(call.loc, Tr::tr("TypeError: %1 at line %2 is not callable")
                           .arg(describeExpr(*call.a))
                           .arg(call.loc.line));
        return {};
    }
    if (callee.isConstruct()) {
        const Construct *c = callee.construct();
        if (c->called) {
            return Value::unknown(
                Tr::tr("calling the result of %1 at line %2 is not interpreted by Retort")
                    .arg(describeExpr(*call.a))
                    .arg(call.loc.line),
                call.loc);
        }
        if (c->type.startsWith(u"alembic.op."))
            return opFunction(c->type.mid(11), std::move(args), call, statement, 0);
        if (c->type.startsWith(u"alembic.context.")) {
            const QString name = c->type.mid(16);
            if (name == u"is_offline_mode")
                return Value::boolean(m_options.offline);
            if (name == u"get_context")
                return makeConstruct(c->type, true, std::move(args), std::nullopt, call.loc);
            fail(call.loc,
                 Tr::tr("context.%1() at line %2 is not supported by Retort's interpreter")
                     .arg(name)
                     .arg(call.loc.line));
            return {};
        }
        if (c->type == u"sqlalchemy.inspect" || c->type.startsWith(u"sqlalchemy.orm.") ||
            holdsConnection(args)) {
            return Value::unknown(
                Tr::tr("%1 at line %2 reads the database, which Retort cannot know offline")
                    .arg(describeExpr(call))
                    .arg(call.loc.line),
                call.loc);
        }
        if (c->receiver && statement) {
            return callMethod(*c->receiver, c->type.mid(1), std::move(args), call, scope,
                              statement);
        }
        return makeConstruct(c->type, true, std::move(args), c->receiver, c->loc);
    }
    fail(call.loc, Tr::tr("TypeError: '%1' object at line %2 is not callable")
                       .arg(pyTypeName(callee))
                       .arg(call.loc.line));
    return {};
}

Value Interpreter::callMethod(const Value &receiver,
                              const QString &name,
                              CallArgs args,
                              const Expr &call,
                              Scope &scope,
                              bool statement)
{
    if (const QString *type = internalType(receiver)) {
        if (*type == u"retort:batch_op")
            return opFunction(name, std::move(args), call, statement,
                              int(receiver.construct()->args.front().toInt()));
        fail(call.loc, Tr::tr("%1 at line %2 is not supported by Retort's interpreter")
                           .arg(describeExpr(call))
                           .arg(call.loc.line));
        return {};
    }
    if (!receiver.isConstruct())
        return dataMethod(receiver, name, std::move(args), call, scope);

    const auto describe = [&call] { return describeExpr(call); };
    if (isConnection(receiver)) {
        if (name == u"execute" || name == u"exec_driver_sql") {
            OpCall op;
            op.name = name;
            op.args = args.pos;
            op.kwargs = args.kw;
            op.receiver = receiver;
            op.loc = call.loc;
            const auto use = [&] {
                return unknownUse(Tr::tr("the call %1").arg(describe()), call.loc);
            };
            for (const Value &v : op.args) {
                if (!requireRenderable(v, use))
                    return {};
            }
            for (const KwArg &k : op.kwargs) {
                if (!requireRenderable(k.value, use))
                    return {};
            }
            record(std::move(op), false, 0);
            if (statement)
                return {};
            return Value::unknown(
                Tr::tr("the result of %1 at line %2 is read from the database, which "
                       "Retort cannot know offline")
                    .arg(describe())
                    .arg(call.loc.line),
                call.loc);
        }
        if (isContext(receiver) && (name == u"autocommit_block" || name == u"begin_transaction"))
            return makeConstruct(u"."_s + name, true, std::move(args), receiver, call.loc);
        if (statement) {
            fail(call.loc,
                 Tr::tr("%1 at line %2 acts on the database connection, which Retort cannot render")
                     .arg(describe())
                     .arg(call.loc.line));
            return {};
        }
        return Value::unknown(
            Tr::tr("%1 at line %2 reads the database, which Retort cannot know offline")
                .arg(describe())
                .arg(call.loc.line),
            call.loc);
    }
    if (statement) {
        OpCall op;
        op.name = name;
        op.args = args.pos;
        op.kwargs = args.kw;
        op.receiver = receiver;
        op.loc = call.loc;
        const auto use = [&] {
            return unknownUse(Tr::tr("the call %1").arg(describe()), call.loc);
        };
        if (!requireRenderable(receiver, use))
            return {};
        for (const Value &v : op.args) {
            if (!requireRenderable(v, use))
                return {};
        }
        for (const KwArg &k : op.kwargs) {
            if (!requireRenderable(k.value, use))
                return {};
        }
        record(std::move(op), false, 0);
        return {};
    }
    if (holdsConnection(args)) {
        return Value::unknown(
            Tr::tr("%1 at line %2 reads the database, which Retort cannot know offline")
                .arg(describe())
                .arg(call.loc.line),
            call.loc);
    }
    return makeConstruct(u"."_s + name, true, std::move(args), receiver, call.loc);
}

Value Interpreter::listComp(const Expr &e, Scope &scope)
{
    auto inner = std::make_shared<Scope>();
    inner->parent = scope.shared_from_this();
    m_activeScopes.push_back(inner.get());
    QList<Value> out;
    const auto run = [&](const auto &self, size_t level) -> bool {
        if (level == e.generators.size()) {
            out.append(eval(*e.a, *inner));
            return !failed() && checkSize(out.size(), e.loc);
        }
        const Comprehension &c = e.generators[level];
        const Value iterable = eval(*c.iter, level == 0 ? scope : *inner);
        if (failed())
            return false;
        const std::optional<QList<Value>> items = iterate(
            iterable, [&] { return unknownUse(Tr::tr("the comprehension"), e.loc); }, e.loc);
        if (!items)
            return false;
        for (const Value &item : *items) {
            if (!assign(*c.target, item, *inner))
                return false;
            bool keep = true;
            for (const ExprPtr &cond : c.ifs) {
                const Value t = eval(*cond, *inner);
                if (failed())
                    return false;
                const std::optional<bool> b =
                    truth(t, [&] { return unknownUse(Tr::tr("the comprehension's `if`"), e.loc); });
                if (!b)
                    return false;
                if (!*b) {
                    keep = false;
                    break;
                }
            }
            if (keep && !self(self, level + 1))
                return false;
        }
        return true;
    };
    const bool ok = run(run, 0);
    m_activeScopes.pop_back();
    if (!ok)
        return {};
    return Value::list(std::move(out));
}

} // namespace retort::render::detail
