#include "runtimetest.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace retort::test {

namespace {

QAtomicInteger<int> g_connections;

QString nextConnectionName()
{
    return QStringLiteral("rt-support-%1").arg(g_connections.fetchAndAddRelaxed(1));
}

} // namespace

QString cliPath()
{
    return qEnvironmentVariable("RETORT_CLI");
}

QString pythonPath()
{
    return qEnvironmentVariable("RETORT_PYTHON", QStringLiteral("/usr/bin/python3"));
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1%2%3\n--- stdout ---\n%4--- stderr ---\n%5")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (killed by a signal)") : QString(),
             problem.isEmpty() ? QString() : QStringLiteral(" (") + problem + QLatin1Char(')'), out,
             err);
}

CliRun runProcess(const QString &program,
                  const QStringList &args,
                  const QString &workDir,
                  const QStringList &env,
                  int timeoutMs)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RETORT_DATABASE_URL"));
    environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
    for (const QString &pair : env) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        environment.insert(pair.left(eq), pair.mid(eq + 1));
    }
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        run.problem = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(10000);
        run.problem = QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(timeoutMs);
    }
    run.elapsedMs = timer.elapsed();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList lines(const QString &text)
{
    QStringList out = text.split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// --- ScratchDatabase ------------------------------------------------------------------------

ScratchDatabase::ScratchDatabase(const PgTestServer &server,
                                 const QString &name,
                                 const QString &owner)
    : m_server(server)
    , m_name(name)
    , m_owner(owner)
{
    m_error = recreate();
}

ScratchDatabase::~ScratchDatabase()
{
    PgConnection admin(m_server, nextConnectionName(), PgTestServer::Transport::UnixSocket);
    if (admin.open())
        QSqlQuery(admin.db())
            .exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
}

QString ScratchDatabase::url(const QString &userInfo) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(userInfo.isEmpty() ? m_server.user() : userInfo, m_server.host())
        .arg(m_server.port())
        .arg(m_name);
}

QString ScratchDatabase::recreate()
{
    PgConnection admin(m_server, nextConnectionName(), PgTestServer::Transport::UnixSocket);
    if (!admin.open())
        return admin.errorText();
    QSqlQuery q(admin.db());
    q.exec(QStringLiteral("SET client_min_messages TO warning")); // no "does not exist" notice
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name)))
        return q.lastError().text();
    const QString create =
        m_owner.isEmpty()
            ? QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name)
            : QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(m_name, m_owner);
    if (!q.exec(create))
        return q.lastError().text();
    return {};
}

QString ScratchDatabase::exec(const QString &sql) const
{
    PgConnection conn(m_server, nextConnectionName(), PgTestServer::Transport::UnixSocket, m_name);
    if (!conn.open())
        return conn.errorText();
    QSqlQuery q(conn.db());
    return q.exec(sql) ? QString() : q.lastError().text();
}

QStringList ScratchDatabase::column(const QString &sql, QString *error) const
{
    PgConnection conn(m_server, nextConnectionName(), PgTestServer::Transport::UnixSocket, m_name);
    QStringList out;
    if (!conn.open()) {
        if (error)
            *error = conn.errorText();
        return out;
    }
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList ScratchDatabase::snapshot() const
{
    const QString userSchema =
        QStringLiteral("%1 NOT LIKE 'pg\\_%' AND %1 <> 'information_schema'");
    QString error;
    QStringList out;
    out += column(QStringLiteral("SELECT 'schema ' || nspname FROM pg_namespace WHERE %1")
                      .arg(userSchema.arg(QStringLiteral("nspname"))),
                  &error);
    out += column(QStringLiteral("SELECT 'relation ' || c.relkind::text || ' ' || format('%I.%I', "
                                 "n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON "
                                 "n.oid = c.relnamespace WHERE %1")
                      .arg(userSchema.arg(QStringLiteral("n.nspname"))),
                  &error);
    out += column(QStringLiteral("SELECT 'column ' || format('%I.%I.%I', table_schema, "
                                 "table_name, column_name) || ' ' || data_type || ' nullable ' "
                                 "|| is_nullable || coalesce(' default ' || column_default, '') "
                                 "FROM information_schema.columns WHERE %1")
                      .arg(userSchema.arg(QStringLiteral("table_schema"))),
                  &error);
    const QStringList tables =
        column(QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                              "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN "
                              "('r', 'p') AND %1")
                   .arg(userSchema.arg(QStringLiteral("n.nspname"))),
               &error);
    for (const QString &table : tables)
        out += column(QStringLiteral("SELECT 'row %1 ' || t::text FROM %1 t").arg(table), &error);
    if (!error.isEmpty())
        return {QStringLiteral("ERROR ") + error};
    // Retort's audit table (its table, key index, identity sequence, columns and rows) is
    // bookkeeping beside the version table, not what a migration changes: tst_runhistory
    // checks it.
    out.removeIf(
        [](const QString &line) { return line.contains(QLatin1String(" public.retort_history")); });
    out.sort();
    return out;
}

QStringList ScratchDatabase::versionRows(QString *error) const
{
    const QStringList present =
        column(QStringLiteral("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = "
                              "'alembic_version'"),
               error);
    if (present.isEmpty())
        return {};
    QStringList rows =
        column(QStringLiteral("SELECT version_num FROM public.alembic_version"), error);
    rows.sort();
    return rows;
}

QStringList ScratchDatabase::tables(QString *error) const
{
    return column(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                 "AND tablename <> 'retort_history' ORDER BY tablename COLLATE "
                                 "\"C\""),
                  error);
}

bool ScratchDatabase::waitUntilIdle(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QString error;
        const QStringList n = column(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                    "WHERE datname = current_database() AND "
                                                    "pid <> pg_backend_pid()"),
                                     &error);
        if (error.isEmpty() && n.value(0) == QStringLiteral("0"))
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

// --- SqlProject -----------------------------------------------------------------------------

namespace {

QString slug(const QString &message)
{
    QString out;
    for (const QChar c : message)
        out += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('_');
    return out;
}

/** The header lines written before "-- migrate:upgrade" (see SqlProject::write). */
QStringList headerLines(const SqlRevision &r)
{
    QStringList out{QStringLiteral("-- Revision ID: ") + r.id,
                    QStringLiteral("-- Revises: ") + r.down.join(QStringLiteral(", "))};
    if (!r.dependsOn.isEmpty())
        out.append(QStringLiteral("-- Depends on: ") + r.dependsOn.join(QStringLiteral(", ")));
    out += {QStringLiteral("-- Create Date: 2024-05-01 12:00:00"),
            QStringLiteral("-- Message: ") + r.message, QString()};
    return out;
}

} // namespace

SqlProject::SqlProject(const QString &dir, const QList<SqlRevision> &revisions)
    : m_dir(QDir(dir).absolutePath())
    , m_revisions(revisions)
{}

QString SqlProject::ini() const
{
    return m_dir + QStringLiteral("/alembic.ini");
}

const SqlRevision &SqlProject::revision(const QString &id) const
{
    for (const SqlRevision &r : m_revisions)
        if (r.id == id)
            return r;
    qFatal("SqlProject: no revision %s", qPrintable(id));
}

QString SqlProject::path(const QString &id) const
{
    return QStringLiteral("%1/versions/%2_%3.sql").arg(m_dir, id, slug(revision(id).message));
}

int SqlProject::line(const QString &id, bool upgrade, int index) const
{
    const SqlRevision &r = revision(id);
    const int first = int(headerLines(r).size()) + 2; // after "-- migrate:upgrade"
    return upgrade ? first + index : first + int(r.upgrade.size()) + 2 + index;
}

QString SqlProject::write() const
{
    if (!QDir().mkpath(m_dir + QStringLiteral("/versions")))
        return QStringLiteral("cannot create %1/versions").arg(m_dir);
    const auto put = [](const QString &path, const QString &text) -> QString {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(text.toUtf8()) != text.toUtf8().size())
            return QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return {};
    };
    if (QString e = put(ini(), QStringLiteral("[alembic]\nscript_location = %(here)s\n"));
        !e.isEmpty())
        return e;
    for (const SqlRevision &r : m_revisions) {
        QStringList text = headerLines(r);
        text.append(QStringLiteral("-- migrate:upgrade"));
        for (const QString &s : r.upgrade)
            text.append(s + QLatin1Char(';'));
        text += {QString(), QStringLiteral("-- migrate:downgrade")};
        for (const QString &s : r.downgrade)
            text.append(s + QLatin1Char(';'));
        if (QString e = put(path(r.id), text.join(QLatin1Char('\n')) + QLatin1Char('\n'));
            !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace retort::test
