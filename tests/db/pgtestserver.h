#pragma once

// The private PostgreSQL server started by the CTest fixture "postgres"
// (tests/fixtures/pgserver.sh), as seen by a db test: read its connection file, open
// uniquely named QSqlDatabase connections to it over TCP or its unix socket.
//
//     const auto server = retort::test::PgTestServer::fromEnvironment();
//     QVERIFY2(server.isValid(), qPrintable(server.error()));
//     retort::test::PgConnection conn(server, QStringLiteral("mytest"));
//     QVERIFY2(conn.open(), qPrintable(conn.errorText()));
//     QSqlQuery query(conn.db());
//
// A missing fixture is an error for the caller to report with QVERIFY2/QFAIL, never a skip.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace retort::test {

/** Connection data of the fixture's server, read from $RETORT_PG_DIR/conninfo. */
class PgTestServer
{
public:
    enum class Transport { Tcp, UnixSocket };

    /** Reads $RETORT_PG_DIR/conninfo; on failure isValid() is false and error() says why. */
    static PgTestServer fromEnvironment()
    {
        const QByteArray dir = qgetenv("RETORT_PG_DIR");
        if (dir.isEmpty()) {
            PgTestServer server;
            server.m_error = QStringLiteral(
                "RETORT_PG_DIR is not set: run this test through ctest, which starts the "
                "PostgreSQL fixture (pg_server_start)");
            return server;
        }
        return fromFile(QString::fromLocal8Bit(dir) + QStringLiteral("/conninfo"));
    }

    /** Reads a key=value connection file as written by pgserver.sh. */
    static PgTestServer fromFile(const QString &path)
    {
        PgTestServer server;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            server.m_error = QStringLiteral("cannot read %1 (%2): the PostgreSQL fixture "
                                            "(pg_server_start) did not run or failed")
                                 .arg(path, file.errorString());
            return server;
        }
        QHash<QString, QString> values;
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0)
                continue;
            values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
        bool portOk = false;
        server.m_host = values.value(QStringLiteral("host"));
        server.m_port = values.value(QStringLiteral("port")).toInt(&portOk);
        server.m_socketDir = values.value(QStringLiteral("socket"));
        server.m_user = values.value(QStringLiteral("user"));
        server.m_database = values.value(QStringLiteral("database"));
        server.m_pwUser = values.value(QStringLiteral("pw_user"));
        server.m_pwPassword = values.value(QStringLiteral("pw_password"));
        server.m_bindir = values.value(QStringLiteral("bindir"));
        QStringList missing;
        if (server.m_host.isEmpty())
            missing << QStringLiteral("host");
        if (!portOk || server.m_port <= 0 || server.m_port > 65535)
            missing << QStringLiteral("port");
        if (server.m_socketDir.isEmpty())
            missing << QStringLiteral("socket");
        if (server.m_user.isEmpty())
            missing << QStringLiteral("user");
        if (server.m_database.isEmpty())
            missing << QStringLiteral("database");
        if (!missing.isEmpty())
            server.m_error = QStringLiteral("%1: missing or invalid %2")
                                 .arg(path, missing.join(QStringLiteral(", ")));
        return server;
    }

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString socketDir() const { return m_socketDir; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    /** A role that must log in with a SCRAM password over TCP (127.0.0.1); empty when the
     *  fixture predates it. Every other access is trusted. */
    QString pwUser() const { return m_pwUser; }
    /** The password of pwUser(): test data, for the password-handling tests only. */
    QString pwPassword() const { return m_pwPassword; }
    /** The server's own binaries (psql, pg_dump of its version); empty when not written. */
    QString bindir() const { return m_bindir; }

    /** Adds (does not open) a QPSQL connection named \a name; \a database overrides the
     *  fixture's default database. The server trusts local connections of user(): no
     *  password. */
    QSqlDatabase addDatabase(const QString &name,
                             Transport transport = Transport::Tcp,
                             const QString &database = {}) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(transport == Transport::Tcp ? m_host : m_socketDir);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(database.isEmpty() ? m_database : database);
        return db;
    }

private:
    QString m_host;
    int m_port = 0;
    QString m_socketDir;
    QString m_user;
    QString m_database;
    QString m_pwUser;
    QString m_pwPassword;
    QString m_bindir;
    QString m_error;
};

/** A named connection that is closed and removed from QSqlDatabase's registry on scope exit. */
class PgConnection
{
public:
    PgConnection(const PgTestServer &server,
                 const QString &name,
                 PgTestServer::Transport transport = PgTestServer::Transport::Tcp,
                 const QString &database = {})
        : m_name(name)
    {
        server.addDatabase(m_name, transport, database);
    }
    ~PgConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /** Opens the connection; false on failure, with the reason in errorText(). */
    bool open() { return db().open(); }

    /** The registered connection; do not keep copies beyond this object's life. */
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /** The driver's and the server's text of the last error. */
    QString errorText() const { return db().lastError().text(); }

private:
    QString m_name;
};

} // namespace retort::test
