#include "pyimportpath.h"

#include "pyimport_p.h"
#include "pystring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <memory>

// How an imported name is resolved, as Python's import system would find it, but by reading
// the modules as text:
//
// - A module name is made absolute (relative imports start from the importing module's
//   package; a revision file has none, as Alembic loads it outside any package), then found
//   one component at a time: the top-level name on the roots, each further one in the folders
//   of the package found before it (Python's path finder: `name/__init__.py`, then
//   `name.py`, then namespace portions `name/` across all folders).
// - Every module found is read whole, once (ModuleCache), for its final module-level bindings
//   (pyheader.cpp's reader: constant `if`s are decided, blocks that may or may not run bind
//   names that cannot be used, functions and classes are not entered).
// - `module.NAME` is NAME's final binding there: a literal is the value; a name imported in
//   turn is resolved the same way; an unbound name of a package is its submodule; an unbound
//   name may come from the module's own `from m import *`. Anything else (a call, a
//   function, a name bound in a block, ...) is a failure that names the module's file and
//   line.
// - Importing a module runs its parent packages' `__init__.py` first; those are read too,
//   and their syntax errors are errors, but what they might do to the module is not seen.

namespace retort {

namespace detail {

struct ModuleEntry
{
    QString name;         // absolute dotted name
    QString file;         // the .py or __init__.py; empty for a namespace package
    QStringList dirs;     // a package's folders (its submodules are found there); else empty
    QString error;        // when the module could not be read: why, with its file and line
    bool missing = false; // not found: `error` says where it was looked for
    QByteArray utf8;      // the source, which the scope's keys view
    ModuleScope scope;
};

struct ModuleCache
{
    QStringList roots;
    QMutex mutex;
    QHash<QString, std::shared_ptr<const ModuleEntry>> modules;
};

namespace {

constexpr int MaxImportDepth = 24;

/** The names being read on this thread, innermost last (circular imports, depth). */
QStringList &modulesInProgress()
{
    static thread_local QStringList names;
    return names;
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/** A module name as written (`a . b`, `..x`), without blanks and line continuations. */
QString moduleText(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\f' && c != '\\' && c != '\n' && c != '\r')
            out += c;
    }
    return fromView(out);
}

/** Python compares names in NFKC form (the keys of ModuleScope::bindings). */
std::string normalizedName(std::string_view name)
{
    for (char c : name) {
        if (static_cast<uchar>(c) >= 0x80)
            return fromView(name).normalized(QString::NormalizationForm_KC).toStdString();
    }
    return std::string(name);
}

/**
 * `text` (maybe relative) as an absolute module name, or an empty string and *why. Relative
 * imports start from `scope`'s package; a revision file has none.
 */
QString absoluteName(std::string_view text, const ModuleScope &scope, QString *why)
{
    QString name = moduleText(text);
    qsizetype level = 0;
    while (level < name.size() && name.at(level) == QLatin1Char('.'))
        ++level;
    if (level == 0)
        return name;
    const QString &package = scope.package;
    if (package.isEmpty()) {
        *why = scope.revisionFile
                   ? Tr::tr("the relative import '%1' has no parent package (Alembic loads "
                            "revision files outside any package)")
                         .arg(name)
                   : Tr::tr("the relative import '%1' has no parent package").arg(name);
        return {};
    }
    QStringList parts = package.split(QLatin1Char('.'));
    for (qsizetype up = 1; up < level; ++up) {
        parts.removeLast();
        if (parts.isEmpty()) {
            *why = Tr::tr("the relative import '%1' in package '%2' goes beyond the top-level "
                          "package")
                       .arg(name, package);
            return {};
        }
    }
    const QString rest = name.mid(level);
    return parts.join(QLatin1Char('.')) + (rest.isEmpty() ? QString() : QLatin1Char('.') + rest);
}

/** What a name of a module is: a module, a value, or why it is neither. */
struct Outcome
{
    std::shared_ptr<const ModuleEntry> module;
    Value value;
    QString error;
};

class Walker
{
public:
    Walker(const PyImportPath *path, ModuleCache &cache)
        : m_path(path)
        , m_cache(cache)
    {}

    std::shared_ptr<const ModuleEntry> find(const QString &name, QString *why);
    Outcome attribute(const std::shared_ptr<const ModuleEntry> &module, std::string_view name);
    Outcome follow(const ModuleScope &scope, const Binding &binding);
    ImportResolver::Star
    exported(const std::shared_ptr<const ModuleEntry> &module, std::string_view name, QString *why);

private:
    struct Location
    {
        QString file;     // empty: a namespace package
        QStringList dirs; // a package's folders
        QString package;  // where its relative imports start ("" for a top-level module)
    };
    bool locate(const QString &name, Location *at, QString *why, const QString &wanted) const;
    std::shared_ptr<const ModuleEntry> read(const QString &name, const Location &at);

    const PyImportPath *m_path;
    ModuleCache &m_cache;
};

bool Walker::locate(const QString &name, Location *at, QString *why, const QString &wanted) const
{
    const QStringList *in = &m_cache.roots;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString last = name.mid(dot + 1);
    Location parent;
    if (last.isEmpty()) {
        *why = Tr::tr("'%1' is not a module name").arg(name);
        return false;
    }
    if (dot >= 0) {
        // Only the parent's folders are needed: what its __init__.py binds is not.
        if (!locate(name.left(dot), &parent, why, wanted))
            return false;
        if (parent.dirs.isEmpty()) {
            *why = Tr::tr("module '%1' is not found: '%2' (%3) is not a package")
                       .arg(wanted, name.left(dot), parent.file);
            return false;
        }
        in = &parent.dirs;
    }
    at->package = dot < 0 ? QString() : name.left(dot);
    QStringList portions;
    for (const QString &dir : *in) {
        const QString folder = dir + QLatin1Char('/') + last;
        const QString init = folder + QStringLiteral("/__init__.py");
        if (QFileInfo(init).isFile()) {
            at->file = init;
            at->dirs = {folder};
            at->package = name;
            return true;
        }
        const QString file = folder + QStringLiteral(".py");
        if (QFileInfo(file).isFile()) {
            at->file = file;
            return true;
        }
        if (QFileInfo(folder).isDir())
            portions.append(folder);
    }
    if (!portions.isEmpty()) {
        at->dirs = portions;
        at->package = name;
        return true;
    }
    if (dot < 0) {
        *why = Tr::tr("module '%1' is not on the project's import path (searched for '%2' in: "
                      "%3)")
                   .arg(wanted, name, in->isEmpty() ? Tr::tr("no folders") : in->join(u", "));
    } else {
        *why = Tr::tr("module '%1' is not found: package '%2' has no '%3' in %4")
                   .arg(wanted, name.left(dot), last, in->join(u", "));
    }
    return false;
}

std::shared_ptr<const ModuleEntry> Walker::find(const QString &name, QString *why)
{
    {
        QMutexLocker lock(&m_cache.mutex);
        if (const auto it = m_cache.modules.constFind(name); it != m_cache.modules.cend()) {
            if (!it.value()->missing)
                return it.value();
            *why = it.value()->error;
            return nullptr;
        }
    }
    Location at;
    if (!locate(name, &at, why, name)) {
        // Remembered: `if TYPE_CHECKING:` in every file looks for `typing` once.
        auto missing = std::make_shared<ModuleEntry>();
        missing->name = name;
        missing->missing = true;
        missing->error = *why;
        QMutexLocker lock(&m_cache.mutex);
        m_cache.modules.insert(name, missing);
        return nullptr;
    }
    return read(name, at);
}

std::shared_ptr<const ModuleEntry> Walker::read(const QString &name, const Location &at)
{
    auto entry = std::make_shared<ModuleEntry>();
    entry->name = name;
    entry->file = at.file;
    entry->dirs = at.dirs;
    if (!at.file.isEmpty()) {
        QStringList &inProgress = modulesInProgress();
        if (inProgress.contains(name) || inProgress.size() >= MaxImportDepth) {
            // Not cached: the module is only partly known while it is being read.
            entry->error =
                inProgress.contains(name)
                    ? Tr::tr("module '%1' (%2) is imported from while it is being imported (a "
                             "circular import: %3)")
                          .arg(name, at.file, (inProgress + QStringList{name}).join(u" -> "))
                    : Tr::tr("module '%1' (%2) is imported through more than %3 modules")
                          .arg(name, at.file)
                          .arg(MaxImportDepth);
            return entry;
        }
        QFile source(at.file);
        Result<QByteArray> utf8 =
            source.open(QIODevice::ReadOnly)
                ? pythonSourceToUtf8(source.readAll())
                : Result<QByteArray>(
                      makeError(ErrorKind::Io,
                                Tr::tr("cannot read it: %1").arg(source.errorString()), at.file));
        if (!utf8) {
            Error e = utf8.error();
            e.file = at.file;
            entry->error = e.toString();
        } else {
            entry->utf8 = std::move(*utf8);
            entry->scope.importPath = m_path;
            entry->scope.revisionFile = false;
            entry->scope.package = at.package;
            inProgress.append(name);
            const Result<void> r =
                readModuleScope(QByteArrayView(entry->utf8), at.file, entry->scope);
            inProgress.removeLast();
            if (!r)
                entry->error = r.error().toString();
        }
    }
    QMutexLocker lock(&m_cache.mutex);
    // Another thread may have read it meanwhile: the first one is kept (both are equal).
    return *m_cache.modules.insert(name, m_cache.modules.value(name, entry));
}

Outcome Walker::attribute(const std::shared_ptr<const ModuleEntry> &module, std::string_view name)
{
    if (!module->error.isEmpty())
        return {nullptr, {}, module->error};
    const std::string key = normalizedName(name);
    const auto it = module->scope.bindings.find(key);
    const QString where = QStringLiteral("%1:%2: ").arg(module->file);
    const QString shown = fromView(name);
    if (it == module->scope.bindings.end()) {
        QString why;
        if (!module->dirs.isEmpty()) { // a package's submodule
            if (auto sub = find(module->name + QLatin1Char('.') + shown, &why))
                return {sub, {}, {}};
        }
        if (!module->scope.starModule.empty()) {
            Eval value;
            switch (ImportResolver::resolveStar(module->scope, name, &value)) {
            case ImportResolver::Star::Exported:
                if (value.failure)
                    return {nullptr, {}, value.failure->describe(shown, false)};
                return {nullptr, value.value, {}};
            case ImportResolver::Star::NotExported:
                break;
            case ImportResolver::Star::NotInProject:
                return {nullptr,
                        {},
                        Tr::tr("module '%1' (%2) does not assign '%3', which may come from "
                               "'from %4 import *', a module outside the project")
                            .arg(module->name, module->file, shown,
                                 moduleText(module->scope.starModule))};
            }
        }
        if (module->file.isEmpty())
            return {nullptr,
                    {},
                    why.isEmpty()
                        ? Tr::tr("namespace package '%1' has no '%2'").arg(module->name, shown)
                        : why};
        return {nullptr,
                {},
                Tr::tr("module '%1' (%2) does not assign '%3' at module level")
                    .arg(module->name, module->file, shown)};
    }
    const Binding &b = it->second;
    switch (b.kind) {
    case Binding::Literal:
        return {nullptr, b.value, {}};
    case Binding::Imported:
    case Binding::Module:
        return follow(module->scope, b);
    case Binding::NonLiteral:
        return {nullptr,
                {},
                where.arg(b.line) + (b.failure
                                         ? b.failure->describe(shown, false)
                                         : Tr::tr("%1 is not assigned a literal").arg(shown))};
    case Binding::Conditional:
        return {nullptr,
                {},
                where.arg(b.line) +
                    Tr::tr("%1 is assigned inside a block that may or may not run").arg(shown)};
    case Binding::Function:
        return {nullptr, {}, where.arg(b.line) + Tr::tr("%1 is a function").arg(shown)};
    case Binding::Class:
        return {nullptr, {}, where.arg(b.line) + Tr::tr("%1 is a class").arg(shown)};
    case Binding::Deleted:
        return {nullptr, {}, where.arg(b.line) + Tr::tr("%1 is deleted").arg(shown)};
    default:
        return {nullptr, {}, where.arg(b.line) + Tr::tr("%1 may be modified").arg(shown)};
    }
}

Outcome Walker::follow(const ModuleScope &scope, const Binding &binding)
{
    QString why;
    const QString name = absoluteName(binding.module, scope, &why);
    if (name.isEmpty())
        return {nullptr, {}, why};
    const std::shared_ptr<const ModuleEntry> module = find(name, &why);
    if (!module)
        return {nullptr, {}, why};
    if (binding.kind == Binding::Module)
        return {module, {}, module->error};
    return attribute(module, binding.name);
}

ImportResolver::Star Walker::exported(const std::shared_ptr<const ModuleEntry> &module,
                                      std::string_view name,
                                      QString *why)
{
    if (!module->error.isEmpty()) {
        *why = module->error;
        return ImportResolver::Star::Exported;
    }
    const auto all = module->scope.bindings.find(std::string_view("__all__"));
    if (all != module->scope.bindings.end()) {
        const Binding &b = all->second;
        const Value &v = b.value;
        if (b.kind != Binding::Literal ||
            (v.kind != ValueKind::List && v.kind != ValueKind::Tuple)) {
            *why = Tr::tr("%1:%2: __all__ is not a literal list of names")
                       .arg(module->file)
                       .arg(b.line);
            return ImportResolver::Star::Exported;
        }
        const QString shown = fromView(name);
        for (size_t i = 0; i < v.size(); ++i) {
            if (v.at(i).kind == ValueKind::Str && v.at(i).str == shown)
                return ImportResolver::Star::Exported;
        }
        return ImportResolver::Star::NotExported;
    }
    if (name.empty() || name.front() == '_')
        return ImportResolver::Star::NotExported;
    const auto it = module->scope.bindings.find(normalizedName(name));
    if (it != module->scope.bindings.end())
        return it->second.kind == Binding::Deleted ? ImportResolver::Star::NotExported
                                                   : ImportResolver::Star::Exported;
    if (module->scope.starModule.empty())
        return ImportResolver::Star::NotExported;
    Eval ignored;
    const ImportResolver::Star inner = ImportResolver::resolveStar(module->scope, name, &ignored);
    return inner == ImportResolver::Star::NotInProject ? ImportResolver::Star::NotExported : inner;
}

} // namespace

Eval ImportResolver::resolve(const ModuleScope &scope,
                             const Binding &binding,
                             const std::vector<std::string_view> &attributes)
{
    Walker walker(scope.importPath, *scope.importPath->m_cache);
    Outcome at = walker.follow(scope, binding);
    QString path = fromView(binding.kind == Binding::Imported ? binding.name : binding.module);
    for (std::string_view attribute : attributes) {
        if (!at.error.isEmpty())
            break;
        if (!at.module) {
            at.error = Tr::tr("'%1' is %2, whose attributes Retort does not read")
                           .arg(path, kindName(at.value));
            break;
        }
        at = walker.attribute(at.module, attribute);
        path += QLatin1Char('.') + fromView(attribute);
    }
    Eval out;
    if (at.error.isEmpty() && at.module)
        at.error = Tr::tr("'%1' is the module '%2', not a literal").arg(path, at.module->name);
    if (at.error.isEmpty())
        out.value = at.value;
    else
        out.failure = Failure{Failure::Import, {}, {}, {}, 0, at.error};
    return out;
}

ImportResolver::Star
ImportResolver::resolveStar(const ModuleScope &scope, std::string_view name, Eval *value)
{
    Walker walker(scope.importPath, *scope.importPath->m_cache);
    QString why;
    const QString module = absoluteName(scope.starModule, scope, &why);
    std::shared_ptr<const ModuleEntry> entry;
    if (!module.isEmpty()) {
        entry = walker.find(module, &why);
        if (!entry) {
            // A library (not in the project's source): Retort does not know what it binds.
            QString top;
            if (!walker.find(module.section(QLatin1Char('.'), 0, 0), &top))
                return Star::NotInProject;
        }
    }
    Star star = entry ? walker.exported(entry, name, &why) : Star::Exported;
    if (star == Star::Exported && why.isEmpty()) {
        const Outcome at = walker.attribute(entry, name);
        why = at.error.isEmpty() && at.module ? Tr::tr("'%1' is the module '%2', not a literal")
                                                    .arg(fromView(name), at.module->name)
                                              : at.error;
        value->value = at.value;
    }
    if (!why.isEmpty()) {
        value->value = Value();
        value->failure = Failure{Failure::Import, {}, {}, {}, 0, why};
    }
    return star;
}

} // namespace detail

PyImportPath::PyImportPath()
    : PyImportPath(QStringList())
{}

PyImportPath::PyImportPath(QStringList roots)
    : m_cache(std::make_shared<detail::ModuleCache>())
{
    m_cache->roots = std::move(roots);
}

PyImportPath::~PyImportPath() = default;

PyImportPath PyImportPath::forProject(const AlembicConfig &config)
{
    QStringList roots;
    const auto add = [&roots](const QString &folder) {
        const QString clean = QDir::cleanPath(folder);
        if (QFileInfo(clean).isDir() && !roots.contains(clean))
            roots.append(clean);
    };
    for (const QString &entry : config.prependSysPath)
        add(QDir(config.here).absoluteFilePath(entry));
    add(config.here);
    // script_location inside a package (app/db/migration/alembic_migrations): the folder
    // above the outermost package, where `import app` finds it.
    QDir dir(config.scriptLocation);
    if (!dir.exists(QStringLiteral("__init__.py")))
        dir.cdUp();
    QString top;
    while (dir.exists(QStringLiteral("__init__.py"))) {
        top = dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    if (!top.isEmpty())
        add(QFileInfo(top).absolutePath());
    return PyImportPath(roots);
}

const QStringList &PyImportPath::roots() const
{
    return m_cache->roots;
}

} // namespace retort
