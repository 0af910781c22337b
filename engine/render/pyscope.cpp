#include "interpreter_p.h"
#include "pyformat_p.h"

#include <algorithm>

// Names: scopes and Python's lookup rules, assignment (with the aliasing check that keeps
// copy-on-write values right), and the imports that bind Alembic's and SQLAlchemy's modules.

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

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

} // namespace

void boundNames(const Stmt &s, QSet<QString> &names, int depth)
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

namespace {

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

} // namespace retort::render::detail
