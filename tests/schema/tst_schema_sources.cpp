// Schema sources built by the project's own migrations (`@REV`, `@head`, `@base`), the choice
// of shadow database (--shadow-url, a temporary database on the --url server, a private server
// started from the local PostgreSQL binaries) and `retort drift`, driven through the CLI on the
// fixture's PostgreSQL. After every test no shadow database of a finished retort process may
// remain on the server, nor a private server's folder or process.

#include "../runtime/runtimetest.h"
#include "casefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <functional>

#include <sys/types.h>

using namespace retort::test;

namespace {

QByteArray pyRevision(const QByteArray &id, const QByteArray &down, const QByteArray &upgrade)
{
    return "\"\"\"" + id + " revision\n\nRevision ID: " + id + "\nRevises: " + down +
           "\nCreate Date: 2024-05-01 12:00:00\n\n\"\"\"\n"
           "from alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = '" +
           id + "'\ndown_revision = " + (down.isEmpty() ? QByteArray("None") : "'" + down + "'") +
           "\nbranch_labels = None\ndepends_on = None\n\n\n"
           "def upgrade():\n" +
           upgrade + "\n\n\ndef downgrade():\n    pass\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** Private servers' folders (/tmp/retort-shadow-*) that exist now. */
QSet<QString> shadowFolders()
{
    QSet<QString> out;
    for (const QString &base : {QStringLiteral("/tmp"), QDir::tempPath()})
        for (const QString &name : QDir(base).entryList({QStringLiteral("retort-shadow-*")},
                                                        QDir::Dirs | QDir::NoDotAndDotDot))
            out.insert(base + QLatin1Char('/') + name);
    return out;
}

/** Processes whose command line names a private server's folder. */
QStringList shadowServerProcesses()
{
    QStringList out;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (pid.toInt() <= 0)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll().replace('\0', ' ');
        if (cmd.contains("retort-shadow-") && cmd.contains("postgres"))
            out << pid + QLatin1Char(' ') + QString::fromLocal8Bit(cmd);
    }
    return out;
}

} // namespace

class TestSchemaSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void baseToHeadEqualsDiffOfUpgradedDatabase();
    void revisionToHeadHoldsTheLaterRevisions();
    void driftAfterUpgradeAndAfterAHandEdit();
    void privateServerForDdlFiles();
    void roleWithoutCreatedbNamesShadowUrl();
    void unreachableShadowServer();
    void unknownRevisionAsUpgradeSaysIt();
    void revisionWithoutProject();
    void interruptRemovesTheShadowDatabase();
    void interruptStopsThePrivateServer();

private:
    QString url(const QString &database) const;
    /** Shadow databases of retort processes that have ended (`retort_shadow_<pid>_<n>`). */
    QStringList orphanShadows(QString *error) const;
    QString psqlFile(const QString &database, const QString &path) const;
    QString dump(const QString &database) const;
    CliRun retort(const QStringList &args, const QString &workDir = {}) const
    {
        return runCli(args, workDir.isEmpty() ? m_project : workDir);
    }
    QStringList globals(const ScratchDatabase &db) const
    {
        return {QStringLiteral("--python"), QStringLiteral("none"), QStringLiteral("--url"),
                db.url()};
    }

    PgTestServer m_server;
    QTemporaryDir m_temp;
    QString m_bindir;
    QString m_project; ///< users (a1), posts (a2), users.email (a3)
    QString m_slow;    ///< one revision that sleeps: the interrupt tests
    QString m_empty;   ///< no project
    QStringList m_restrictKey;
};

QString TestSchemaSources::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_server.user(), m_server.host())
        .arg(m_server.port())
        .arg(database);
}

QStringList TestSchemaSources::orphanShadows(QString *error) const
{
    PgConnection conn(m_server, QStringLiteral("sources-orphans"),
                      PgTestServer::Transport::UnixSocket);
    if (!conn.open()) {
        *error = conn.errorText();
        return {};
    }
    QSqlQuery query(conn.db());
    if (!query.exec(QStringLiteral(
            "SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_shadow\\_%' "
            "ORDER BY 1"))) {
        *error = query.lastError().text();
        return {};
    }
    QStringList out;
    static const QRegularExpression name(QStringLiteral("^retort_shadow_(\\d+)_\\d+$"));
    while (query.next()) {
        const QString db = query.value(0).toString();
        const QRegularExpressionMatch m = name.match(db);
        if (!m.hasMatch() || !QFileInfo::exists(QStringLiteral("/proc/") + m.captured(1)))
            out << db;
    }
    return out;
}

QString TestSchemaSources::psqlFile(const QString &database, const QString &path) const
{
    const CliRun run =
        runProcess(m_bindir + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_server.socketDir(),
                    QStringLiteral("-p"), QString::number(m_server.port()), QStringLiteral("-U"),
                    m_server.user(), QStringLiteral("-d"), database, QStringLiteral("-f"), path},
                   m_temp.path());
    return run.exitCode == 0 ? QString() : run.describe();
}

QString TestSchemaSources::dump(const QString &database) const
{
    const CliRun run = runProcess(
        m_bindir + QStringLiteral("/pg_dump"),
        QStringList{QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
                    QStringLiteral("-h"), m_server.socketDir(), QStringLiteral("-p"),
                    QString::number(m_server.port()), QStringLiteral("-U"), m_server.user()} +
            m_restrictKey + QStringList{database},
        m_temp.path());
    if (run.exitCode != 0)
        return QStringLiteral("ERROR ") + run.describe();
    return normalizedDump(run.out);
}

void TestSchemaSources::initTestCase()
{
    QVERIFY2(m_temp.isValid(), qPrintable(m_temp.errorString()));
    const QString cli = cliPath();
    QVERIFY2(!cli.isEmpty() && QFileInfo(cli).isExecutable(),
             qPrintable(QStringLiteral("RETORT_CLI (%1) is not an executable").arg(cli)));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_bindir = m_server.bindir(); // psql and pg_dump of the server's own version
    QVERIFY2(QFileInfo(m_bindir + QStringLiteral("/pg_dump")).isExecutable(), qPrintable(m_bindir));
    const CliRun help = runProcess(m_bindir + QStringLiteral("/pg_dump"),
                                   {QStringLiteral("--help")}, m_temp.path());
    if (help.out.contains(QLatin1String("--restrict-key")))
        m_restrictKey = {QStringLiteral("--restrict-key=retortsources")};

    m_project = m_temp.filePath(QStringLiteral("project"));
    const QString v = m_project + QStringLiteral("/versions/");
    QVERIFY(writeFile(m_project + QStringLiteral("/alembic.ini"),
                      "[alembic]\nscript_location = %(here)s\n"));
    QVERIFY(writeFile(v + QStringLiteral("a1_users.py"),
                      pyRevision("a1", "",
                                 "    op.create_table(\n        'users',\n"
                                 "        sa.Column('id', sa.Integer(), primary_key=True),\n"
                                 "        sa.Column('name', sa.String(50), nullable=False),\n"
                                 "    )")));
    QVERIFY(writeFile(v + QStringLiteral("a2_posts.py"),
                      pyRevision("a2", "a1",
                                 "    op.create_table(\n        'posts',\n"
                                 "        sa.Column('id', sa.Integer(), primary_key=True),\n"
                                 "        sa.Column('user_id', sa.Integer(), "
                                 "sa.ForeignKey('users.id')),\n"
                                 "        sa.Column('title', sa.Text()),\n"
                                 "    )")));
    QVERIFY(writeFile(v + QStringLiteral("a3_email.py"),
                      pyRevision("a3", "a2",
                                 "    op.add_column('users', sa.Column('email', "
                                 "sa.String(120)))")));

    m_slow = m_temp.filePath(QStringLiteral("slow"));
    QVERIFY(writeFile(m_slow + QStringLiteral("/alembic.ini"),
                      "[alembic]\nscript_location = %(here)s\n"));
    QVERIFY(writeFile(m_slow + QStringLiteral("/versions/s1_slow.py"),
                      pyRevision("s1", "",
                                 "    op.create_table('t', sa.Column('id', sa.Integer()))\n"
                                 "    op.execute('SELECT pg_sleep(60)')")));
    m_empty = m_temp.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(m_empty));
}

void TestSchemaSources::cleanup()
{
    QString error;
    const QStringList left = orphanShadows(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("shadow databases left behind: ") +
                                        left.join(QStringLiteral(", "))));
}

void TestSchemaSources::baseToHeadEqualsDiffOfUpgradedDatabase()
{
    ScratchDatabase empty(m_server, QStringLiteral("ssrc_empty"));
    ScratchDatabase upgraded(m_server, QStringLiteral("ssrc_head"));
    QVERIFY2(empty.error().isEmpty(), qPrintable(empty.error()));
    QVERIFY2(upgraded.error().isEmpty(), qPrintable(upgraded.error()));
    const CliRun up =
        retort(globals(upgraded) + QStringList{QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));

    for (const QString &format :
         {QStringLiteral("sql"), QStringLiteral("alembic"), QStringLiteral("text")}) {
        const CliRun live = retort({QStringLiteral("schema"), QStringLiteral("diff"), empty.url(),
                                    upgraded.url(), QStringLiteral("--format"), format});
        QVERIFY2(live.exitCode == 0, qPrintable(live.describe()));
        const CliRun built =
            retort(globals(empty) + QStringList{QStringLiteral("schema"), QStringLiteral("diff"),
                                                QStringLiteral("@base"), QStringLiteral("@head"),
                                                QStringLiteral("--format"), format});
        QVERIFY2(built.exitCode == 0, qPrintable(built.describe()));
        QVERIFY2(live.out.contains(QLatin1String("users")) &&
                     live.out.contains(QLatin1String("posts")),
                 qPrintable(live.out));
        if (format != QLatin1String("text")) // text lists the new tables, not their columns
            QVERIFY2(live.out.contains(QLatin1String("email")), qPrintable(live.out));
        QCOMPARE(built.out, live.out);
    }
    // `schema dump @head` is the dump of the upgraded database.
    const CliRun dumpLive =
        retort({QStringLiteral("schema"), QStringLiteral("dump"), upgraded.url()});
    const CliRun dumpBuilt =
        retort(globals(empty) + QStringList{QStringLiteral("schema"), QStringLiteral("dump"),
                                            QStringLiteral("@heads")});
    QVERIFY2(dumpBuilt.exitCode == 0, qPrintable(dumpBuilt.describe()));
    QCOMPARE(dumpBuilt.out, dumpLive.out);
    // Nothing was written to the --url database.
    QCOMPARE(empty.tables(), QStringList());
}

void TestSchemaSources::revisionToHeadHoldsTheLaterRevisions()
{
    ScratchDatabase first(m_server, QStringLiteral("ssrc_a1"));
    ScratchDatabase head(m_server, QStringLiteral("ssrc_a3"));
    QVERIFY2(first.error().isEmpty(), qPrintable(first.error()));
    QVERIFY2(head.error().isEmpty(), qPrintable(head.error()));
    QVERIFY2(retort(globals(first) + QStringList{QStringLiteral("upgrade"), QStringLiteral("a1")})
                     .exitCode == 0,
             "upgrade a1");
    QVERIFY2(retort(globals(head) + QStringList{QStringLiteral("upgrade"), QStringLiteral("head")})
                     .exitCode == 0,
             "upgrade head");

    const CliRun text =
        retort(globals(first) + QStringList{QStringLiteral("schema"), QStringLiteral("diff"),
                                            QStringLiteral("@a1"), QStringLiteral("@head"),
                                            QStringLiteral("--format"), QStringLiteral("text")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    // Exactly what a2 and a3 add: the table posts (its columns, key, foreign key) and
    // users.email; nothing of a1's own.
    QVERIFY2(text.out.contains(QLatin1String("posts")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("users.email")), qPrintable(text.out));
    QVERIFY2(!text.out.contains(QLatin1String("users.name")), qPrintable(text.out));
    QVERIFY2(!text.out.contains(QLatin1String("table public.users")), qPrintable(text.out));
    // With the prefix of an id, as upgrade takes it: the same changes.
    const CliRun sql =
        retort(globals(first) + QStringList{QStringLiteral("schema"), QStringLiteral("diff"),
                                            QStringLiteral("@a1"), QStringLiteral("@a3")});
    QVERIFY2(sql.exitCode == 0, qPrintable(sql.describe()));
    QVERIFY2(!sql.out.trimmed().isEmpty(), qPrintable(sql.describe()));
    const QString path = m_temp.filePath(QStringLiteral("a1_to_head.sql"));
    QVERIFY(writeFile(path, sql.out.toUtf8()));
    const QString applied = psqlFile(first.name(), path);
    QVERIFY2(applied.isEmpty(), qPrintable(applied));
    const QString after = dump(first.name());
    QVERIFY2(!after.startsWith(QLatin1String("ERROR")), qPrintable(after));
    QCOMPARE(after, dump(head.name()));
    // The database now has @head's schema: the diff is empty.
    const CliRun again = retort(
        globals(first) + QStringList{QStringLiteral("schema"), QStringLiteral("diff"), first.url(),
                                     QStringLiteral("@head"), QStringLiteral("--exit-code")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.out, QString());
}

void TestSchemaSources::driftAfterUpgradeAndAfterAHandEdit()
{
    ScratchDatabase db(m_server, QStringLiteral("ssrc_drift"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    // At a1 then at head: the shadow follows the database's own version rows.
    QVERIFY2(retort(globals(db) + QStringList{QStringLiteral("upgrade"), QStringLiteral("a1")})
                     .exitCode == 0,
             "upgrade a1");
    const CliRun atA1 = retort(globals(db) + QStringList{QStringLiteral("drift")});
    QVERIFY2(atA1.exitCode == 0, qPrintable(atA1.describe()));
    QCOMPARE(atA1.out, QStringLiteral("No drift detected.\n"));

    QVERIFY2(retort(globals(db) + QStringList{QStringLiteral("upgrade"), QStringLiteral("head")})
                     .exitCode == 0,
             "upgrade head");
    const CliRun clean = retort(globals(db) + QStringList{QStringLiteral("drift")});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
    QCOMPARE(clean.out, QStringLiteral("No drift detected.\n"));

    QCOMPARE(db.exec(QStringLiteral("ALTER TABLE users ADD COLUMN nickname text")), QString());
    const CliRun drifted = retort(globals(db) + QStringList{QStringLiteral("drift")});
    QVERIFY2(drifted.exitCode == 1, qPrintable(drifted.describe()));
    QVERIFY2(drifted.out.contains(QLatin1String("users.nickname")), qPrintable(drifted.out));
    QCOMPARE(lines(drifted.out).size(), 1); // that column, nothing else
    QVERIFY2(drifted.err.contains(QLatin1String("a3")), qPrintable(drifted.err));
    const CliRun sql =
        retort(globals(db) + QStringList{QStringLiteral("drift"), QStringLiteral("--format"),
                                         QStringLiteral("sql")});
    QVERIFY2(sql.exitCode == 1, qPrintable(sql.describe()));
    QVERIFY2(sql.out.contains(QLatin1String("ALTER TABLE")) &&
                 sql.out.contains(QLatin1String("nickname")),
             qPrintable(sql.out));
    // drift reads; it never writes.
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("a3")});
}

void TestSchemaSources::privateServerForDdlFiles()
{
    const QString a = m_temp.filePath(QStringLiteral("ddl/a.sql"));
    const QString b = m_temp.filePath(QStringLiteral("ddl/b.sql"));
    QVERIFY(writeFile(a, "CREATE TABLE items (id integer PRIMARY KEY);\n"));
    QVERIFY(writeFile(b, "CREATE TABLE items (id integer PRIMARY KEY, label text NOT NULL);\n"
                         "CREATE INDEX items_label ON items (label);\n"));
    const QSet<QString> foldersBefore = shadowFolders();
    QElapsedTimer timer;
    timer.start();
    // No --url, no --shadow-url, no ini: the only server is a private one.
    const CliRun run = retort({QStringLiteral("schema"), QStringLiteral("diff"), a, b,
                               QStringLiteral("--format"), QStringLiteral("text")},
                              m_empty);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("items.label")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("items_label")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("private PostgreSQL server")), qPrintable(run.err));
    qInfo("private-server diff: %lld ms", timer.elapsed());
    QCOMPARE(shadowFolders() - foldersBefore, QSet<QString>());
    QCOMPARE(shadowServerProcesses(), QStringList());
}

void TestSchemaSources::roleWithoutCreatedbNamesShadowUrl()
{
    ScratchDatabase db(m_server, QStringLiteral("ssrc_nocreatedb"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    QCOMPARE(db.exec(QStringLiteral(
                 "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                 "'ssrc_nocreatedb') THEN CREATE ROLE ssrc_nocreatedb LOGIN NOCREATEDB; END IF; "
                 "END $$")),
             QString());
    const QString a = m_temp.filePath(QStringLiteral("ddl/one.sql"));
    QVERIFY(writeFile(a, "CREATE TABLE one (id integer);\n"));
    const CliRun run = retort({QStringLiteral("--url"), db.url(QStringLiteral("ssrc_nocreatedb")),
                               QStringLiteral("schema"), QStringLiteral("diff"), db.url(), a},
                              m_empty);
    QCOMPARE(run.exitCode, 255);
    QVERIFY2(run.out.startsWith(QLatin1String("FAILED: cannot create a shadow database on "
                                              "postgresql://ssrc_nocreatedb@")),
             qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("permission denied to create database")),
             qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("--shadow-url")), qPrintable(run.describe()));
    // The same for @REV: its shadow too.
    const CliRun rev =
        retort({QStringLiteral("--url"), db.url(QStringLiteral("ssrc_nocreatedb")),
                QStringLiteral("schema"), QStringLiteral("dump"), QStringLiteral("@head")});
    QCOMPARE(rev.exitCode, 255);
    QVERIFY2(rev.out.contains(QLatin1String("--shadow-url")), qPrintable(rev.describe()));
    QCOMPARE(db.tables(), QStringList());
}

void TestSchemaSources::unreachableShadowServer()
{
    const int port = freePort();
    const QString shadow =
        QStringLiteral("postgresql://postgres:Sh4dowSecret@127.0.0.1:%1/postgres").arg(port);
    const QString a = m_temp.filePath(QStringLiteral("ddl/one.sql"));
    QVERIFY(writeFile(a, "CREATE TABLE one (id integer);\n"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("schema"), QStringLiteral("diff"), a, a},
          QStringList{QStringLiteral("schema"), QStringLiteral("diff"), QStringLiteral("@base"),
                      QStringLiteral("@head")}}) {
        const CliRun run = retort(args + QStringList{QStringLiteral("--shadow-url"), shadow});
        QCOMPARE(run.exitCode, 255);
        const QString all = run.out + run.err;
        QVERIFY2(!all.contains(QLatin1String("Sh4dowSecret")), qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QStringLiteral("the shadow server (--shadow-url) is "
                                                 "unreachable: Can't connect to "
                                                 "postgresql://postgres:***@127.0.0.1:%1/postgres")
                                      .arg(port)),
                 qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QLatin1String("Connection refused")), qPrintable(run.describe()));
    }
}

void TestSchemaSources::unknownRevisionAsUpgradeSaysIt()
{
    ScratchDatabase db(m_server, QStringLiteral("ssrc_unknown"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const CliRun upgrade =
        retort(globals(db) + QStringList{QStringLiteral("upgrade"), QStringLiteral("zz9")});
    QCOMPARE(upgrade.exitCode, 255);
    QVERIFY2(upgrade.out.startsWith(QLatin1String("FAILED: ")), qPrintable(upgrade.describe()));
    const CliRun diff =
        retort(globals(db) + QStringList{QStringLiteral("schema"), QStringLiteral("diff"),
                                         QStringLiteral("@base"), QStringLiteral("@zz9")});
    QCOMPARE(diff.exitCode, 255);
    QCOMPARE(diff.out, upgrade.out);
    QCOMPARE(db.tables(), QStringList());
}

void TestSchemaSources::revisionWithoutProject()
{
    ScratchDatabase db(m_server, QStringLiteral("ssrc_noproject"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const CliRun run =
        retort({QStringLiteral("--url"), db.url(), QStringLiteral("schema"), QStringLiteral("diff"),
                QStringLiteral("@base"), QStringLiteral("@head")},
               m_empty);
    QCOMPARE(run.exitCode, 255);
    QVERIFY2(run.out.startsWith(QLatin1String("FAILED: @base is a revision of the project's "
                                              "migrations")),
             qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("alembic.ini")), qPrintable(run.describe()));
    // A URL and DDL need no project.
    const CliRun urls = retort({QStringLiteral("schema"), QStringLiteral("diff"), db.url(),
                                db.url(), QStringLiteral("--exit-code")},
                               m_empty);
    QVERIFY2(urls.exitCode == 0, qPrintable(urls.describe()));
}

namespace {

/** Starts retort in `workDir`, waits until `ready` holds, sends SIGINT, and returns the exit
 *  code (-1: the process ended before, or did not end after the signal). */
int interruptWhen(const QString &workDir,
                  const QStringList &args,
                  const std::function<bool()> &ready,
                  QString *why)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RETORT_DATABASE_URL"));
    env.remove(QStringLiteral("ALEMBIC_CONFIG"));
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000)) {
        *why = process.errorString();
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (process.state() == QProcess::NotRunning || timer.elapsed() > 30000) {
            process.waitForFinished(1000);
            *why = QStringLiteral("never ready: ") + QString::fromUtf8(process.readAll());
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        QThread::msleep(50);
    }
    ::kill(pid_t(process.processId()), SIGINT);
    if (!process.waitForFinished(30000)) {
        *why = QStringLiteral("still running 30 s after SIGINT");
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    *why = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

void TestSchemaSources::interruptRemovesTheShadowDatabase()
{
    ScratchDatabase db(m_server, QStringLiteral("ssrc_interrupt"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    // Ready when the migration sleeps in a shadow database of the server.
    const auto sleeping = [&db] {
        const QStringList rows = db.column(QStringLiteral(
            "SELECT datname FROM pg_stat_activity WHERE datname LIKE 'retort\\_shadow\\_%' "
            "AND query LIKE '%pg_sleep%'"));
        return !rows.isEmpty();
    };
    QString why;
    const int code = interruptWhen(m_slow,
                                   {QStringLiteral("--python"), QStringLiteral("none"),
                                    QStringLiteral("--url"), db.url(), QStringLiteral("schema"),
                                    QStringLiteral("dump"), QStringLiteral("@head")},
                                   sleeping, &why);
    QVERIFY2(code == 130, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(why)));
    QVERIFY2(why.contains(QLatin1String("Interrupted")), qPrintable(why));
    // cleanup() checks that the shadow database is gone; the --url database is untouched.
    QCOMPARE(db.tables(), QStringList());
}

void TestSchemaSources::interruptStopsThePrivateServer()
{
    const QString a = m_temp.filePath(QStringLiteral("slowddl/a.sql"));
    QVERIFY(writeFile(a, "CREATE TABLE t (id integer);\nSELECT pg_sleep(60);\n"));
    const QSet<QString> before = shadowFolders();
    // Ready once a new private server listens on its socket; the DDL then sleeps in it.
    const auto listening = [&before] {
        for (const QString &folder : shadowFolders() - before)
            if (QFileInfo::exists(folder + QStringLiteral("/.s.PGSQL.5432")))
                return true;
        return false;
    };
    QString why;
    const int code = interruptWhen(
        m_empty, {QStringLiteral("schema"), QStringLiteral("dump"), a},
        [&] {
            if (!listening())
                return false;
            QThread::msleep(500);
            return true;
        },
        &why);
    QVERIFY2(code == 130, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(why)));
    QCOMPARE(shadowFolders() - before, QSet<QString>());
    QCOMPARE(shadowServerProcesses(), QStringList());
}

QTEST_GUILESS_MAIN(TestSchemaSources)
#include "tst_schema_sources.moc"
