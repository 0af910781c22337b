#pragma once

#include "core/error.h"
#include "runtime/connection.h"

#include <QString>

#include <functional>
#include <memory>

namespace retort::shadow {

/** Where the shadow databases of one schema command come from. */
struct ShadowRequest
{
    /// `--shadow-url` or the ini's `retort_shadow_url`: a server that holds the temporary
    /// databases (PostgreSQL), or `sqlite://` for in-memory SQLite. Wins over the others.
    QString shadowUrl;
    /// How shadowUrl was given, for messages ("--shadow-url", "retort_shadow_url in x.ini").
    QString shadowOrigin = QStringLiteral("--shadow-url");
    /// A database URL (`--url`, the other side of a diff, the project's URL) whose server may
    /// hold a temporary database; a SQLite URL means an in-memory SQLite shadow.
    QString serverUrl;
    /// Without either URL: start a private PostgreSQL server from the local binaries.
    bool allowPrivateServer = true;
    /// Progress for humans (the private server started and stopped).
    std::function<void(const QString &)> log;
};

class ShadowProvider;

/** One empty database that goes away with this object: a temporary database dropped
 *  from its server, or an in-memory SQLite database. */
class ShadowDatabase
{
public:
    ~ShadowDatabase();
    ShadowDatabase(const ShadowDatabase &) = delete;
    ShadowDatabase &operator=(const ShadowDatabase &) = delete;

    Connection &connection() { return *m_conn; }

private:
    friend class ShadowProvider;
    ShadowDatabase() = default;
    std::unique_ptr<Connection> m_admin;
    std::unique_ptr<Connection> m_conn;
    QString m_name;
    int m_registration = -1;
};

/**
 * Gives out shadow databases, in this order: a temporary database on `shadowUrl`'s server;
 * one on `serverUrl`'s server (`CREATE DATABASE ... TEMPLATE template0`); one on a private
 * PostgreSQL server started on first use in a temporary folder (initdb, a unix socket only,
 * run by a non-root user when Retort runs as root) and stopped and removed when the provider
 * goes; SQLite: in memory. Every database and server is registered, so that cleanUpAll()
 * removes them when the process is interrupted.
 */
class ShadowProvider
{
public:
    explicit ShadowProvider(ShadowRequest request);
    ~ShadowProvider();
    ShadowProvider(const ShadowProvider &) = delete;
    ShadowProvider &operator=(const ShadowProvider &) = delete;

    /** A new empty shadow database (errors name the server and the server's message). */
    Result<std::unique_ptr<ShadowDatabase>> create();

private:
    struct PrivateServer;
    Result<QString> privateServerUrl();

    ShadowRequest m_request;
    std::unique_ptr<PrivateServer> m_server;
};

/** The PostgreSQL server binaries' folder: `pg_config --bindir`, else the newest
 *  /usr/lib/postgresql/N/bin; empty when neither has initdb, pg_ctl and postgres. */
QString findPostgresBinaries();

/**
 * Removes every shadow database and private server that is still registered: terminates the
 * sessions using them, drops the databases, stops the servers and deletes their folders. Safe
 * from any thread (it opens its own connections); meant for the thread that handles SIGINT
 * and SIGTERM in the CLI, which then exits.
 */
void cleanUpAll();

} // namespace retort::shadow
