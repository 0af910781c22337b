// Cancellation through the engine API: Migrator::cancel() called from another thread while
// a step runs `SELECT pg_sleep(60)` ends the run within a second or two with an error that
// says the statement was cancelled and the transaction rolled back; nothing of the
// cancelled transaction remains. Also a cancel that arrives between statements, and one
// requested as a statement starts.
#include "runtimetest.h"

#include "commands/project.h"
#include "commands/runcommands.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace retort;
using namespace retort::test;

namespace {

const QString kSleep = QStringLiteral("SELECT pg_sleep(60)");

QList<SqlRevision> sleepingProject()
{
    return {{QStringLiteral("c1"),
             {},
             QStringLiteral("create first"),
             {QStringLiteral("CREATE TABLE cancel_first (id integer)"),
              QStringLiteral("INSERT INTO cancel_first VALUES (1)")},
             {QStringLiteral("DROP TABLE cancel_first")},
             {}},
            {QStringLiteral("c2"),
             {QStringLiteral("c1")},
             QStringLiteral("sleep a minute"),
             {QStringLiteral("CREATE TABLE cancel_second (id integer)"), kSleep,
              QStringLiteral("CREATE TABLE cancel_never (id integer)")},
             {QStringLiteral("DROP TABLE cancel_second")},
             {}}};
}

/** Sessions of the scratch database still running pg_sleep(60). */
QStringList sleepers(const ScratchDatabase &db)
{
    return db.column(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND state = 'active' AND query LIKE "
                                    "'%pg_sleep(60)%' AND pid <> pg_backend_pid()"));
}

} // namespace

class TestRunCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelFromAnotherThread_data();
    void cancelFromAnotherThread();
    void cancelBetweenStatements();
    void cancelAsStatementStarts();
    void startedHookEndsWithNull();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::optional<SqlProject> m_project;
    std::optional<Project> m_loaded;

    Result<runcommands::Settings> settings(const ScratchDatabase &db, bool perMigration) const
    {
        runcommands::Overrides o;
        o.url = db.url();
        o.transactionPerMigration = perMigration;
        return runcommands::settings(*m_loaded, o);
    }
};

void TestRunCancel::initTestCase()
{
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY(m_dir.isValid());
    m_project.emplace(m_dir.filePath(QStringLiteral("cancel")), sleepingProject());
    QCOMPARE(m_project->write(), QString());
    auto loaded = Project::open(m_project->ini());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    m_loaded.emplace(std::move(loaded).value());
}

void TestRunCancel::cancelFromAnotherThread_data()
{
    QTest::addColumn<bool>("perMigration");
    QTest::newRow("one transaction") << false;
    QTest::newRow("transaction per migration") << true;
}

void TestRunCancel::cancelFromAnotherThread()
{
    QFETCH(bool, perMigration);
    ScratchDatabase db(m_server, QStringLiteral("rt_cancel"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    auto s = settings(db, perMigration);
    QVERIFY(s);

    std::mutex mutex;
    Migrator *migrator = nullptr;
    std::atomic<bool> sleeping{false};
    QList<RunEvent::Type> events;
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> cancelledAt{-1};

    runcommands::ApplyHooks hooks;
    hooks.started = [&](Migrator *m) {
        const std::lock_guard<std::mutex> lock(mutex);
        migrator = m;
    };
    hooks.event = [&](const RunEvent &e) {
        events.append(e.type);
        if (e.type == RunEvent::Type::StatementStarted && e.text == kSleep)
            sleeping = true;
    };
    std::thread canceller([&] {
        while (!sleeping && clock.elapsed() < 30000)
            QThread::msleep(10);
        QThread::msleep(500); // the statement is on the server by now
        const std::lock_guard<std::mutex> lock(mutex);
        if (migrator) {
            cancelledAt = clock.elapsed();
            migrator->cancel();
        }
    });
    const auto report = runcommands::apply(*m_loaded, runcommands::Kind::Upgrade,
                                           {QStringLiteral("heads")}, *s, false, hooks);
    const qint64 returnedAt = clock.elapsed();
    canceller.join();

    QVERIFY(sleeping);
    QVERIFY2(cancelledAt >= 0, "the run ended before it could be cancelled");
    QVERIFY(!report);
    qInfo("cancelled after %lld ms, returned %lld ms later", qint64(cancelledAt),
          returnedAt - cancelledAt);
    QVERIFY2(returnedAt - cancelledAt < 2000,
             qPrintable(QStringLiteral("%1 ms").arg(returnedAt - cancelledAt)));
    const Error &e = report.error();
    QCOMPARE(e.kind, ErrorKind::Database);
    QCOMPARE(e.file, m_project->path(QStringLiteral("c2")));
    QCOMPARE(e.line, m_project->line(QStringLiteral("c2"), true, 1));
    QCOMPARE(e.argument, QStringLiteral("57014"));
    QCOMPARE(e.message,
             QStringLiteral("upgrade c1 -> c2 failed at statement 2 of 3: canceling statement due "
                            "to user request (SQLSTATE 57014)\n%1\nThe transaction was %2.")
                 .arg(kSleep, perMigration ? QStringLiteral("rolled back to the state after "
                                                            "upgrade  -> c1")
                                           : QStringLiteral("rolled back: the database is as it "
                                                            "was before the run")));
    QCOMPARE(events.last(), RunEvent::Type::RolledBack);
    QCOMPARE(sleepers(db), QStringList{});

    if (!perMigration) {
        QCOMPARE(db.snapshot(), before);
        return;
    }
    // c1 was committed before c2 started; nothing of c2 remains.
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("c1")});
    QCOMPARE(db.tables(),
             (QStringList{QStringLiteral("alembic_version"), QStringLiteral("cancel_first")}));
}

void TestRunCancel::cancelBetweenStatements()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_cancel_between"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    auto s = settings(db, false);
    QVERIFY(s);
    Migrator *migrator = nullptr;
    runcommands::ApplyHooks hooks;
    hooks.started = [&](Migrator *m) { migrator = m; };
    // Cancelled once c1's first statement is done: nothing runs afterwards.
    hooks.event = [&](const RunEvent &e) {
        if (e.type == RunEvent::Type::StatementFinished && e.step == 0 && e.statement == 0)
            migrator->cancel();
    };
    QElapsedTimer clock;
    clock.start();
    const auto report = runcommands::apply(*m_loaded, runcommands::Kind::Upgrade,
                                           {QStringLiteral("heads")}, *s, false, hooks);
    QVERIFY(!report);
    QCOMPARE(report.error().message, QStringLiteral("Cancelled; rolled back."));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(db.snapshot(), before);
}

void TestRunCancel::cancelAsStatementStarts()
{
    // A cancel requested while the StatementStarted event is delivered, before the statement
    // reaches the server, must not be lost (PostgreSQL ignores a cancel request that arrives
    // while the session is idle).
    ScratchDatabase db(m_server, QStringLiteral("rt_cancel_start"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    auto s = settings(db, false);
    QVERIFY(s);
    Migrator *migrator = nullptr;
    runcommands::ApplyHooks hooks;
    hooks.started = [&](Migrator *m) { migrator = m; };
    hooks.event = [&](const RunEvent &e) {
        if (e.type == RunEvent::Type::StatementStarted && e.text == kSleep)
            migrator->cancel();
    };
    QElapsedTimer clock;
    clock.start();
    const auto report = runcommands::apply(*m_loaded, runcommands::Kind::Upgrade,
                                           {QStringLiteral("heads")}, *s, false, hooks);
    QVERIFY(!report);
    QVERIFY2(
        clock.elapsed() < 10000,
        qPrintable(QStringLiteral("the cancel was lost: the run took %1 ms").arg(clock.elapsed())));
    QCOMPARE(report.error().message, QStringLiteral("Cancelled; rolled back."));
    QCOMPARE(db.snapshot(), before);
}

void TestRunCancel::startedHookEndsWithNull()
{
    // ApplyHooks::started hands out the migrator for cancel(): whatever ends the run, its
    // last call says that the migrator is gone, or a canceller would use a dead object.
    ScratchDatabase db(m_server, QStringLiteral("rt_cancel_hooks"));
    QCOMPARE(db.error(), QString());
    auto s = settings(db, false);
    QVERIFY(s);
    for (const auto &[kind, target] :
         {std::pair{runcommands::Kind::Upgrade, QStringLiteral("nosuchrevision")},
          std::pair{runcommands::Kind::Downgrade, QStringLiteral("c1")}}) {
        QList<Migrator *> calls;
        runcommands::ApplyHooks hooks;
        hooks.started = [&](Migrator *m) { calls.append(m); };
        const auto report = runcommands::apply(*m_loaded, kind, {target}, *s, false, hooks);
        QVERIFY2(!report, qPrintable(target));
        qInfo("%s: %s", qPrintable(target), qPrintable(report.error().message));
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.first() != nullptr);
        QCOMPARE(calls.last(), nullptr);
    }
}

QTEST_GUILESS_MAIN(TestRunCancel)
#include "tst_runcancel.moc"
