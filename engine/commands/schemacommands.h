#pragma once

#include "commands/project.h"
#include "commands/runcommands.h"
#include "core/error.h"
#include "schema/diff.h"
#include "schema/snapshot.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace retort::schemacommands {

/** Where snapshots come from besides live databases. */
struct SourceOptions
{
    /// A server on which DDL sources are applied to a temporary database ("shadow"); when
    /// empty, the project's `retort_shadow_url`, then the server of `fallbackServerUrl`,
    /// then a private server. `sqlite://` asks for in-memory SQLite shadows.
    QString shadowUrl;
    /// A database URL whose server may hold the temporary shadow database (`--url`, or the
    /// other side of a diff); a SQLite URL makes the shadows in-memory SQLite databases.
    QString fallbackServerUrl;
    schema::ReadOptions read;
    /// How shadowUrl was given, for messages (the ini's key is named when it came from there).
    QString shadowOrigin = QStringLiteral("--shadow-url");
    /// The project whose migrations build the `@REV` sources (nullptr: they are refused, with
    /// `projectError` as the reason when set).
    const Project *project = nullptr;
    Error projectError;
    /// How the migrations run into a shadow (`--python`, version table, ...), as `upgrade`
    /// takes them; `url` is ignored (the shadow's is used).
    runcommands::Overrides run;
    /// Without any server URL, start a private PostgreSQL server from the local binaries.
    bool allowPrivateServer = true;
    /// Progress lines for humans (migrations run into a shadow, a private server started).
    std::function<void(const QString &)> log;
};

/**
 * The snapshot of one source:
 * - a database URL (`postgresql://...`, `sqlite:///...`);
 * - a `.sql` file or a folder of them, applied in name order to a temporary database
 *   (`CREATE DATABASE ... TEMPLATE template0` on the shadow server), which is dropped again,
 *   after an error too. A failing statement is reported with its file and line;
 * - `@REV` (`@head`, `@heads`, `@abc1`, `@label@head`, ...): a shadow database upgraded to REV
 *   by the project's own migrations, as `retort upgrade REV` runs them; `@base`: an empty
 *   shadow database.
 */
Result<schema::Snapshot> snapshotOf(const QString &source, const SourceOptions &options);

/** Whether `source` names a revision of the project (`@REV`). */
bool isRevisionSource(const QString &source);

/** Whether `source` is a database URL (rather than a DDL path). */
bool isUrl(const QString &source);

enum class Format { Sql, Alembic, Text, Json };

/** `schema dump`: the snapshot as DDL that rebuilds it (Sql) or as JSON. */
Result<QString> dump(const QString &source, Format format, const SourceOptions &options);

/** `schema diff`: what turns FROM into TO; `changes` holds the count. */
struct DiffOutput
{
    QString text;
    qsizetype changes = 0;
    QStringList notCompared; ///< of either side, "not compared: ..." for the user
};
Result<DiffOutput>
diff(const QString &from, const QString &to, Format format, const SourceOptions &options);

/** `drift`: what was changed by hand in a database since its migrations ran. */
struct DriftOutput
{
    QString text; ///< the changes that turn the migrations' schema into the database's
    qsizetype changes = 0;
    QStringList notCompared;
    QStringList heads;  ///< the database's version rows
    QString displayUrl; ///< the database, as it may be shown
};

/**
 * `drift`: compares the database of `options.run` (its URL, as `upgrade` finds it) with a
 * shadow database built by the project's migrations up to that database's version rows
 * (several heads: each in turn; none: an empty shadow).
 */
Result<DriftOutput> drift(const Project &project, Format format, const SourceOptions &options);

} // namespace retort::schemacommands
