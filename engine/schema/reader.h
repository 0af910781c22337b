#pragma once

#include "core/error.h"
#include "schema/snapshot.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

class QSqlQuery;

namespace retort::schema {

/**
 * Reads the schema of the database `db` is connected to (PostgreSQL 13 or later, or
 * SQLite), leaving out the system schemas, objects that belong to extensions, the version
 * table and `options.excludeTables`. PostgreSQL is read from pg_catalog in a fixed number
 * of queries, whatever the number of tables; SQLite from sqlite_schema and its pragmas.
 * The session's settings are left as they were; nothing is written.
 */
Result<Snapshot> readSnapshot(QSqlDatabase &db, const ReadOptions &options = {});

namespace detail {
/** Runs one catalog query of a reader and hands each row to `row`; after an error (kept in
 *  `error`, with the query as its detail) it runs nothing more and returns false. */
bool readRows(QSqlDatabase &db,
              const QString &sql,
              const std::function<void(const QSqlQuery &)> &row,
              std::optional<Error> &error);
} // namespace detail

/** readSnapshot() of a PostgreSQL database. */
Result<Snapshot> readPostgres(QSqlDatabase &db, const ReadOptions &options);
/** readSnapshot() of a SQLite database. */
Result<Snapshot> readSqlite(QSqlDatabase &db, const ReadOptions &options);

} // namespace retort::schema
