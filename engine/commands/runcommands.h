#pragma once

#include "commands/project.h"
#include "runtime/migrator.h"

#include <functional>
#include <optional>

namespace retort {

/**
 * Alembic's database commands (current, upgrade, downgrade, stamp, ensure_version), online
 * through a Migrator and offline as SQL text, shared by the CLI and the desktop app.
 * Errors are worded as Alembic's CommandError where Alembic has a message.
 */
namespace runcommands {

/** Where to connect and how to run, after the ini, the environment and the command line. */
struct Settings
{
    QString url; ///< may hold a password: show through DatabaseUrl::toString() only
    RunOptions run;
    /// `--python`: the Python bridge's interpreter ("none": no bridge; empty: look for one)
    QString python;
    /// How `python` was given, for messages (the desktop app: the project's setting)
    QString pythonOrigin = QStringLiteral("--python");
    /// `--ignore-edited`: run although validate has findings (they are logged)
    bool ignoreEdited = false;
};

/** Command-line overrides; empty/nullopt means "not given". */
struct Overrides
{
    QString url;
    QString versionTable;
    std::optional<QString> versionTableSchema;
    bool transactionPerMigration = false;
    bool dryRun = false;
    std::optional<int> runLockTimeoutMs;
    std::optional<int> statementTimeoutMs;
    std::optional<int> lockTimeoutMs;
    QString python;
    bool noHistory = false;    ///< `--no-history`: no audit rows
    bool ignoreEdited = false; ///< `--ignore-edited`
};

/** The environment variable that overrides the ini's sqlalchemy.url (the CLI's --url wins). */
inline constexpr char kUrlVariable[] = "RETORT_DATABASE_URL";

/** Settings for `project`: the URL from --url, else $RETORT_DATABASE_URL, else the ini. */
Result<Settings> settings(const Project &project, const Overrides &overrides);

/** The dialect a URL names, without connecting. */
Result<Dialect> dialectOf(const QString &url);

enum class Kind { Upgrade, Downgrade, Stamp };

/** Plans `kind` to `targets` from the database's rows (the error worded as Alembic's). */
Result<MigrationPlan> plan(const RevisionMap &map,
                           Kind kind,
                           const QStringList &targets,
                           const QStringList &currentHeads,
                           bool purge);

/** `upgrade/downgrade/stamp --sql`: `argument` may be `start:end`. */
Result<QString> offline(const Project &project,
                        Kind kind,
                        const QStringList &arguments,
                        const Settings &settings,
                        bool purge);

/** Hooks of an online run. */
struct ApplyHooks
{
    std::function<void(const QString &)> log;           ///< one line of progress, for humans
    std::function<void(const MigrationPlan &)> planned; ///< the plan, before it runs
    std::function<void(const RunEvent &)> event;        ///< every run event
    /// the migrator (for cancel()), then nullptr before it is destroyed, whatever the outcome
    std::function<void(Migrator *)> started;
};

/**
 * `upgrade/downgrade/stamp` online: connects, takes the run lock, reads the rows, validates
 * the applied revisions against the audit table (refusing edited or missing files unless
 * `settings.ignoreEdited`), plans, checks that every step can run (refusing before anything
 * runs), then runs the plan.
 */
Result<RunReport> apply(const Project &project,
                        Kind kind,
                        const QStringList &targets,
                        const Settings &settings,
                        bool purge,
                        const ApplyHooks &hooks = {});

/** apply() on a connection that is already open (`settings.url` is not used to connect): a
 *  shadow database that the schema commands upgrade, an in-memory SQLite database. */
Result<RunReport> apply(const Project &project,
                        Kind kind,
                        const QStringList &targets,
                        Connection &conn,
                        const Settings &settings,
                        bool purge,
                        const ApplyHooks &hooks = {});

/** `show <rev> --sql`: what show prints, then each revision's rendered SQL. */
struct ShowSql
{
    QString text;
    bool complete = true; ///< false when a function could not be rendered (its reason shown)
};

/**
 * `show <rev> --sql`: for each revision `rev` denotes, Alembic's show entry, then its
 * upgrade and its downgrade as `dialect`'s SQL in Alembic's offline form (the `.sql`
 * sections, or the Python module rendered), or the diagnostics (file, line, column and
 * reason) of a function that cannot be rendered.
 */
Result<ShowSql> showSql(const RevisionMap &map,
                        const QString &revision,
                        const std::optional<QStringList> &currentHeads,
                        Dialect dialect);

/** Connects to the settings' URL (errors never show the password). */
Result<std::unique_ptr<Connection>> connect(const Settings &settings);

/** Connects and reads the version rows (empty without a version table); `displayUrl`
 *  receives the URL as it may be shown, `history` (when given) the audit rows. */
Result<QStringList> readRows(const Settings &settings,
                             QString *displayUrl = nullptr,
                             QList<HistoryRow> *history = nullptr);

/** `ensure_version --sql` */
QString ensureVersionOffline(const Settings &settings, Dialect dialect);

/** `current [-v]`: the text Alembic prints; `displayUrl` for the verbose header. With
 *  `history` (the audit rows), -v adds when and by whom each revision was applied. */
Result<QString> current(const RevisionMap &map,
                        const QStringList &heads,
                        bool verbose,
                        const QString &displayUrl,
                        const QList<HistoryRow> &history = {});

} // namespace runcommands
} // namespace retort
