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
        fail({}, Tr::tr("%1 is nested too deeply").arg(use()));
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

// --- Names -------------------------------------------------------------------------------------

namespace {

void targetNames(const Expr *t, QSet<QString> &names, int depth = 0)
{
    if (!t || depth > 250)
        return;
    if (t->kind == Expr::Kind::Name) {
        names.insert(t->name);
    } else if (t->kind == Expr::Kind::Tuple || t->kind == Expr::Kind::List) {
        for (const ExprPtr &i : t->items)
            targetNames(i.get(), names, depth + 1);
    } else if (t->kind == Expr::Kind::Starred) {
        targetNames(t->a.get(), names, depth + 1);
    }
}

// The names a statement binds in its scope (nested blocks included, nested defs not).
void boundNames(const Stmt &s, QSet<QString> &names, int depth = 0)
{
    if (depth > 250)
        return;
    switch (s.kind) {
    case Stmt::Kind::Assign:
        for (const ExprPtr &t : s.targets)
            targetNames(t.get(), names);
        break;
    case Stmt::Kind::AugAssign:
        targetNames(s.target.get(), names);
        break;
    case Stmt::Kind::AnnAssign:
        if (s.value)
            targetNames(s.target.get(), names);
        break;
    case Stmt::Kind::For:
        targetNames(s.target.get(), names);
        break;
    case Stmt::Kind::FunctionDef:
        names.insert(s.name);
        return; // its body is another scope
    case Stmt::Kind::Import:
        for (const ImportName &n : s.names)
            names.insert(n.asName.isEmpty() ? n.name.section(u'.', 0, 0) : n.asName);
        break;
    case Stmt::Kind::ImportFrom:
        for (const ImportName &n : s.names)
            names.insert(n.asName.isEmpty() ? n.name : n.asName);
        break;
    case Stmt::Kind::With:
        for (const ExprPtr &t : s.withTargets)
            targetNames(t.get(), names);
        break;
    case Stmt::Kind::Unsupported:
        if (!s.name.isEmpty())
            names.insert(s.name);
        break;
    default:
        break;
    }
    for (const StmtPtr &c : s.body)
        boundNames(*c, names, depth + 1);
    for (const StmtPtr &c : s.orelse)
        boundNames(*c, names, depth + 1);
    for (const Stmt::Elif &e : s.elifs) {
        for (const StmtPtr &c : e.body)
            boundNames(*c, names, depth + 1);
    }
}

void globalNames(const StmtList &body, QSet<QString> &names, int depth = 0)
{
    if (depth > 250)
        return;
    for (const StmtPtr &s : body) {
        if (s->kind == Stmt::Kind::Global) {
            for (const ImportName &n : s->names)
                names.insert(n.name);
        }
        if (s->kind != Stmt::Kind::FunctionDef) {
            globalNames(s->body, names, depth + 1);
            globalNames(s->orelse, names, depth + 1);
            for (const Stmt::Elif &e : s->elifs)
                globalNames(e.body, names, depth + 1);
        }
    }
}

} // namespace

const QSet<QString> &Interpreter::assignedNames(const Stmt &def)
{
    auto it = m_assigned.find(&def);
    if (it != m_assigned.end())
        return it->second;
    QSet<QString> names;
    for (const StmtPtr &s : def.body)
        boundNames(*s, names);
    QSet<QString> globals;
    globalNames(def.body, globals);
    names.subtract(globals);
    for (const Param &p : def.params)
        names.insert(p.name);
    return m_assigned.emplace(&def, std::move(names)).first->second;
}

Value *Interpreter::findBinding(const QString &name, Scope &scope)
{
    if (scope.globals.contains(name)) {
        auto it = m_globals->vars.find(name);
        return it == m_globals->vars.end() ? nullptr : &it->second;
    }
    for (Scope *s = &scope; s; s = s->parent.get()) {
        auto it = s->vars.find(name);
        if (it != s->vars.end())
            return &it->second;
        if (s->def && assignedNames(*s->def).contains(name))
            return nullptr; // a local not bound yet: not looked up further out
    }
    auto it = m_globals->vars.find(name);
    return it == m_globals->vars.end() ? nullptr : &it->second;
}

Value Interpreter::lookup(const QString &name, SourceLoc loc, Scope &scope)
{
    if (Value *v = findBinding(name, scope))
        return *v;
    for (Scope *s = &scope; s; s = s->parent.get()) {
        if (s->def && !scope.globals.contains(name) && assignedNames(*s->def).contains(name)) {
            fail(loc,
                 Tr::tr("`%1` at line %2 is used before it is assigned").arg(name).arg(loc.line));
            return {};
        }
    }
    static const char *const known[] = {"len",
                                        "str",
                                        "int",
                                        "float",
                                        "bool",
                                        "list",
                                        "tuple",
                                        "dict",
                                        "range",
                                        "enumerate",
                                        "zip",
                                        "sorted",
                                        "reversed",
                                        "min",
                                        "max",
                                        "isinstance",
                                        "any",
                                        "all",
                                        "print",
                                        "repr",
                                        "abs",
                                        "sum",
                                        "round",
                                        "set",
                                        "frozenset",
                                        "getattr",
                                        "setattr",
                                        "hasattr",
                                        "type",
                                        "open",
                                        "exec",
                                        "eval",
                                        "iter",
                                        "next",
                                        "map",
                                        "filter",
                                        "super",
                                        "object",
                                        "id",
                                        "hash",
                                        "input",
                                        "format",
                                        "chr",
                                        "ord",
                                        "__import__",
                                        "globals",
                                        "locals",
                                        "vars",
                                        "callable",
                                        "Exception",
                                        "ValueError",
                                        "RuntimeError",
                                        "NotImplementedError",
                                        "KeyError",
                                        "TypeError"};
    for (const char *k : known) {
        if (name == QLatin1StringView(k))
            return internal(QStringLiteral("retort:builtin"), Value::string(name));
    }
    if (name == u"__name__")
        return Value::string(QStringLiteral("__main__"));
    for (const auto &[module, at] : m_starImports) {
        if (module.startsWith(u"sqlalchemy"))
            return moduleAttribute(module, name, loc);
        return Value::unknown(
            Tr::tr("`%1` may come from `from %2 import *`, which Retort does not run")
                .arg(name, module),
            at);
    }
    if (!m_skipped.isEmpty()) {
        return Value::unknown(Tr::tr("`%1` is not defined, unless %2 at line %3 defines it, which "
                                     "Retort does not interpret")
                                  .arg(name, m_skipped.front().second)
                                  .arg(m_skipped.front().first.line),
                              loc);
    }
    fail(loc, Tr::tr("name `%1` at line %2 is not defined").arg(name).arg(loc.line));
    return {};
}

bool Interpreter::checkDepth(const Value &v, SourceLoc loc)
{
    // Deeper values would make every recursive walk (and their destruction) deep too.
    constexpr int MaxDepth = 200;
    if (v.depth() <= MaxDepth)
        return true;
    fail(loc,
         Tr::tr("a value at line %1 nests more than %2 levels deep").arg(loc.line).arg(MaxDepth));
    return false;
}

void Interpreter::bindName(const QString &name, const Value &v, Scope &scope)
{
    if (!checkDepth(v, m_currentLoc))
        return;
    if (scope.globals.contains(name))
        m_globals->vars.insert_or_assign(name, v);
    else
        scope.vars.insert_or_assign(name, v);
}

bool Interpreter::assign(const Expr &target, const Value &v, Scope &scope)
{
    if (!step())
        return false;
    switch (target.kind) {
    case Expr::Kind::Name:
        bindName(target.name, v, scope);
        return !failed();
    case Expr::Kind::Tuple:
    case Expr::Kind::List: {
        const std::optional<QList<Value>> items = iterate(
            v, [&] { return lineUse(Tr::tr("the unpacking"), target.loc); }, target.loc);
        if (!items)
            return false;
        qsizetype star = -1;
        for (size_t i = 0; i < target.items.size(); ++i) {
            if (target.items[i]->kind == Expr::Kind::Starred)
                star = qsizetype(i);
        }
        const qsizetype n = qsizetype(target.items.size());
        if ((star < 0 && items->size() != n) || (star >= 0 && items->size() < n - 1)) {
            fail(target.loc, Tr::tr("the unpacking at line %1 expects %2 values, not %3")
                                 .arg(target.loc.line)
                                 .arg(n)
                                 .arg(items->size()));
            return false;
        }
        qsizetype from = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const Expr &t = *target.items[size_t(i)];
            if (i == star) {
                const qsizetype count = items->size() - (n - 1);
                if (!assign(*t.a, Value::list(items->mid(from, count)), scope))
                    return false;
                from += count;
            } else if (!assign(t, (*items)[from++], scope)) {
                return false;
            }
        }
        return true;
    }
    case Expr::Kind::Subscript: {
        // d[k] = v and l[i] = v on a plain variable (copy-on-write through the binding).
        if (target.a->kind != Expr::Kind::Name) {
            fail(target.loc, Tr::tr("the assignment to a nested item at line %1 is not supported")
                                 .arg(target.loc.line));
            return false;
        }
        const Value container = eval(*target.a, scope);
        if (failed())
            return false;
        if (target.b->kind == Expr::Kind::Slice) {
            fail(target.loc,
                 Tr::tr("the slice assignment at line %1 is not supported").arg(target.loc.line));
            return false;
        }
        const Value key = eval(*target.b, scope);
        if (failed() ||
            !requireKnown(container,
                          [&] { return lineUse(Tr::tr("the assignment"), target.loc); }) ||
            !requireKnown(key, [&] { return lineUse(Tr::tr("the assignment"), target.loc); }))
            return false;
        if (container.kind() == Value::Kind::Dict) {
            QList<std::pair<Value, Value>> entries = container.entries();
            bool replaced = false;
            for (auto &entry : entries) {
                if (pyEquals(entry.first, key)) {
                    entry.second = v;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                entries.append({key, v});
            return rebindMutated(*target.a, Value::dict(std::move(entries)), scope, target.loc);
        }
        if (container.kind() == Value::Kind::List &&
            (key.kind() == Value::Kind::Int || key.kind() == Value::Kind::Bool)) {
            QList<Value> items = container.items();
            qint64 i = key.toInt();
            if (i < 0)
                i += items.size();
            if (i < 0 || i >= items.size()) {
                fail(target.loc, Tr::tr("IndexError: list assignment index out of range (line %1)")
                                     .arg(target.loc.line));
                return false;
            }
            items[qsizetype(i)] = v;
            return rebindMutated(*target.a, Value::list(std::move(items)), scope, target.loc);
        }
        fail(target.loc,
             Tr::tr("the item assignment at line %1 is not supported").arg(target.loc.line));
        return false;
    }
    case Expr::Kind::Starred:
        fail(target.loc, Tr::tr("a starred assignment target must be in a list or tuple"));
        return false;
    default:
        fail(target.loc, Tr::tr("the assignment to %1 at line %2 is not supported")
                             .arg(describeExpr(target))
                             .arg(target.loc.line));
        return false;
    }
}

int Interpreter::countReferences(const void *identity)
{
    int count = 0;
    qint64 budget = 200000;
    const auto visit = [&](const auto &self, const Value &v, int depth) -> void {
        if (--budget < 0 || depth > 60)
            return;
        if (v.identity() == identity)
            ++count;
        for (const Value &i : v.items())
            self(self, i, depth + 1);
        for (const auto &[k, val] : v.entries()) {
            self(self, k, depth + 1);
            self(self, val, depth + 1);
        }
        if (const Construct *c = v.construct()) {
            for (const Value &a : c->args)
                self(self, a, depth + 1);
            for (const KwArg &k : c->kwargs)
                self(self, k.value, depth + 1);
            if (c->receiver)
                self(self, *c->receiver, depth + 1);
        }
    };
    QSet<const Scope *> seen;
    const auto visitScope = [&](const Scope *s) {
        for (; s; s = s->parent.get()) {
            if (seen.contains(s))
                return;
            seen.insert(s);
            for (const auto &[n, v] : s->vars)
                visit(visit, v, 0);
        }
    };
    visitScope(m_globals.get());
    for (const Scope *s : m_activeScopes)
        visitScope(s);
    for (const FunctionObject &f : m_functions) {
        visitScope(f.closure.get());
        for (const auto &d : f.defaults) {
            if (d)
                visit(visit, *d, 0);
        }
    }
    m_steps += (200000 - std::max<qint64>(budget, 0)) / 64;
    if (budget < 0)
        return 2; // too big to tell: treat as shared
    return count;
}

bool Interpreter::rebindMutated(const Expr &target, const Value &v, Scope &scope, SourceLoc loc)
{
    // `target` is a Name whose list or dict was changed: Python changes the object in place,
    // so every other reference would see the change. Values here are immutable; a rebinding
    // is only right when this binding is the only reference.
    Value *binding = findBinding(target.name, scope);
    if (!binding) {
        fail(loc, Tr::tr("name `%1` at line %2 is not defined").arg(target.name).arg(loc.line));
        return false;
    }
    if (!chargeCopy(v.items().size() + v.entries().size()))
        return false;
    if (const void *identity = binding->identity(); identity && countReferences(identity) > 1) {
        fail(loc, Tr::tr("`%1` is changed in place at line %2 while another name or value refers "
                         "to the same object, which Retort does not track")
                      .arg(target.name)
                      .arg(loc.line));
        return false;
    }
    if (!checkDepth(v, loc))
        return false;
    *binding = v;
    return true;
}

// --- Imports -----------------------------------------------------------------------------------

bool Interpreter::isImported(const Value &v) const
{
    return v.isUnknown() && m_importLocs.contains(v.loc());
}

Value Interpreter::importModule(const QString &path, const QString &bound, SourceLoc loc)
{
    if (path == u"alembic" || path == u"alembic.op" || path == u"alembic.context" ||
        path == u"sqlalchemy" || path.startsWith(u"sqlalchemy.") || path == u"typing" ||
        path == u"typing_extensions" || path == u"__future__" || path == u"textwrap")
        return internal(QStringLiteral("retort:module"), Value::string(path));
    m_importLocs.append(loc);
    return Value::unknown(
        Tr::tr("`%1` is imported from %2, which Retort does not run").arg(bound, path), loc);
}

void Interpreter::execImport(const Stmt &s, Scope &scope)
{
    if (s.kind == Stmt::Kind::Import) {
        for (const ImportName &n : s.names) {
            if (!n.asName.isEmpty()) {
                bindName(n.asName, importModule(n.name, n.asName, n.loc), scope);
            } else {
                const QString top = n.name.section(u'.', 0, 0);
                bindName(top, importModule(top, top, n.loc), scope);
            }
        }
        return;
    }
    const bool relative = s.module.startsWith(u'.');
    const Value module = relative ? Value::unknown({}, s.loc) : importModule(s.module, {}, s.loc);
    for (const ImportName &n : s.names) {
        const QString bound = n.asName.isEmpty() ? n.name : n.asName;
        if (n.name == u"*") {
            m_starImports.append({s.module, n.loc});
            continue;
        }
        if (module.isUnknown()) {
            m_importLocs.append(n.loc);
            bindName(bound,
                     Value::unknown(Tr::tr("`%1` is imported from %2, which Retort does not run")
                                        .arg(bound, s.module),
                                    n.loc),
                     scope);
            continue;
        }
        // A submodule first (`from sqlalchemy.dialects import postgresql`), else an attribute.
        const QString sub = s.module + u'.' + n.name;
        if (sub == u"alembic.op" || sub == u"alembic.context")
            bindName(bound, importModule(sub, bound, n.loc), scope);
        else
            bindName(bound, moduleAttribute(s.module, n.name, n.loc), scope);
    }
}

namespace {

bool isTransparentSqla(const QString &path)
{
    return path == u"sqlalchemy" || path == u"sqlalchemy.types" || path == u"sqlalchemy.schema" ||
           path == u"sqlalchemy.sql" || path.startsWith(u"sqlalchemy.sql.");
}

QString canonicalSqla(const QString &path)
{
    if (path.startsWith(u"sqlalchemy.dialects.")) {
        return path.section(u'.', 0, 2);
    }
    if (isTransparentSqla(path))
        return QStringLiteral("sqlalchemy");
    return path;
}

bool isSqlaSubmodule(const QString &path, const QString &name)
{
    static const QSet<QString> top = {
        QStringLiteral("types"),    QStringLiteral("sql"),        QStringLiteral("expression"),
        QStringLiteral("schema"),   QStringLiteral("sqltypes"),   QStringLiteral("elements"),
        QStringLiteral("dialects"), QStringLiteral("orm"),        QStringLiteral("engine"),
        QStringLiteral("ext"),      QStringLiteral("event"),      QStringLiteral("exc"),
        QStringLiteral("pool"),     QStringLiteral("inspection"), QStringLiteral("util"),
        QStringLiteral("ddl"),      QStringLiteral("type_api"),   QStringLiteral("selectable"),
        QStringLiteral("dml"),      QStringLiteral("operators"),
    };
    static const QSet<QString> dialect = {
        QStringLiteral("base"),        QStringLiteral("json"),   QStringLiteral("types"),
        QStringLiteral("hstore"),      QStringLiteral("ranges"), QStringLiteral("psycopg2"),
        QStringLiteral("asyncpg"),     QStringLiteral("pg8000"), QStringLiteral("ext"),
        QStringLiteral("named_types"), QStringLiteral("dml"),    QStringLiteral("pysqlite"),
    };
    static const QSet<QString> other = {
        QStringLiteral("reflection"), QStringLiteral("mutable"), QStringLiteral("declarative"),
        QStringLiteral("compiler"),   QStringLiteral("hybrid"),  QStringLiteral("associationproxy"),
        QStringLiteral("session"),    QStringLiteral("asyncio"),
    };
    if (path == u"sqlalchemy.dialects")
        return true;
    if (path.startsWith(u"sqlalchemy.dialects."))
        return dialect.contains(name);
    if (isTransparentSqla(path))
        return top.contains(name);
    return other.contains(name);
}

} // namespace

Value Interpreter::moduleAttribute(const QString &path, const QString &name, SourceLoc loc)
{
    const auto construct = [loc](QString type) {
        Construct c;
        c.type = std::move(type);
        c.loc = loc;
        return Value::construct(std::move(c));
    };
    if (path == u"alembic") {
        if (name == u"op" || name == u"context")
            return importModule(path + u'.' + name, name, loc);
        return Value::unknown(Tr::tr("alembic.%1 is not interpreted by Retort").arg(name), loc);
    }
    if (path == u"alembic.op")
        return construct(u"alembic.op."_s + name);
    if (path == u"alembic.context")
        return construct(u"alembic.context."_s + name);
    if (path == u"typing" || path == u"typing_extensions" || path == u"__future__") {
        if (name == u"TYPE_CHECKING")
            return Value::boolean(false);
        return Value::unknown(Tr::tr("%1.%2 is only for type annotations").arg(path, name), loc);
    }
    if (path == u"textwrap") {
        // textwrap.dedent() is pure and common around SQL in op.execute().
        if (name == u"dedent")
            return internal(QStringLiteral("retort:builtin"),
                            Value::string(QStringLiteral("textwrap.dedent")));
        return Value::unknown(Tr::tr("textwrap.%1 is not interpreted by Retort").arg(name), loc);
    }
    if (path == u"sqlalchemy.func" || path.endsWith(u".func"))
        return construct(u"sqlalchemy.func."_s + name);
    if (name == u"func" && isTransparentSqla(path))
        return importModule(QStringLiteral("sqlalchemy.func"), name, loc);
    if (isSqlaSubmodule(path, name))
        return importModule(path + u'.' + name, name, loc);
    return construct(canonicalSqla(path) + u'.' + name);
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

Value Interpreter::callFunction(int index, Args args, const Expr &call)
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
    callFunction(int(fn.construct()->args.front().toInt()), Args{}, call);
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
