#pragma once

#include "config/databaseurl.h"
#include "core/error.h"
#include "ops/dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace retort {

/**
 * One open database connection made from an SQLAlchemy URL: PostgreSQL through QPSQL
 * (libpq), SQLite through QSQLITE. Owns a uniquely named QSqlDatabase connection that lives
 * on the thread that opened it; closed and removed when destroyed.
 */
class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /**
     * Opens `url`. PostgreSQL: user and password from the URL (without a password libpq's
     * own sources still apply: PGPASSWORD, ~/.pgpass, PGSERVICE), host (a name, an IPv6
     * address, or a socket folder), port, database, and every query parameter as a libpq
     * connection keyword (sslmode, sslrootcert, connect_timeout, application_name, options,
     * host=/socket/dir, ...). SQLite: `sqlite:///relative.db` (from the working folder, as
     * SQLAlchemy does), `sqlite:////absolute.db`, `sqlite://` (in memory); `?timeout=` sets
     * the busy timeout. `applicationName` is used when the URL does not set one.
     * Errors name the server, port and database with the server's message, never the
     * password.
     */
    static Result<std::unique_ptr<Connection>>
    open(const DatabaseUrl &url, const QString &applicationName = QStringLiteral("retort"));

    QSqlDatabase &db() { return m_db; }
    Dialect dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    /** The URL as it may be shown: the password as `***`. */
    QString displayUrl() const { return m_url.toString(true); }
    /** "host H, port P, database D" (PostgreSQL) or "file F" (SQLite), for messages. */
    QString serverDescription() const;

    /** Runs one statement; an error carries the server's message and SQLSTATE. */
    Result<void> exec(const QString &sql);
    /** The first column of every row of a query. */
    Result<QStringList> column(const QString &sql, const QVariantList &values = {});

private:
    Connection() = default;
    QSqlDatabase m_db;
    QString m_name;
    Dialect m_dialect = Dialect::PostgreSQL;
    DatabaseUrl m_url;
};

/** The server's message of a QtSql error, without the driver's decoration (QPSQL: the
 *  severity prefix and the appended SQLSTATE). PostgreSQL's own further lines (LINE, DETAIL,
 *  HINT) are kept. */
QString serverMessage(const class QSqlError &error);

/** A database error from QtSql as an Error: the server's message, SQLSTATE in `argument`. */
Error databaseError(const class QSqlError &error, const QString &context);

} // namespace retort
