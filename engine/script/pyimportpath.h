#pragma once

#include "config/alembicconfig.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace retort {

namespace detail {
class ImportResolver;
struct ModuleCache;
} // namespace detail

/**
 * Where the modules of a project's own source are found (≈ sys.path while Alembic loads the
 * revision files), for revision files that take a header value from such a module:
 * `from app.db.migration import cli` then `branch_labels = (cli.CONTRACT_BRANCH,)`, or
 * `from app.db.migration.cli import CONTRACT_BRANCH`.
 *
 * Modules are found as Python's path finder finds them (a package folder with `__init__.py`
 * first, then `name.py`, then namespace package folders), read as text and never imported
 * or run; a value is taken only when the module binds it to a literal (or a name bound to
 * one, or a name it imports from another module of the project). Each module is read once
 * and shared by copies of this object and by every thread.
 */
class PyImportPath
{
public:
    /** No folders: nothing is found, and every imported name stays unknown. */
    PyImportPath();
    /** The given absolute folders, searched in order. */
    explicit PyImportPath(QStringList roots);
    ~PyImportPath();
    PyImportPath(const PyImportPath &) = default;
    PyImportPath &operator=(const PyImportPath &) = default;

    /**
     * A project's path, in this order: the ini's `prepend_sys_path` entries (relative ones
     * from the ini's folder, as Retort takes every path), the ini's folder, and the folder
     * that holds the outermost package around `script_location` (going up while a folder
     * has an `__init__.py`). Folders that do not exist and repeats are left out.
     */
    static PyImportPath forProject(const AlembicConfig &config);

    /** The folders searched, in order. */
    const QStringList &roots() const;

private:
    friend class detail::ImportResolver;
    std::shared_ptr<detail::ModuleCache> m_cache;
};

} // namespace retort
