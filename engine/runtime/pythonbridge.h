#pragma once

#include "config/alembicconfig.h"
#include "config/databaseurl.h"
#include "core/error.h"
#include "graph/revisionmap.h"
#include "ops/dialect.h"
#include "runtime/versiontable.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace retort {

/**
 * A Python interpreter with Alembic and SQLAlchemy that runs, with Alembic itself, exactly
 * the steps Retort cannot render (render/interpreter.h says why). It is started per step
 * (resources/bridge/retort_bridge.py), gets its request on standard input (the URL may hold
 * a password: never on a command line), loads only that revision's module (with the
 * project's folder and `prepend_sys_path` on sys.path, as Alembic does) and runs its
 * upgrade() or downgrade() through Alembic's Operations; env.py is not run.
 */
/** The environment variable that chooses the bridge's Python when --python is not given. */
inline constexpr char kPythonVariable[] = "RETORT_PYTHON";

struct PythonBridge
{
    QString python;      ///< the interpreter to start
    QString foundBy;     ///< how it was chosen, for logs: "--python", ".venv", "PATH", ...
    QStringList sysPath; ///< absolute folders put first on sys.path
    QString iniPath;     ///< the project's ini (for `alembic.context` in the module)
    QString section;     ///< its section

    /**
     * The Python to bridge with: `explicitPython` (`--python`; "none" disables the bridge),
     * else $RETORT_PYTHON (the same values), else the ini's `retort_python`, else the project's `.venv/bin/python` or
     * `venv/bin/python` (next to alembic.ini), else `python3` on PATH. The chosen one must
     * import alembic and sqlalchemy: an explicit one that cannot is an Error; an automatic
     * one that cannot is skipped. No bridge at all is nullopt.
     */
    static Result<std::optional<PythonBridge>> find(const QString &explicitPython,
                                                    const AlembicConfig &config);

    /** What `run()` asks for. */
    struct Step
    {
        const Revision *revision = nullptr;
        bool upgrade = true;
        QStringList session;                        ///< statements first (timeouts)
        QList<std::pair<QString, bool>> versionSql; ///< version-row SQL, checked for one row
    };

    /**
     * Runs `step` on `url` in one transaction of its own (the step's function, then its
     * version-row statements) and returns its output. Each line of output goes to
     * `onOutput` as it comes. `cancelled` set from another thread stops the process (the
     * server rolls its transaction back). A failure is an Error (kind Database) with the
     * revision's file and Python's last error line.
     */
    Result<QString> run(const DatabaseUrl &url,
                        const Step &step,
                        const VersionTable &table,
                        const std::function<void(const QString &)> &onOutput,
                        const std::atomic<bool> *cancelled) const;

    /** The step's SQL as Alembic's offline mode prints it for `dialect` (no database). */
    Result<QString> preview(const Revision &revision,
                            bool upgrade,
                            Dialect dialect,
                            const VersionTable &table) const;
};

} // namespace retort
