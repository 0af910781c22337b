// A statement that fails in the middle of a run, on the fixture's PostgreSQL: the run exits
// 255 with a FAILED message naming the revision file, the line, the statement number, the
// SQL, SQLSTATE and the server's message, and the database is exactly as before the run
// (one transaction) or as after the last committed step (--transaction-per-migration),
// compared through a catalog snapshot (tables, columns, rows). Also --dry-run and the
// PostgreSQL timeouts (--statement-timeout, --lock-timeout-statement).
#include "runtimetest.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace retort::test;

namespace {

const QString kContext = QStringLiteral("INFO  [retort] Context impl PostgresqlImpl.");
const QString kOneTransaction = QStringLiteral(
    "INFO  [retort] Will assume transactional DDL: one transaction for the whole run.");
const QString kPerMigration = QStringLiteral("INFO  [retort] One transaction per migration.");
const QString kBeforeRun =
    QStringLiteral("The transaction was rolled back: the database is as it was before the run.");
const QString kBadStatement = QStringLiteral("SELEC 'the third revision''s second statement'");

/** Upgrades fail at the 3rd revision's 2nd statement (a syntax error). */
QList<SqlRevision> upgradeFailureProject()
{
    return {
        {QStringLiteral("a1"),
         {},
         QStringLiteral("create accounts"),
         {QStringLiteral("CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL)"),
          QStringLiteral("INSERT INTO accounts VALUES (1, 'first')")},
         {QStringLiteral("DROP TABLE accounts")},
         {}},
        {QStringLiteral("a2"),
         {QStringLiteral("a1")},
         QStringLiteral("add email"),
         {QStringLiteral("ALTER TABLE accounts ADD COLUMN email text"),
          QStringLiteral("UPDATE accounts SET email = 'a@example.org'")},
         {QStringLiteral("ALTER TABLE accounts DROP COLUMN email")},
         {}},
        {QStringLiteral("a3"),
         {QStringLiteral("a2")},
         QStringLiteral("create orders"),
         {QStringLiteral("CREATE TABLE orders (id integer PRIMARY KEY)"), kBadStatement,
          QStringLiteral("CREATE TABLE never_created (id integer)")},
         {QStringLiteral("DROP TABLE orders")},
         {}},
        {QStringLiteral("a4"),
         {QStringLiteral("a3")},
         QStringLiteral("create invoices"),
         {QStringLiteral("CREATE TABLE invoices (id integer)")},
         {QStringLiteral("DROP TABLE invoices")},
         {}},
    };
}

/** Downgrades fail at the 2nd revision's 2nd downgrade statement (a missing table). */
QList<SqlRevision> downgradeFailureProject()
{
    return {
        {QStringLiteral("b1"),
         {},
         QStringLiteral("create customers"),
         {QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY)"),
          QStringLiteral("INSERT INTO customers VALUES (7)")},
         {QStringLiteral("DROP TABLE customers")},
         {}},
        {QStringLiteral("b2"),
         {QStringLiteral("b1")},
         QStringLiteral("create payments"),
         {QStringLiteral(
              "CREATE TABLE payments (id integer PRIMARY KEY, customer integer REFERENCES "
              "customers)"),
          QStringLiteral("INSERT INTO payments VALUES (1, 7)")},
         {QStringLiteral("DROP TABLE payments"), QStringLiteral("DROP TABLE nonexistent_table")},
         {}},
        {QStringLiteral("b3"),
         {QStringLiteral("b2")},
         QStringLiteral("index payments"),
         {QStringLiteral("CREATE INDEX ix_payments_customer ON payments (customer)")},
         {QStringLiteral("DROP INDEX ix_payments_customer")},
         {}},
    };
}

} // namespace

class TestRunFailure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeFailsInTheMiddle_data();
    void upgradeFailsInTheMiddle();
    void downgradeFails_data();
    void downgradeFails();
    void dryRunChangesNothing();
    void statementTimeout();
    void lockTimeoutStatement();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;

    /** Runs retort on `project` against `db`; QVERIFYs that it ran to an end. */
    CliRun retort(const SqlProject &project, const ScratchDatabase &db, const QStringList &args)
    {
        return runCli(
            QStringList{QStringLiteral("-c"), project.ini(), QStringLiteral("--url"), db.url()} +
                args,
            project.dir());
    }
};

void TestRunFailure::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY(m_dir.isValid());
}

void TestRunFailure::upgradeFailsInTheMiddle_data()
{
    QTest::addColumn<bool>("perMigration");
    QTest::addColumn<QString>("start"); // revision reached before the failing run, or ""
    QTest::newRow("one transaction, from an empty database") << false << QString();
    QTest::newRow("one transaction, from a1") << false << QStringLiteral("a1");
    QTest::newRow("transaction per migration, from an empty database") << true << QString();
    QTest::newRow("transaction per migration, from a1") << true << QStringLiteral("a1");
}

void TestRunFailure::upgradeFailsInTheMiddle()
{
    QFETCH(bool, perMigration);
    QFETCH(QString, start);
    const SqlProject project(m_dir.filePath(QStringLiteral("upgrade-failure")),
                             upgradeFailureProject());
    QCOMPARE(project.write(), QString());
    ScratchDatabase db(m_server, QStringLiteral("rt_fail_upgrade"));
    QCOMPARE(db.error(), QString());
    if (!start.isEmpty()) {
        const CliRun setup = retort(project, db, {QStringLiteral("upgrade"), start});
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.describe()));
        QCOMPARE(db.versionRows(), QStringList{start});
    }
    const QStringList before = db.snapshot();
    QVERIFY2(!before.value(0).startsWith(QStringLiteral("ERROR")), qPrintable(before.value(0)));

    QStringList args{QStringLiteral("upgrade"), QStringLiteral("heads")};
    if (perMigration)
        args.append(QStringLiteral("--transaction-per-migration"));
    const CliRun run = retort(project, db, args);
    QVERIFY2(run.problem.isEmpty() && !run.crashed, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 255);

    const QString where = perMigration ? QStringLiteral("The transaction was rolled back to the "
                                                        "state after upgrade a1 -> a2.")
                                       : kBeforeRun;
    QCOMPARE(lines(run.out),
             (QStringList{QStringLiteral("FAILED: %1:%2: upgrade a2 -> a3 failed at statement 2 "
                                         "of 3: syntax error at or near \"SELEC\" (SQLSTATE "
                                         "42601)")
                              .arg(project.path(QStringLiteral("a3")))
                              .arg(project.line(QStringLiteral("a3"), true, 1)),
                          QStringLiteral("LINE 1: ") + kBadStatement, QStringLiteral("        ^"),
                          kBadStatement, where}));
    QStringList expectedLog{kContext, perMigration ? kPerMigration : kOneTransaction};
    if (start.isEmpty())
        expectedLog.append(
            QStringLiteral("INFO  [retort] Running upgrade  -> a1, create accounts"));
    expectedLog += {QStringLiteral("INFO  [retort] Running upgrade a1 -> a2, add email"),
                    QStringLiteral("INFO  [retort] Running upgrade a2 -> a3, create orders")};
    QCOMPARE(lines(run.err), expectedLog);

    if (!perMigration) {
        QCOMPARE(db.snapshot(), before);
        return;
    }
    // Exactly the steps before the failing one: the same as a clean `upgrade a2`.
    ScratchDatabase reference(m_server, QStringLiteral("rt_fail_upgrade_ref"));
    QCOMPARE(reference.error(), QString());
    const CliRun ref =
        retort(project, reference, {QStringLiteral("upgrade"), QStringLiteral("a2")});
    QVERIFY2(ref.exitCode == 0, qPrintable(ref.describe()));
    const QStringList expected = reference.snapshot();
    QVERIFY(expected.contains(QStringLiteral("row public.accounts (1,first,a@example.org)")));
    QVERIFY(expected.contains(QStringLiteral("row public.alembic_version (a2)")));
    QCOMPARE(db.snapshot(), expected);
}

void TestRunFailure::downgradeFails_data()
{
    QTest::addColumn<bool>("perMigration");
    QTest::newRow("one transaction") << false;
    QTest::newRow("transaction per migration") << true;
}

void TestRunFailure::downgradeFails()
{
    QFETCH(bool, perMigration);
    const SqlProject project(m_dir.filePath(QStringLiteral("downgrade-failure")),
                             downgradeFailureProject());
    QCOMPARE(project.write(), QString());
    ScratchDatabase db(m_server, QStringLiteral("rt_fail_downgrade"));
    QCOMPARE(db.error(), QString());
    const CliRun setup = retort(project, db, {QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.describe()));
    const QStringList before = db.snapshot();
    QVERIFY(before.contains(QStringLiteral("row public.payments (1,7)")));
    QVERIFY(before.contains(QStringLiteral("relation i public.ix_payments_customer")));

    QStringList args{QStringLiteral("downgrade"), QStringLiteral("base")};
    if (perMigration)
        args.append(QStringLiteral("--transaction-per-migration"));
    const CliRun run = retort(project, db, args);
    QVERIFY2(run.problem.isEmpty() && !run.crashed, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 255);
    QCOMPARE(lines(run.out),
             (QStringList{QStringLiteral("FAILED: %1:%2: downgrade b2 -> b1 failed at statement 2 "
                                         "of 2: table \"nonexistent_table\" does not exist "
                                         "(SQLSTATE 42P01)")
                              .arg(project.path(QStringLiteral("b2")))
                              .arg(project.line(QStringLiteral("b2"), false, 1)),
                          QStringLiteral("DROP TABLE nonexistent_table"),
                          perMigration ? QStringLiteral("The transaction was rolled back to the "
                                                        "state after downgrade b3 -> b2.")
                                       : kBeforeRun}));
    QCOMPARE(lines(run.err),
             (QStringList{
                 kContext, perMigration ? kPerMigration : kOneTransaction,
                 QStringLiteral("INFO  [retort] Running downgrade b3 -> b2, index payments"),
                 QStringLiteral("INFO  [retort] Running downgrade b2 -> b1, create payments")}));
    if (!perMigration) {
        QCOMPARE(db.snapshot(), before);
        return;
    }
    ScratchDatabase reference(m_server, QStringLiteral("rt_fail_downgrade_ref"));
    QCOMPARE(reference.error(), QString());
    const CliRun ref =
        retort(project, reference, {QStringLiteral("upgrade"), QStringLiteral("b2")});
    QVERIFY2(ref.exitCode == 0, qPrintable(ref.describe()));
    const QStringList expected = reference.snapshot();
    QVERIFY(!expected.contains(QStringLiteral("relation i public.ix_payments_customer")));
    QCOMPARE(db.snapshot(), expected);
}

void TestRunFailure::dryRunChangesNothing()
{
    const SqlProject project(
        m_dir.filePath(QStringLiteral("dry-run")),
        {{QStringLiteral("d1"),
          {},
          QStringLiteral("create things"),
          {QStringLiteral("CREATE TABLE things (id integer PRIMARY KEY)"),
           QStringLiteral("INSERT INTO things VALUES (1), (2)")},
          {QStringLiteral("DROP TABLE things")},
          {}},
         {QStringLiteral("d2"),
          {QStringLiteral("d1")},
          QStringLiteral("slow step"),
          {QStringLiteral("SELECT pg_sleep(0.3)"),
           QStringLiteral("DELETE FROM things WHERE id = 1"),
           QStringLiteral("CREATE TABLE dry_two (id integer)")},
          {QStringLiteral("DROP TABLE dry_two")},
          {}},
         {QStringLiteral("d3"),
          {QStringLiteral("d2")},
          QStringLiteral("add column"),
          {QStringLiteral("ALTER TABLE things ADD COLUMN label text DEFAULT 'x'")},
          {QStringLiteral("ALTER TABLE things DROP COLUMN label")},
          {}}});
    QCOMPARE(project.write(), QString());
    ScratchDatabase db(m_server, QStringLiteral("rt_dry_run"));
    QCOMPARE(db.error(), QString());

    // From an empty database: not even the version table stays.
    const QStringList empty = db.snapshot();
    QCOMPARE(empty, QStringList{QStringLiteral("schema public")});
    CliRun run =
        retort(project, db,
               {QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.snapshot(), empty);
    QCOMPARE(run.out, QString());

    // From d1, with --transaction-per-migration too (a dry run is one transaction anyway).
    run = retort(project, db, {QStringLiteral("upgrade"), QStringLiteral("d1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList before = db.snapshot();
    QVERIFY(before.contains(QStringLiteral("row public.things (1)")));
    for (const bool perMigration : {false, true}) {
        QStringList args{QStringLiteral("upgrade"), QStringLiteral("heads"),
                         QStringLiteral("--dry-run")};
        if (perMigration)
            args.append(QStringLiteral("--transaction-per-migration"));
        run = retort(project, db, args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), before);
        const QStringList log = lines(run.err);
        QCOMPARE(
            log.mid(0, 5),
            (QStringList{kContext,
                         QStringLiteral("INFO  [retort] Dry run: every step runs in one "
                                        "transaction that is rolled back at the end."),
                         QStringLiteral("INFO  [retort] Running upgrade d1 -> d2, slow step"),
                         QStringLiteral("INFO  [retort] Running upgrade d2 -> d3, add column"),
                         QStringLiteral("INFO  [retort] Dry run of 2 step(s), rolled back:")}));
        QCOMPARE(log.size(), 7);
        static const QRegularExpression step(
            QStringLiteral("^INFO  \\[retort\\]   step (\\d): (\\d+) ms$"));
        QList<int> ms;
        for (int i = 5; i < 7; ++i) {
            const QRegularExpressionMatch m = step.match(log.at(i));
            QVERIFY2(m.hasMatch(), qPrintable(log.at(i)));
            QCOMPARE(m.captured(1).toInt(), i - 4);
            ms.append(m.captured(2).toInt());
        }
        QVERIFY2(ms.at(0) >= 300 && ms.at(0) < 10000, qPrintable(log.at(5))); // pg_sleep(0.3)
        QVERIFY2(ms.at(1) < 10000, qPrintable(log.at(6)));
    }
}

void TestRunFailure::statementTimeout()
{
    const SqlProject project(m_dir.filePath(QStringLiteral("statement-timeout")),
                             {{QStringLiteral("s1"),
                               {},
                               QStringLiteral("create before"),
                               {QStringLiteral("CREATE TABLE before_sleep (id integer)")},
                               {QStringLiteral("DROP TABLE before_sleep")},
                               {}},
                              {QStringLiteral("s2"),
                               {QStringLiteral("s1")},
                               QStringLiteral("sleep"),
                               {QStringLiteral("SELECT pg_sleep(3)")},
                               {},
                               {}}});
    QCOMPARE(project.write(), QString());
    ScratchDatabase db(m_server, QStringLiteral("rt_statement_timeout"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    const CliRun run = retort(project, db,
                              {QStringLiteral("upgrade"), QStringLiteral("heads"),
                               QStringLiteral("--statement-timeout"), QStringLiteral("100ms")});
    QVERIFY2(run.problem.isEmpty() && !run.crashed, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 255);
    QCOMPARE(lines(run.out),
             (QStringList{QStringLiteral("FAILED: %1:%2: upgrade s1 -> s2 failed at statement 1 "
                                         "of 1: canceling statement due to statement timeout "
                                         "(SQLSTATE 57014)")
                              .arg(project.path(QStringLiteral("s2")))
                              .arg(project.line(QStringLiteral("s2"), true, 0)),
                          QStringLiteral("SELECT pg_sleep(3)"), kBeforeRun}));
    QVERIFY2(run.elapsedMs < 2500, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(db.snapshot(), before);
}

void TestRunFailure::lockTimeoutStatement()
{
    const SqlProject project(m_dir.filePath(QStringLiteral("lock-timeout-statement")),
                             {{QStringLiteral("l1"),
                               {},
                               QStringLiteral("write the locked table"),
                               {QStringLiteral("CREATE TABLE free_table (id integer)"),
                                QStringLiteral("INSERT INTO locked_target VALUES (1)")},
                               {QStringLiteral("DELETE FROM locked_target")},
                               {}}});
    QCOMPARE(project.write(), QString());
    ScratchDatabase db(m_server, QStringLiteral("rt_lock_timeout_statement"));
    QCOMPARE(db.error(), QString());
    QCOMPARE(db.exec(QStringLiteral("CREATE TABLE locked_target (id integer)")), QString());
    const QStringList before = db.snapshot();
    const QStringList args{QStringLiteral("upgrade"), QStringLiteral("heads"),
                           QStringLiteral("--lock-timeout-statement"), QStringLiteral("300ms")};
    {
        PgConnection holder(m_server, QStringLiteral("lock-holder"),
                            PgTestServer::Transport::UnixSocket, db.name());
        QVERIFY2(holder.open(), qPrintable(holder.errorText()));
        QSqlQuery q(holder.db());
        QVERIFY(holder.db().transaction());
        QVERIFY2(q.exec(QStringLiteral("LOCK TABLE locked_target IN ACCESS EXCLUSIVE MODE")),
                 qPrintable(q.lastError().text()));
        const CliRun run = retort(project, db, args);
        QVERIFY2(run.problem.isEmpty() && !run.crashed, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 255);
        QCOMPARE(lines(run.out),
                 (QStringList{QStringLiteral("FAILED: %1:%2: upgrade  -> l1 failed at statement 2 "
                                             "of 2: canceling statement due to lock timeout "
                                             "(SQLSTATE 55P03)")
                                  .arg(project.path(QStringLiteral("l1")))
                                  .arg(project.line(QStringLiteral("l1"), true, 1)),
                              QStringLiteral("LINE 1: INSERT INTO locked_target VALUES (1)"),
                              QStringLiteral("                    ^"),
                              QStringLiteral("INSERT INTO locked_target VALUES (1)"), kBeforeRun}));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(holder.db().commit());
    }
    QCOMPARE(db.snapshot(), before);
    // Without the competing lock the same run goes through.
    const CliRun again = retort(project, db, args);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("l1")});
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM locked_target")),
             QStringList{QStringLiteral("1")});
}

QTEST_GUILESS_MAIN(TestRunFailure)
#include "tst_runfailure.moc"
