#include "commands/shadow.h"

#include "ops/dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>

#include <pwd.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

namespace retort::shadow {

namespace {

/** What cleanUpAll() must remove: a temporary database or a private server's folder. */
struct Entry
{
    enum class Type { Database, Server } type = Type::Database;
    DatabaseUrl admin; ///< Database: where to drop it from
    QString name;      ///< Database: its name
    int adminPid = 0;  ///< Database: the backend that creates it (terminated first)
    QString root;      ///< Server: the temporary folder (data, socket, log)
};

std::mutex g_mutex;
std::map<int, Entry> g_entries;
int g_nextEntry = 0;
std::atomic<int> g_shadowCounter{0};

int registerEntry(Entry entry)
{
    const std::lock_guard lock(g_mutex);
    const int id = g_nextEntry++;
    g_entries.emplace(id, std::move(entry));
    return id;
}

void updateEntry(int id, const std::function<void(Entry &)> &change)
{
    const std::lock_guard lock(g_mutex);
    if (auto it = g_entries.find(id); it != g_entries.end())
        change(it->second);
}

/** Takes an entry out of the registry: whoever takes it removes what it stands for. */
std::optional<Entry> takeEntry(int id)
{
    const std::lock_guard lock(g_mutex);
    auto it = g_entries.find(id);
    if (it == g_entries.end())
        return std::nullopt;
    Entry e = std::move(it->second);
    g_entries.erase(it);
    return e;
}

QString quoted(const QString &name)
{
    return dialect::quoteIdentifier(Dialect::PostgreSQL, name);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

/** The user that runs a private server when Retort runs as root (PostgreSQL refuses root). */
QString serverUser()
{
    for (const char *name : {"postgres", "nobody"})
        if (::getpwnam(name))
            return QString::fromLatin1(name);
    return {};
}

struct ProcessResult
{
    bool ok = false;
    QString output;
};

/** Runs a server binary from "/" (the server's user may not enter the working folder), as
 *  `user` when given (through runuser). */
ProcessResult
runTool(const QString &user, const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGDATA", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE",
                             "PGOPTIONS", "PGSERVICE"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    if (user.isEmpty())
        process.start(program, args);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), user, QStringLiteral("--"), program} +
                          args);
    ProcessResult r;
    if (!process.waitForStarted(10000)) {
        r.output = process.errorString();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        r.output = QString::fromLocal8Bit(process.readAll()) +
                   Tr::tr("(no answer after %1 s)").arg(timeoutMs / 1000);
        return r;
    }
    r.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    r.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return r;
}

/** The last lines of a file, for an error message. */
QString tail(const QString &path, int count = 8)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines =
        QString::fromLocal8Bit(file.readAll()).trimmed().split(QLatin1Char('\n'));
    return lines.mid(qMax(0, int(lines.size()) - count)).join(QLatin1Char('\n'));
}

/** Kills the postmaster of a data folder (immediate shutdown) and waits until it is gone. */
void killPostmaster(const QString &dataDir)
{
    QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const pid_t pid = pid_t(QString::fromLatin1(pidFile.readLine()).trimmed().toInt());
    if (pid <= 1)
        return;
    ::kill(pid, SIGQUIT);
    for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
        QThread::msleep(50);
    if (::kill(pid, 0) == 0) {
        ::kill(pid, SIGKILL);
        for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
            QThread::msleep(50);
    }
}

/** Drops a database that may still be in use (its sessions are ended first). */
void forceDrop(Connection &admin, const QString &name)
{
    if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name))))
        (void)admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(name)));
}

void removeEntry(const Entry &e)
{
    if (e.type == Entry::Type::Server) {
        killPostmaster(e.root + QStringLiteral("/data"));
        QDir(e.root).removeRecursively();
        return;
    }
    auto admin = Connection::open(e.admin, QStringLiteral("retort shadow cleanup"));
    if (!admin)
        return;
    if (e.adminPid > 0) {
        // A CREATE DATABASE still running in the interrupted session would otherwise finish
        // after the DROP below.
        (void)(*admin)->exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(e.adminPid));
        for (int i = 0; i < 50; ++i) {
            auto alive = (*admin)->column(
                QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE pid = %1").arg(e.adminPid));
            if (!alive || alive->isEmpty())
                break;
            QThread::msleep(50);
        }
    }
    forceDrop(**admin, e.name);
}

} // namespace

// --- ShadowDatabase --------------------------------------------------------------------------

ShadowDatabase::~ShadowDatabase()
{
    m_conn.reset();
    if (m_registration < 0)
        return;
    const std::optional<Entry> entry = takeEntry(m_registration);
    if (!entry)
        return; // cleanUpAll() has it
    if (m_admin)
        forceDrop(*m_admin, m_name);
    else
        removeEntry(*entry);
}

// --- the private server ----------------------------------------------------------------------

struct ShadowProvider::PrivateServer
{
    QString root;
    QString bindir;
    QString user; ///< runs the server (empty: this process's user)
    int registration = -1;
    ShadowRequest request;

    QString dataDir() const { return root + QStringLiteral("/data"); }

    ~PrivateServer()
    {
        if (registration < 0 || !takeEntry(registration))
            return;
        const ProcessResult stopped =
            runTool(user, bindir + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                     QStringLiteral("stop")},
                    40000);
        if (!stopped.ok)
            killPostmaster(dataDir());
        QDir(root).removeRecursively();
        if (request.log)
            request.log(Tr::tr("Stopped the private PostgreSQL server of the shadow databases "
                               "and removed %1")
                            .arg(root));
    }
};

QString findPostgresBinaries()
{
    const auto complete = [](const QString &dir) {
        for (const char *tool : {"initdb", "pg_ctl", "postgres"})
            if (!QFileInfo(dir + QLatin1Char('/') + QString::fromLatin1(tool)).isExecutable())
                return false;
        return true;
    };
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForStarted(5000) && config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (!dir.isEmpty() && complete(dir))
            return dir;
    }
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &v : versions) {
        const QString dir = lib.filePath(v + QStringLiteral("/bin"));
        if (complete(dir))
            return dir;
    }
    return {};
}

ShadowProvider::ShadowProvider(ShadowRequest request)
    : m_request(std::move(request))
{}

ShadowProvider::~ShadowProvider() = default;

Result<QString> ShadowProvider::privateServerUrl()
{
    const auto failed = [](const QString &why) {
        return makeError(ErrorKind::Database,
                         Tr::tr("No shadow database: %1. Give --shadow-url URL (a PostgreSQL "
                                "server where Retort may create a temporary database), or "
                                "--url URL (a temporary database on its server).")
                             .arg(why));
    };
    const QString socketUrl = QStringLiteral("postgresql://postgres@/postgres?host=%1&port=5432");
    if (m_server)
        return socketUrl.arg(m_server->root);
    if (!m_request.allowPrivateServer)
        return failed(Tr::tr("no database server was named"));
    const QString bindir = findPostgresBinaries();
    if (bindir.isEmpty())
        return failed(Tr::tr("no server was named, and no local PostgreSQL server binaries "
                             "(initdb, pg_ctl, postgres) were found through pg_config --bindir "
                             "or in /usr/lib/postgresql/*/bin to start a private one"));
    auto server = std::make_unique<PrivateServer>();
    server->bindir = bindir;
    server->request = m_request;
    if (isRoot()) {
        server->user = serverUser();
        if (server->user.isEmpty())
            return failed(Tr::tr("Retort runs as root, and PostgreSQL refuses to: no user "
                                 "'postgres' or 'nobody' to run a private server as"));
    }
    // A short path (a unix socket's path is limited to 107 bytes) that the server's user can
    // reach: /tmp when running as root, whose TMPDIR may be private.
    const QString base = isRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
    QByteArray templ = QFile::encodeName(base + QStringLiteral("/retort-shadow-XXXXXX"));
    if (!::mkdtemp(templ.data()))
        return failed(Tr::tr("cannot create a temporary folder in %1: %2")
                          .arg(base, QString::fromLocal8Bit(std::strerror(errno))));
    server->root = QFile::decodeName(templ);
    Entry entry;
    entry.type = Entry::Type::Server;
    entry.root = server->root;
    server->registration = registerEntry(entry);
    m_server = std::move(server); // from here on, its destructor removes the folder
    PrivateServer &s = *m_server;
    if (!s.user.isEmpty()) {
        const passwd *pw = ::getpwnam(s.user.toLocal8Bit().constData());
        if (!pw || ::chown(templ.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            const QString user = s.user;
            m_server.reset();
            return failed(Tr::tr("cannot hand the folder %1 to the user %2: %3")
                              .arg(QFile::decodeName(templ), user, why));
        }
    }
    if (m_request.log)
        m_request.log(Tr::tr("Starting a private PostgreSQL server for the shadow databases "
                             "(%1, in %2)")
                          .arg(bindir, s.root));
    const ProcessResult init = runTool(s.user, bindir + QStringLiteral("/initdb"),
                                       {QStringLiteral("-D"), s.dataDir(), QStringLiteral("-U"),
                                        QStringLiteral("postgres"), QStringLiteral("--auth=trust"),
                                        QStringLiteral("--encoding=UTF8"),
                                        QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                                       120000);
    if (!init.ok) {
        const QString output = init.output.section(QLatin1Char('\n'), -6);
        m_server.reset();
        return failed(Tr::tr("initdb of a private PostgreSQL server failed: %1").arg(output));
    }
    const QString log = s.root + QStringLiteral("/server.log");
    const ProcessResult started =
        runTool(s.user, bindir + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), s.dataDir(), QStringLiteral("-l"), log, QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                 QStringLiteral("-p 5432 -k %1 -c listen_addresses='' -c fsync=off "
                                "-c synchronous_commit=off -c full_page_writes=off")
                     .arg(s.root),
                 QStringLiteral("start")},
                90000);
    if (!started.ok) {
        const QString why = tail(log);
        m_server.reset();
        return failed(Tr::tr("a private PostgreSQL server did not start: %1")
                          .arg(why.isEmpty() ? started.output : why));
    }
    return socketUrl.arg(s.root);
}

Result<std::unique_ptr<ShadowDatabase>> ShadowProvider::create()
{
    QString serverUrl = m_request.shadowUrl;
    QString origin = m_request.shadowOrigin;
    if (serverUrl.isEmpty()) {
        serverUrl = m_request.serverUrl;
        origin.clear();
    }
    if (serverUrl.isEmpty()) {
        auto url = privateServerUrl();
        if (!url)
            return url.error();
        serverUrl = *url;
    }
    auto parsed = DatabaseUrl::parse(serverUrl);
    if (!parsed)
        return parsed.error();
    std::unique_ptr<ShadowDatabase> shadow(new ShadowDatabase);
    if (parsed->backend == QLatin1String("sqlite")) {
        DatabaseUrl memory;
        memory.backend = QStringLiteral("sqlite");
        auto conn = Connection::open(memory, QStringLiteral("retort shadow"));
        if (!conn)
            return conn.error();
        shadow->m_conn = std::move(*conn);
        return shadow;
    }
    if (parsed->backend != QLatin1String("postgresql") &&
        parsed->backend != QLatin1String("postgres"))
        return makeError(ErrorKind::Config,
                         Tr::tr("%1: a shadow database needs a PostgreSQL server or sqlite:// "
                                "(in memory)")
                             .arg(parsed->toString(true)));
    auto admin = Connection::open(*parsed, QStringLiteral("retort shadow"));
    if (!admin) {
        Error e = admin.error();
        e.message =
            origin.isEmpty()
                ? Tr::tr("the shadow database's server is unreachable: %1").arg(e.message)
                : Tr::tr("the shadow server (%1) is unreachable: %2").arg(origin, e.message);
        return e;
    }
    const QString name = QStringLiteral("retort_shadow_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(g_shadowCounter.fetch_add(1));
    Entry entry;
    entry.admin = *parsed;
    entry.name = name;
    if (auto pid = (*admin)->column(QStringLiteral("SELECT pg_backend_pid()"));
        pid && !pid->isEmpty())
        entry.adminPid = pid->first().toInt();
    shadow->m_registration = registerEntry(entry);
    shadow->m_admin = std::move(*admin);
    shadow->m_name = name;
    auto made = shadow->m_admin->exec(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(quoted(name)));
    if (!made) {
        Error e = made.error();
        const QString server = shadow->m_admin->displayUrl();
        if (e.argument == QLatin1String("42501")) // insufficient_privilege
            e.message = Tr::tr("cannot create a shadow database on %1: %2. Give --shadow-url "
                               "URL (or retort_shadow_url in the ini): a server where the role "
                               "may CREATE DATABASE.")
                            .arg(server, e.message);
        else
            e.message = Tr::tr("cannot create a shadow database on %1: %2 (give --shadow-url "
                               "URL for another server)")
                            .arg(server, e.message);
        return e;
    }
    DatabaseUrl target = *parsed;
    target.database = name;
    updateEntry(shadow->m_registration, [](Entry &e) { e.adminPid = 0; });
    auto conn = Connection::open(target, QStringLiteral("retort shadow"));
    if (!conn)
        return conn.error();
    shadow->m_conn = std::move(*conn);
    return shadow;
}

void cleanUpAll()
{
    std::map<int, Entry> entries;
    {
        const std::lock_guard lock(g_mutex);
        entries.swap(g_entries);
    }
    // Databases before servers: a database may live on a private server.
    for (const auto &[id, e] : entries)
        if (e.type == Entry::Type::Database)
            removeEntry(e);
    for (const auto &[id, e] : entries)
        if (e.type == Entry::Type::Server)
            removeEntry(e);
}

} // namespace retort::shadow
