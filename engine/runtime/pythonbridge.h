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

/** The environment variable that chooses the bridge's Python when --python is not given. */
inline constexpr char kPythonVariable[] = "RETORT_PYTHON";

/** One place where the bridge's Python is looked for (PythonBridge::sources()). */
struct PythonSource
{
    enum class Kind {
        Explicit,    ///< --python (the CLI), the project's setting (the desktop app)
        Environment, ///< $RETORT_PYTHON
        Ini,         ///< `retort_python` in the ini
        Venv,        ///< `.venv/bin/python` next to the ini
        VirtualEnv,  ///< `venv/bin/python` next to the ini
        Path,        ///< `python3` on PATH
    };
    Kind kind = Kind::Explicit;
    QString origin; ///< how the place is named in messages: "--python", "$RETORT_PYTHON", ...
    QString python; ///< what it names now; empty: nothing there ("none": no bridge)
    /// Chosen by the user: it must run Alembic (else an Error). A place looked at
    /// automatically that cannot is skipped.
    bool required = false;
};

/**
 * A Python interpreter with Alembic and SQLAlchemy that runs, with Alembic itself, exactly
 * the steps Retort cannot render (render/interpreter.h says why). It is started per step
 * (resources/bridge/retort_bridge.py), gets its request on standard input (the URL may hold
 * a password: never on a command line), loads only that revision's module (with the
 * project's folder and `prepend_sys_path` on sys.path, as Alembic does) and runs its
 * upgrade() or downgrade() through Alembic's Operations; env.py is not run.
 */
struct PythonBridge
{
    QString python;            ///< the interpreter to start
    QString foundBy;           ///< how it was chosen, for logs: "--python", ".venv", "PATH", ...
    QString alembicVersion;    ///< `alembic.__version__` of that interpreter
    QString sqlalchemyVersion; ///< `sqlalchemy.__version__`
    QStringList sysPath;       ///< absolute folders put first on sys.path
    QString iniPath;           ///< the project's ini (for `alembic.context` in the module)
    QString section;           ///< its section

    /**
     * Every place find() looks, in its order, with what each names now: `explicitPython`
     * (named `explicitOrigin`: `--python` in the CLI, the project's setting in the desktop
     * app), $RETORT_PYTHON, the ini's `retort_python` (relative to the ini's folder), the
     * project's `.venv/bin/python`, `venv/bin/python` (next to alembic.ini, when
     * executable), `python3` on PATH. Nothing is started.
     */
    static QList<PythonSource> sources(const QString &explicitPython,
                                       const AlembicConfig &config,
                                       const QString &explicitOrigin = QStringLiteral("--python"));

    /**
     * The Python to bridge with: the first of sources() that names one. "none" (given
     * explicitly or in $RETORT_PYTHON) disables the bridge. The chosen one must import
     * alembic and sqlalchemy: a required one that cannot is an Error; an automatic one that
     * cannot is skipped. No bridge at all is nullopt. Blocking (it starts the interpreters
     * it tries): the desktop app calls it off the GUI thread where it can.
     */
    static Result<std::optional<PythonBridge>>
    find(const QString &explicitPython,
         const AlembicConfig &config,
         const QString &explicitOrigin = QStringLiteral("--python"));

    /** For people: "/usr/bin/python3 (found by PATH): Alembic 1.8.1, SQLAlchemy 1.4.46". */
    QString description() const;

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
