#pragma once

#include "core/error.h"
#include "schema/diff.h"
#include "schema/snapshot.h"

#include <QString>
#include <QStringList>

namespace retort::schemacommands {

/** Where snapshots come from besides live databases. */
struct SourceOptions
{
    /// A server on which DDL sources are applied to a temporary database ("shadow"); when
    /// empty, the server of `fallbackServerUrl`.
    QString shadowUrl;
    /// A database URL whose server may hold the temporary shadow database (`--url`, or the
    /// other side of a diff).
    QString fallbackServerUrl;
    schema::ReadOptions read;
};

/**
 * The snapshot of one source:
 * - a database URL (`postgresql://...`, `sqlite:///...`);
 * - a `.sql` file or a folder of them, applied in name order to a temporary database
 *   (`CREATE DATABASE ... TEMPLATE template0` on the shadow server), which is dropped again,
 *   after an error too. A failing statement is reported with its file and line.
 */
Result<schema::Snapshot> snapshotOf(const QString &source, const SourceOptions &options);

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

} // namespace retort::schemacommands
