// Concurrent runners on one PostgreSQL database: two `retort upgrade heads` started at the
// same moment on a fresh database both succeed, one runs every step, the other waits for
// the advisory run lock and then finds nothing to do; every step ran exactly once (each
// revision logs itself in a table, and the audit table holds one row per step). A runner blocked by a lock that another session holds
// (through the Migrator API) gives up after --lock-timeout naming the holder's pid and
// application (never a session holding the same key in another database), and goes on once
// the holder lets go.
#include "runtimetest.h"

#include "runtime/migrator.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace retort;
using namespace retort::test;

namespace {

constexpr int kTrials = 20;
constexpr int kRevisions = 8;

QList<SqlRevision> loggingProject()
{
    QList<SqlRevision> out;
    for (int k = 1; k <= kRevisions; ++k) {
        const QString id = QStringLiteral("c%1").arg(k);
        out.append({id,
                    k == 1 ? QStringList{} : QStringList{QStringLiteral("c%1").arg(k - 1)},
                    QStringLiteral("step %1").arg(k),
                    {QStringLiteral("CREATE TABLE IF NOT EXISTS t_%1 (id integer)").arg(k),
                     QStringLiteral("INSERT INTO run_log (rev, pid) VALUES ('%1', "
                                    "pg_backend_pid())")
                         .arg(id),
                     QStringLiteral("SELECT pg_sleep(0.02)")},
                    {QStringLiteral("DROP TABLE t_%1").arg(k)},
                    {}});
    }
    return out;
}

} // namespace

class TestRunConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoRunnersAtOnce();
    void lockHeldByAnotherSession();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::optional<SqlProject> m_project;
};

void TestRunConcurrency::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY(m_dir.isValid());
    m_project.emplace(m_dir.filePath(QStringLiteral("log")), loggingProject());
    QCOMPARE(m_project->write(), QString());
}

void TestRunConcurrency::twoRunnersAtOnce()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_concurrent"));
    QCOMPARE(db.error(), QString());
    QStringList expectedCounts;
    for (int k = 1; k <= kRevisions; ++k)
        expectedCounts.append(QStringLiteral("c%1 1").arg(k));
    static const QRegularExpression waiting(QStringLiteral(
        "^INFO  \\[retort\\] Waiting for the migration lock on alembic_version, held by pid "
        "\\d+, application 'retort', user postgres from 127\\.0\\.0\\.1, connected since "
        "[^(]+ \\([a-z ]+\\)$"));

    int waited = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        const bool perMigration = trial % 2 == 1;
        if (trial > 0)
            QCOMPARE(db.recreate(), QString());
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE run_log (rev text NOT NULL, pid integer)")),
                 QString());
        QStringList args{QStringLiteral("-c"),      m_project->ini(),
                         QStringLiteral("--url"),   db.url(),
                         QStringLiteral("upgrade"), QStringLiteral("heads")};
        if (perMigration)
            args.append(QStringLiteral("--transaction-per-migration"));
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("RETORT_DATABASE_URL"));
            p->setProcessEnvironment(env);
            p->setWorkingDirectory(m_project->dir());
        }
        a.start(cliPath(), args);
        b.start(cliPath(), args);
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const QStringList logs{
            QString::fromUtf8(a.readAllStandardOutput() + a.readAllStandardError()),
            QString::fromUtf8(b.readAllStandardOutput() + b.readAllStandardError())};
        const QString what = QStringLiteral("trial %1\n--- A ---\n%2--- B ---\n%3")
                                 .arg(trial)
                                 .arg(logs.at(0), logs.at(1));
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, qPrintable(what));
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, qPrintable(what));

        // One of them ran the 8 steps; the other ran none.
        int runners = 0;
        for (const QString &log : logs) {
            const int steps = int(log.count(QStringLiteral("INFO  [retort] Running upgrade")));
            QVERIFY2(steps == 0 || steps == kRevisions, qPrintable(what));
            if (steps == kRevisions) {
                ++runners;
            } else if (log.contains(QStringLiteral("Waiting for the migration lock"))) {
                ++waited;
                bool matched = false;
                for (const QString &line : log.split(QLatin1Char('\n')))
                    matched = matched || waiting.match(line).hasMatch();
                QVERIFY2(matched, qPrintable(what));
            }
        }
        QCOMPARE(runners, 1);
        QString error;
        QCOMPARE(db.column(QStringLiteral("SELECT rev || ' ' || count(*) FROM run_log GROUP BY "
                                          "rev ORDER BY rev"),
                           &error),
                 expectedCounts);
        QCOMPARE(error, QString());
        QCOMPARE(db.column(QStringLiteral("SELECT count(DISTINCT pid) FROM run_log")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(db.versionRows(), QStringList{QStringLiteral("c%1").arg(kRevisions)});
        QCOMPARE(db.tables().size(), kRevisions + 2); // t_1..t_8, run_log, alembic_version
        // The audit table: one 'applied' row per step, written by the runner that ran it.
        QCOMPARE(db.column(QStringLiteral("SELECT revision || ' ' || count(*) FROM "
                                          "retort_history WHERE outcome = 'applied' AND "
                                          "direction = 'upgrade' GROUP BY revision ORDER BY "
                                          "revision"),
                           &error),
                 expectedCounts);
        QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM retort_history")),
                 QStringList{QString::number(kRevisions)});
    }
    qInfo("concurrency: %d trials, both runners exited 0 and every step ran once; the second "
          "runner waited for the lock in %d of them",
          kTrials, waited);
}

void TestRunConcurrency::lockHeldByAnotherSession()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_lock_holder"));
    QCOMPARE(db.error(), QString());
    QCOMPARE(db.exec(QStringLiteral("CREATE TABLE run_log (rev text NOT NULL, pid integer)")),
             QString());
    const QStringList before = db.snapshot();
    // The same lock key held in another database of the server is no holder here: advisory
    // locks are per database. The decoy takes it first so that an unfiltered pg_locks query
    // would name it.
    ScratchDatabase otherDb(m_server, QStringLiteral("rt_lock_decoy"));
    QCOMPARE(otherDb.error(), QString());
    auto otherUrl = DatabaseUrl::parse(otherDb.url());
    QVERIFY(otherUrl);
    auto decoyConnection = Connection::open(*otherUrl, QStringLiteral("rt-lock-decoy"));
    QVERIFY2(decoyConnection,
             qPrintable(decoyConnection ? QString() : decoyConnection.error().message));
    Migrator decoy(**decoyConnection, RunOptions{});
    QVERIFY(decoy.lock());

    auto url = DatabaseUrl::parse(db.url());
    QVERIFY(url);
    auto holderConnection = Connection::open(*url, QStringLiteral("rt-lock-holder"));
    QVERIFY2(holderConnection,
             qPrintable(holderConnection ? QString() : holderConnection.error().message));
    Connection &conn = **holderConnection;
    std::optional<Migrator> holder(std::in_place, conn, RunOptions{});
    QVERIFY(holder->lock());
    auto pid = conn.column(QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid && pid->size() == 1);
    auto since = conn.column(QStringLiteral(
        "SELECT to_char(backend_start, 'YYYY-MM-DD HH24:MI:SS TZ') FROM pg_stat_activity WHERE "
        "pid = pg_backend_pid()"));
    QVERIFY(since && since->size() == 1);

    const QStringList args{QStringLiteral("-c"),
                           m_project->ini(),
                           QStringLiteral("--url"),
                           db.url(),
                           QStringLiteral("upgrade"),
                           QStringLiteral("heads"),
                           QStringLiteral("--lock-timeout"),
                           QStringLiteral("1")};
    const CliRun blocked = runCli(args, m_project->dir());
    QVERIFY2(blocked.exitCode == 255, qPrintable(blocked.describe()));
    const QString holderText =
        QStringLiteral("pid %1, application 'rt-lock-holder', user postgres from 127.0.0.1, "
                       "connected since %2 (idle)")
            .arg(pid->first(), since->first());
    const QRegularExpression failed(
        QStringLiteral("^FAILED: Another migration run holds the lock on alembic_version in "
                       "this database: %1\\. Waited (1\\.\\d) s \\(--lock-timeout\\); nothing was "
                       "changed\\.\n$")
            .arg(QRegularExpression::escape(holderText)));
    const QRegularExpressionMatch m = failed.match(blocked.out);
    QVERIFY2(m.hasMatch(),
             qPrintable(blocked.describe() + QStringLiteral("\nexpected holder: ") + holderText));
    QVERIFY2(blocked.elapsedMs >= 1000, qPrintable(QString::number(blocked.elapsedMs)));
    QCOMPARE(lines(blocked.err),
             (QStringList{QStringLiteral("INFO  [retort] Context impl PostgresqlImpl."),
                          QStringLiteral("INFO  [retort] Will assume transactional DDL: one "
                                         "transaction for the whole run."),
                          QStringLiteral("INFO  [retort] Waiting for the migration lock on "
                                         "alembic_version, held by ") +
                              holderText}));
    QCOMPARE(db.snapshot(), before);

    // A runner that waits goes on as soon as the holder lets go.
    QProcess waiting;
    waiting.setWorkingDirectory(m_project->dir());
    QStringList patient = args;
    patient.last() = QStringLiteral("30");
    QElapsedTimer clock;
    clock.start();
    waiting.start(cliPath(), patient);
    QVERIFY(waiting.waitForStarted());
    QThread::msleep(1000);
    QCOMPARE(waiting.state(), QProcess::Running);
    holder.reset(); // unlocks
    QVERIFY(waiting.waitForFinished(30000));
    const QString out =
        QString::fromUtf8(waiting.readAllStandardOutput() + waiting.readAllStandardError());
    QVERIFY2(waiting.exitStatus() == QProcess::NormalExit && waiting.exitCode() == 0,
             qPrintable(out));
    QVERIFY2(clock.elapsed() >= 1000 && clock.elapsed() < 15000,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(out.contains(QStringLiteral("held by ") + holderText), qPrintable(out));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("c%1").arg(kRevisions)});
}

QTEST_GUILESS_MAIN(TestRunConcurrency)
#include "tst_runconcurrency.moc"
