#include "interpreter.h"

#include "interpreter_p.h"
#include "pyformat_p.h"

#include "script/pystring.h"

// The statements of the interpreter: the module's top level, then upgrade() and downgrade()
// called with no arguments, as Alembic does. Expressions are in pyeval.cpp, builtins in
// pybuiltins.cpp.
//
// Failure is a state, not an exception: the first reason is kept in m_failure and every
// evaluation step returns early once it is set. Module-level statements that fail do not
// fail the file: the names they bind become Unknown values carrying the reason, so only a
// function that uses them is not renderable.

namespace retort::render {

using namespace detail;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 StepLimit = 2'000'000;
constexpr int CallDepthLimit = 100;

// Sets the innermost loop's location for the duration of a loop statement.
struct LoopGuard
{
    LoopGuard(SourceLoc &slot, SourceLoc loc)
        : m_slot(slot)
        , m_saved(std::exchange(slot, loc))
    {}
    ~LoopGuard() { m_slot = m_saved; }
    LoopGuard(const LoopGuard &) = delete;
    LoopGuard &operator=(const LoopGuard &) = delete;

    SourceLoc &m_slot;
    SourceLoc m_saved;
};

} // namespace

namespace detail {

Interpreter::Interpreter(const Module &module, const QString &path, const InterpretOptions &options)
    : m_module(module)
    , m_path(path)
    , m_options(options)
    , m_globals(std::make_shared<Scope>())
{}

void Interpreter::fail(SourceLoc loc, const QString &message)
{
    if (!m_failure)
        m_failure.emplace(loc, message);
}

bool Interpreter::step()
{
    if (failed())
        return false;
    if (++m_steps > StepLimit) {
        fail(m_loopLoc.line ? m_loopLoc : m_currentLoc,
             Tr::tr("the evaluation takes more than %1 steps (an endless loop?)").arg(StepLimit));
        return false;
    }
    return true;
}

bool Interpreter::chargeCopy(qsizetype size)
{
    m_steps += size / 64;
    return step();
}

QString Interpreter::lineUse(const QString &what, SourceLoc loc) const
{
    return Tr::tr("%1 at line %2").arg(what).arg(loc.line);
}

bool Interpreter::requireKnown(const Value &v, const UseText &use)
{
    if (!v.isUnknown())
        return true;
    fail(v.loc(), Tr::tr("%1 depends on a value that Retort cannot know: %2").arg(use(), v.str()));
    return false;
}

bool Interpreter::requireRenderable(const Value &v, const UseText &use, int depth)
{
    if (failed())
        return false;
    if (depth > 100) {
        fail(m_currentLoc, Tr::tr("%1 is nested too deeply").arg(use()));
        return false;
    }
    switch (v.kind()) {
    case Value::Kind::Unknown:
        return requireKnown(v, use);
    case Value::Kind::List:
    case Value::Kind::Tuple:
        for (const Value &item : v.items()) {
            if (!requireRenderable(item, use, depth + 1))
                return false;
        }
        return true;
    case Value::Kind::Dict:
        for (const auto &[k, val] : v.entries()) {
            if (!requireRenderable(k, use, depth + 1) || !requireRenderable(val, use, depth + 1))
                return false;
        }
        return true;
    case Value::Kind::Construct: {
        const Construct *c = v.construct();
        if (isInternal(v)) {
            fail(c->loc,
                 Tr::tr("%1 gets a Python function, module or object that Retort cannot render")
                     .arg(use()));
            return false;
        }
        for (const Value &a : c->args) {
            if (!requireRenderable(a, use, depth + 1))
                return false;
        }
        for (const KwArg &k : c->kwargs) {
            if (!requireRenderable(k.value, use, depth + 1))
                return false;
        }
        if (c->receiver)
            return requireRenderable(*c->receiver, use, depth + 1);
        return true;
    }
    default:
        return true;
    }
}

bool Interpreter::checkSize(qsizetype size, SourceLoc loc)
{
    constexpr qsizetype MaxSize = 4 << 20;
    if (size <= MaxSize)
        return true;
    fail(loc, Tr::tr("a value at line %1 is larger than Retort's limit of %2 items or characters")
                  .arg(loc.line)
                  .arg(MaxSize));
    return false;
}

Value Interpreter::internal(const QString &type, Value arg)
{
    Construct c;
    c.type = type;
    c.args.append(std::move(arg));
    return Value::construct(std::move(c));
}

const QString *Interpreter::internalType(const Value &v)
{
    const Construct *c = v.construct();
    if (c && c->type.startsWith(u"retort:"))
        return &c->type;
    return nullptr;
}

bool Interpreter::isInternal(const Value &v)
{
    return internalType(v) != nullptr;
}

// --- Functions ---------------------------------------------------------------------------------

Value Interpreter::makeFunction(const Stmt &def, Scope &scope)
{
    if (m_functions.size() >= 100000) {
        fail(def.loc, Tr::tr("more than 100000 functions are defined while running"));
        return {};
    }
    FunctionObject f;
    f.def = &def;
    if (&scope != m_globals.get()) {
        // The enclosing scope lives on while the nested function may be called.
        f.closure = scope.shared_from_this();
    }
    for (const Param &p : def.params) {
        if (p.defaultValue) {
            Value v = eval(*p.defaultValue, scope);
            if (failed())
                return {};
            f.defaults.emplace_back(std::move(v));
        } else {
            f.defaults.emplace_back(std::nullopt);
        }
    }
    m_functions.push_back(std::move(f));
    Value fn =
        internal(QStringLiteral("retort:function"), Value::integer(qint64(m_functions.size() - 1)));
    return fn;
}

Value Interpreter::callFunction(int index, CallArgs args, const Expr &call)
{
    const FunctionObject &f = m_functions[size_t(index)];
    const Stmt &def = *f.def;
    if (m_callDepth >= CallDepthLimit) {
        fail(call.loc, Tr::tr("recursion deeper than %1 calls").arg(CallDepthLimit));
        return {};
    }
    auto scope = std::make_shared<Scope>();
    scope->parent = f.closure;
    scope->def = &def;
    // Parameters: positional, *args, keyword-only, **kwargs.
    qsizetype next = 0;
    QList<std::pair<Value, Value>> extraKw;
    QSet<QString> bound;
    for (size_t i = 0; i < def.params.size(); ++i) {
        const Param &p = def.params[i];
        if (p.kind == Param::Kind::Positional && next < args.pos.size()) {
            scope->vars.insert_or_assign(p.name, args.pos[next++]);
            bound.insert(p.name);
        } else if (p.kind == Param::Kind::VarArgs) {
            scope->vars.insert_or_assign(p.name, Value::tuple(args.pos.mid(next)));
            next = args.pos.size();
            bound.insert(p.name);
        }
    }
    if (next < args.pos.size()) {
        fail(call.loc, Tr::tr("%1() at line %2 gets too many positional arguments")
                           .arg(def.name)
                           .arg(call.loc.line));
        return {};
    }
    const Param *varKw = nullptr;
    for (const Param &p : def.params) {
        if (p.kind == Param::Kind::VarKeywords)
            varKw = &p;
    }
    for (const KwArg &k : args.kw) {
        bool matched = false;
        for (const Param &p : def.params) {
            if (p.name == k.name &&
                (p.kind == Param::Kind::Positional || p.kind == Param::Kind::KeywordOnly)) {
                if (bound.contains(p.name)) {
                    fail(call.loc, Tr::tr("%1() at line %2 gets multiple values for argument '%3'")
                                       .arg(def.name)
                                       .arg(call.loc.line)
                                       .arg(k.name));
                    return {};
                }
                scope->vars.insert_or_assign(p.name, k.value);
                bound.insert(p.name);
                matched = true;
            }
        }
        if (!matched) {
            if (!varKw) {
                fail(call.loc, Tr::tr("%1() at line %2 gets an unexpected keyword argument '%3'")
                                   .arg(def.name)
                                   .arg(call.loc.line)
                                   .arg(k.name));
                return {};
            }
            extraKw.append({Value::string(k.name), k.value});
        }
    }
    if (varKw)
        scope->vars.insert_or_assign(varKw->name, Value::dict(std::move(extraKw)));
    for (size_t i = 0; i < def.params.size(); ++i) {
        const Param &p = def.params[i];
        if (bound.contains(p.name) || p.kind == Param::Kind::VarArgs ||
            p.kind == Param::Kind::VarKeywords)
            continue;
        if (!f.defaults[i]) {
            fail(call.loc, Tr::tr("%1() at line %2 is missing the argument '%3'")
                               .arg(def.name)
                               .arg(call.loc.line)
                               .arg(p.name));
            return {};
        }
        scope->vars.insert_or_assign(p.name, *f.defaults[i]);
    }

    ++m_callDepth;
    m_activeScopes.push_back(scope.get());
    const Flow flow = execBlock(def.body, *scope);
    m_activeScopes.pop_back();
    --m_callDepth;
    if (flow == Flow::Fail || failed())
        return {};
    Value result;
    if (flow == Flow::Return)
        result = std::exchange(m_returnValue, Value());
    return result;
}

// --- Statements --------------------------------------------------------------------------------

Flow Interpreter::execBlock(const StmtList &body, Scope &scope)
{
    for (const StmtPtr &s : body) {
        const Flow flow = execStmt(*s, scope);
        if (flow != Flow::Normal)
            return flow;
    }
    return Flow::Normal;
}

Flow Interpreter::execStmt(const Stmt &s, Scope &scope)
{
    m_currentLoc = s.loc;
    if (!step())
        return Flow::Fail;
    switch (s.kind) {
    case Stmt::Kind::Pass:
        return Flow::Normal;
    case Stmt::Kind::Break:
        return Flow::Break;
    case Stmt::Kind::Continue:
        return Flow::Continue;
    case Stmt::Kind::Expr: {
        const Expr &e = *s.value;
        if (e.kind == Expr::Kind::Constant || e.kind == Expr::Kind::Name)
            return Flow::Normal; // docstrings, `...`, a bare name
        if (e.kind == Expr::Kind::Call)
            evalCall(e, scope, true);
        else
            eval(e, scope);
        return failed() ? Flow::Fail : Flow::Normal;
    }
    case Stmt::Kind::Assign: {
        const Value v = eval(*s.value, scope);
        if (failed())
            return Flow::Fail;
        for (const ExprPtr &t : s.targets) {
            if (!assign(*t, v, scope))
                return Flow::Fail;
        }
        return Flow::Normal;
    }
    case Stmt::Kind::AnnAssign: {
        if (!s.value)
            return Flow::Normal;
        const Value v = eval(*s.value, scope);
        if (failed() || !assign(*s.target, v, scope))
            return Flow::Fail;
        return Flow::Normal;
    }
    case Stmt::Kind::AugAssign: {
        if (s.target->kind == Expr::Kind::Attribute) {
            fail(s.loc, Tr::tr("the assignment to %1 at line %2 is not supported")
                            .arg(describeExpr(*s.target))
                            .arg(s.loc.line));
            return Flow::Fail;
        }
        const Value current = eval(*s.target, scope);
        const Value operand = eval(*s.value, scope);
        if (failed())
            return Flow::Fail;
        Value result;
        // `l += seq` extends the list in place: the same object, so aliasing matters.
        if (current.kind() == Value::Kind::List && s.op == u"+") {
            const std::optional<QList<Value>> items = iterate(
                operand, [&] { return lineUse(Tr::tr("the `+=`"), s.loc); }, s.loc);
            if (!items)
                return Flow::Fail;
            if (!checkSize(current.items().size() + items->size(), s.loc))
                return Flow::Fail;
            if (s.target->kind != Expr::Kind::Name) {
                fail(s.loc,
                     Tr::tr("the `+=` at line %1 is not supported on this target").arg(s.loc.line));
                return Flow::Fail;
            }
            return rebindMutated(*s.target, Value::list(current.items() + *items), scope, s.loc)
                       ? Flow::Normal
                       : Flow::Fail;
        }
        result = binaryOp(s.op, current, operand, s.loc);
        if (failed() || !assign(*s.target, result, scope))
            return Flow::Fail;
        return Flow::Normal;
    }
    case Stmt::Kind::If: {
        const Value test = eval(*s.test, scope);
        if (failed())
            return Flow::Fail;
        const std::optional<bool> t =
            truth(test, [&] { return lineUse(Tr::tr("the `if`"), s.loc); });
        if (!t)
            return Flow::Fail;
        if (*t)
            return execBlock(s.body, scope);
        for (const Stmt::Elif &e : s.elifs) {
            const Value v = eval(*e.test, scope);
            if (failed())
                return Flow::Fail;
            const std::optional<bool> b =
                truth(v, [&] { return lineUse(Tr::tr("the `elif`"), e.loc); });
            if (!b)
                return Flow::Fail;
            if (*b)
                return execBlock(e.body, scope);
        }
        return execBlock(s.orelse, scope);
    }
    case Stmt::Kind::While: {
        // An endless loop is reported at the innermost loop.
        const LoopGuard guard(m_loopLoc, s.loc);
        for (;;) {
            const Value test = eval(*s.test, scope);
            if (failed())
                return Flow::Fail;
            const std::optional<bool> t =
                truth(test, [&] { return lineUse(Tr::tr("the `while`"), s.loc); });
            if (!t)
                return Flow::Fail;
            if (!*t)
                return execBlock(s.orelse, scope);
            const Flow flow = execBlock(s.body, scope);
            if (flow == Flow::Break)
                return Flow::Normal;
            if (flow == Flow::Return || flow == Flow::Fail)
                return flow;
            if (!step())
                return Flow::Fail;
        }
    }
    case Stmt::Kind::For: {
        const LoopGuard guard(m_loopLoc, s.loc);
        const Value iterable = eval(*s.iter, scope);
        if (failed())
            return Flow::Fail;
        const std::optional<QList<Value>> items = iterate(
            iterable, [&] { return lineUse(Tr::tr("the `for` loop"), s.loc); }, s.loc);
        if (!items)
            return Flow::Fail;
        for (const Value &item : *items) {
            if (!assign(*s.target, item, scope))
                return Flow::Fail;
            const Flow flow = execBlock(s.body, scope);
            if (flow == Flow::Break)
                return Flow::Normal;
            if (flow == Flow::Return || flow == Flow::Fail)
                return flow;
        }
        return execBlock(s.orelse, scope);
    }
    case Stmt::Kind::Return:
        m_returnValue = s.value ? eval(*s.value, scope) : Value();
        return failed() ? Flow::Fail : Flow::Return;
    case Stmt::Kind::FunctionDef: {
        const Value fn = makeFunction(s, scope);
        if (failed())
            return Flow::Fail;
        bindName(s.name, fn, scope);
        return Flow::Normal;
    }
    case Stmt::Kind::Import:
    case Stmt::Kind::ImportFrom:
        execImport(s, scope);
        return Flow::Normal;
    case Stmt::Kind::Global:
        for (const ImportName &n : s.names)
            scope.globals.insert(n.name);
        return Flow::Normal;
    case Stmt::Kind::With:
        return execWith(s, scope);
    case Stmt::Kind::Unsupported:
        if (&scope == m_globals.get()) {
            if (!s.name.isEmpty()) {
                m_importLocs.append(s.loc);
                bindName(s.name,
                         Value::unknown(Tr::tr("`%1` is defined by %2, which Retort does not run")
                                            .arg(s.name, s.what),
                                        s.loc),
                         scope);
            } else {
                m_skipped.append({s.loc, s.what});
            }
            return Flow::Normal;
        }
        if (s.what.contains(u"raise"))
            fail(s.loc,
                 Tr::tr("%1 at line %2 fails the migration in Python").arg(s.what).arg(s.loc.line));
        else
            fail(s.loc, Tr::tr("%1 at line %2 is not supported by Retort's interpreter")
                            .arg(s.what)
                            .arg(s.loc.line));
        return Flow::Fail;
    }
    return Flow::Normal;
}

Flow Interpreter::execWith(const Stmt &s, Scope &scope)
{
    if (s.withItems.size() != 1) {
        fail(s.loc, Tr::tr("a `with` statement with several items at line %1 is not supported")
                        .arg(s.loc.line));
        return Flow::Fail;
    }
    const Expr &item = *s.withItems.front();
    const Value ctx = eval(item, scope);
    if (failed())
        return Flow::Fail;
    const Construct *c = ctx.construct();
    Sink sink;
    Value asValue;
    if (c && c->called && c->type == u"alembic.op.batch_alter_table" && !c->receiver) {
        sink.kind = Sink::Kind::Batch;
        sink.id = ++m_nextBatch;
        sink.call.name = QStringLiteral("batch_alter_table");
        sink.call.args = c->args;
        sink.call.kwargs = c->kwargs;
        sink.call.loc = c->loc;
        asValue = internal(QStringLiteral("retort:batch_op"), Value::integer(sink.id));
    } else if (c && c->called && c->type == u".autocommit_block" && c->receiver &&
               c->receiver->construct() &&
               (c->receiver->construct()->type == u"alembic.op.get_context" ||
                c->receiver->construct()->type == u"alembic.context.get_context")) {
        sink.kind = Sink::Kind::Autocommit;
        sink.call.name = QStringLiteral("autocommit_block");
        sink.call.loc = c->loc;
    } else {
        if (ctx.isUnknown())
            requireKnown(ctx, [&] { return lineUse(Tr::tr("the `with` statement"), s.loc); });
        else
            fail(s.loc, Tr::tr("a `with` statement over %1 at line %2 is not supported")
                            .arg(describeExpr(item))
                            .arg(s.loc.line));
        return Flow::Fail;
    }
    if (!requireRenderable(
            ctx, [&] { return lineUse(Tr::tr("the call op.%1()").arg(sink.call.name), s.loc); }))
        return Flow::Fail;
    if (const Expr *target = s.withTargets.front().get()) {
        if (!assign(*target, asValue, scope))
            return Flow::Fail;
    }
    m_sinks.push_back(std::move(sink));
    const Flow flow = execBlock(s.body, scope);
    Sink done = std::move(m_sinks.back());
    m_sinks.pop_back();
    if (flow == Flow::Fail || failed())
        return Flow::Fail;
    record(std::move(done.call), false, 0);
    return flow;
}

void Interpreter::record(OpCall call, bool batch, int batchId)
{
    for (auto it = m_sinks.rbegin(); it != m_sinks.rend(); ++it) {
        if (batch ? (it->kind == Sink::Kind::Batch && it->id == batchId)
                  : it->kind != Sink::Kind::Batch) {
            it->call.body.append(std::move(call));
            return;
        }
    }
    fail(call.loc, Tr::tr("batch_op.%1() at line %2 is called after its `with` block ended")
                       .arg(call.name)
                       .arg(call.loc.line));
}

// --- Module and functions ----------------------------------------------------------------------

void Interpreter::runModule()
{
    m_sinks.clear();
    m_sinks.push_back(Sink{});
    m_steps = 0;
    for (const StmtPtr &s : m_module.body) {
        execStmt(*s, *m_globals);
        if (!m_failure)
            continue;
        // The names this statement binds carry the reason; a statement that binds nothing
        // (a call, print) makes both functions not renderable.
        const auto [loc, message] = *m_failure;
        m_failure.reset();
        // A block (`if` on an unknown value) binds unknown values to every name it may bind.
        QSet<QString> names;
        if (s->kind != Stmt::Kind::Expr)
            boundNames(*s, names);
        if (names.isEmpty() && !m_moduleFailure)
            m_moduleFailure.emplace(loc, message);
        for (const QString &n : names)
            m_globals->vars.insert_or_assign(n, Value::unknown(message, loc));
    }
    m_sinks.clear();
}

InterpretedFunction Interpreter::runFunction(const QString &name)
{
    InterpretedFunction out;
    const auto diagnostic = [&](SourceLoc loc, const QString &message) {
        out.notRenderable = Diagnostic{m_path, loc, Tr::tr("%1(): %2").arg(name, message)};
    };
    if (m_moduleFailure) {
        diagnostic(m_moduleFailure->first, m_moduleFailure->second);
        return out;
    }
    const auto it = m_globals->vars.find(name);
    if (it == m_globals->vars.end()) {
        if (!m_skipped.isEmpty()) {
            diagnostic(m_skipped.front().first,
                       Tr::tr("the module defines no %1() function, unless %2 at line %3 defines "
                              "it, which Retort does not interpret")
                           .arg(name, m_skipped.front().second)
                           .arg(m_skipped.front().first.line));
        } else {
            diagnostic({1, 1}, Tr::tr("the module defines no %1() function").arg(name));
        }
        return out;
    }
    const Value fn = it->second;
    if (fn.isUnknown()) {
        diagnostic(fn.loc(), fn.str());
        return out;
    }
    const QString *type = internalType(fn);
    if (!type || *type != u"retort:function") {
        out.notRenderable = Diagnostic{m_path, {1, 1}, Tr::tr("`%1` is not a function").arg(name)};
        return out;
    }
    const auto saved = m_globals->vars;
    m_steps = 0;
    m_callDepth = 0;
    m_loopLoc = {};
    m_failure.reset();
    m_sinks.clear();
    m_sinks.push_back(Sink{});
    Expr call;
    call.kind = Expr::Kind::Call;
    call.loc = m_functions[size_t(fn.construct()->args.front().toInt())].def->loc;
    callFunction(int(fn.construct()->args.front().toInt()), CallArgs{}, call);
    out.calls = std::move(m_sinks.front().call.body);
    m_sinks.clear();
    if (m_failure) {
        diagnostic(m_failure->first, m_failure->second);
        m_failure.reset();
    }
    m_globals->vars = saved;
    return out;
}

} // namespace detail

Result<InterpretedModule>
interpretModule(const QByteArray &source, const QString &path, const InterpretOptions &options)
{
    Result<QByteArray> utf8 = pythonSourceToUtf8(source);
    if (!utf8.ok()) {
        Error e = utf8.error();
        e.file = path;
        return e;
    }
    Result<Module> module = parseModule(*utf8, path);
    if (!module.ok())
        return module.error();
    Interpreter interpreter(*module, path, options);
    interpreter.runModule();
    InterpretedModule out;
    out.upgrade = interpreter.runFunction(QStringLiteral("upgrade"));
    out.downgrade = interpreter.runFunction(QStringLiteral("downgrade"));
    return out;
}

} // namespace retort::render
