// The audit table (retort_history) on the fixture's PostgreSQL and on SQLite: a row per
// upgrade, downgrade and stamp step with the file's checksum and text; a failed step's row
// written after the rollback while the version table stays as it was; a step that fails
// after its row was written (a deferred constraint at COMMIT) leaves no 'applied' row;
// --no-history and `retort_history = false` write nothing; offline SQL and schema reads
// leave the table out. validate finds edited and deleted files of applied revisions, a run
// refuses them unless --ignore-edited, --repair re-records after confirmation; history -i,
// current -v and current over several --url show what the rows say; and the real Alembic
// still upgrades and downgrades the same database with the table present.
#include "runtimetest.h"

#include "../oracle/oracleharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace retort::test;

namespace {

QList<SqlRevision> threeRevisions()
{
    return {{QStringLiteral("h1"),
             {},
             QStringLiteral("first"),
             {QStringLiteral("CREATE TABLE t1 (id integer)")},
             {QStringLiteral("DROP TABLE t1")},
             {}},
            {QStringLiteral("h2"),
             {QStringLiteral("h1")},
             QStringLiteral("second"),
             {QStringLiteral("CREATE TABLE t2 (id integer)")},
             {QStringLiteral("DROP TABLE t2")},
             {}},
            {QStringLiteral("h3"),
             {QStringLiteral("h2")},
             QStringLiteral("third"),
             {QStringLiteral("CREATE TABLE t3 (id integer)")},
             {QStringLiteral("DROP TABLE t3")},
             {}}};
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(unreadable %1)").arg(path);
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

const QString kSummary = QStringLiteral(
    "SELECT coalesce(revision, '-') || ' ' || direction || ' ' || from_revisions || '>' || "
    "to_revisions || ' ' || outcome FROM retort_history ORDER BY id");

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsForUpgradeDowngradeStamp();
    void failedStepIsRecordedAfterRollback_data();
    void failedStepIsRecordedAfterRollback();
    void failureAtCommitLeavesNoAppliedRow_data();
    void failureAtCommitLeavesNoAppliedRow();
    void optingOutWritesNothing();
    void offlineAndSchemaReadsLeaveItOut();
    void validateFindsEditedAndMissingFiles();
    void currentAndHistoryShowTheRows();
    void sqliteRows();
    void alembicStillWorks();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    int m_projects = 0;

    /** A fresh project of `revisions` in the scratch folder. */
    SqlProject project(const QList<SqlRevision> &revisions)
    {
        SqlProject p(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)), revisions);
        const QString error = p.write();
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return p;
    }
    CliRun retort(const SqlProject &p, const QString &url, const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("-c"), p.ini(), QStringLiteral("--url"), url} +
                          args,
                      p.dir());
    }
};

void TestRunHistory::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY(m_dir.isValid());
}

void TestRunHistory::rowsForUpgradeDowngradeStamp()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_history_rows"));
    QCOMPARE(db.error(), QString());
    const SqlProject p = project(threeRevisions());
    CliRun run = retort(p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("downgrade"), QStringLiteral("-1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("stamp"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    QCOMPARE(db.column(kSummary, &error), (QStringList{QStringLiteral("h1 upgrade >h1 applied"),
                                                       QStringLiteral("h2 upgrade h1>h2 applied"),
                                                       QStringLiteral("h3 upgrade h2>h3 applied"),
                                                       QStringLiteral("h3 downgrade h3>h2 applied"),
                                                       QStringLiteral("h3 stamp h2>h3 applied")}));
    QCOMPARE(error, QString());
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("h3")});

    // Each row: the file as read (checksum and text), the SQL's checksum, who, where, when.
    const QStringList files = db.column(
        QStringLiteral("SELECT file || ' ' || file_sha256 FROM retort_history ORDER BY id"));
    QCOMPARE(files.size(), 5);
    QCOMPARE(files.at(0),
             QStringLiteral("versions/h1_first.sql ") + fileSha256(p.path(QStringLiteral("h1"))));
    QCOMPARE(files.at(3),
             QStringLiteral("versions/h3_third.sql ") + fileSha256(p.path(QStringLiteral("h3"))));
    QCOMPARE(db.column(QStringLiteral("SELECT file_text FROM retort_history WHERE id = 2")),
             QStringList{readText(p.path(QStringLiteral("h2")))});
    QCOMPARE(db.column(QStringLiteral(
                 "SELECT db_user || ' ' || application_name || ' ' || client_host || ' ' || "
                 "retort_version FROM retort_history GROUP BY 1")),
             QStringList{QStringLiteral("%1 retort %2 %3")
                             .arg(m_server.user(), QSysInfo::machineHostName(),
                                  QStringLiteral(RETORT_VERSION))});
    // The upgrade and the downgrade of h3 ran different SQL; a stamp runs none.
    QCOMPARE(db.column(QStringLiteral(
                 "SELECT (SELECT count(DISTINCT sql_sha256) FROM retort_history WHERE revision = "
                 "'h3' AND sql_sha256 ~ '^[0-9a-f]{64}$') || ' ' || (SELECT count(*) FROM "
                 "retort_history WHERE direction = 'stamp' AND sql_sha256 IS NULL)")),
             QStringList{QStringLiteral("2 1")});
    QCOMPARE(db.column(QStringLiteral(
                 "SELECT count(*) FROM retort_history WHERE started_at BETWEEN now() - interval "
                 "'10 minutes' AND now() AND duration_ms >= 0 AND message IS NULL")),
             QStringList{QStringLiteral("5")});
    // Nothing to do: no row.
    run = retort(p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM retort_history")),
             QStringList{QStringLiteral("5")});
    // The version table keeps Alembic's shape.
    QCOMPARE(db.column(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                      "table_name = 'alembic_version'")),
             QStringList{QStringLiteral("version_num")});
}

void TestRunHistory::failedStepIsRecordedAfterRollback_data()
{
    QTest::addColumn<bool>("perMigration");
    QTest::newRow("one transaction") << false;
    QTest::newRow("transaction per migration") << true;
}

void TestRunHistory::failedStepIsRecordedAfterRollback()
{
    QFETCH(bool, perMigration);
    ScratchDatabase db(m_server, QStringLiteral("rt_history_failure"));
    QCOMPARE(db.error(), QString());
    QList<SqlRevision> revisions = threeRevisions();
    revisions[1].upgrade = {QStringLiteral("CREATE TABLE t2 (id integer)"),
                            QStringLiteral("INSERT INTO no_such_table VALUES (1)")};
    const SqlProject p = project(revisions);
    QStringList args{QStringLiteral("upgrade"), QStringLiteral("head")};
    if (perMigration)
        args.append(QStringLiteral("--transaction-per-migration"));
    const CliRun run = retort(p, db.url(), args);
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("relation \"no_such_table\" does not exist")),
             qPrintable(run.describe()));
    // One transaction: h1's row went with its rollback; per migration it was committed.
    QStringList expected;
    if (perMigration)
        expected.append(QStringLiteral("h1 upgrade >h1 applied"));
    expected.append(QStringLiteral("h2 upgrade h1>h2 failed"));
    QCOMPARE(db.column(kSummary), expected);
    QCOMPARE(db.versionRows(), perMigration ? QStringList{QStringLiteral("h1")} : QStringList{});
    QCOMPARE(db.tables().contains(QStringLiteral("t2")), false);
    const QStringList message =
        db.column(QStringLiteral("SELECT message FROM retort_history WHERE outcome = 'failed'"));
    QCOMPARE(message.size(), 1);
    QVERIFY2(
        message.first().contains(QStringLiteral("relation \"no_such_table\" does not exist")) &&
            message.first().contains(QStringLiteral("SQLSTATE 42P01")),
        qPrintable(message.first()));
}

void TestRunHistory::failureAtCommitLeavesNoAppliedRow_data()
{
    failedStepIsRecordedAfterRollback_data();
}

void TestRunHistory::failureAtCommitLeavesNoAppliedRow()
{
    // h2's statements and its audit INSERT succeed; its COMMIT fails (a deferred foreign
    // key): the row must go with the step.
    QFETCH(bool, perMigration);
    ScratchDatabase db(m_server, QStringLiteral("rt_history_commit"));
    QCOMPARE(db.error(), QString());
    QList<SqlRevision> revisions = threeRevisions().mid(0, 2);
    revisions[1].upgrade = {QStringLiteral("CREATE TABLE p (id integer PRIMARY KEY)"),
                            QStringLiteral("CREATE TABLE c (pid integer REFERENCES p "
                                           "DEFERRABLE INITIALLY DEFERRED)"),
                            QStringLiteral("INSERT INTO c VALUES (1)")};
    const SqlProject p = project(revisions);
    QStringList args{QStringLiteral("upgrade"), QStringLiteral("head")};
    if (perMigration)
        args.append(QStringLiteral("--transaction-per-migration"));
    const CliRun run = retort(p, db.url(), args);
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("violates foreign key constraint")),
             qPrintable(run.describe()));
    QStringList expected;
    if (perMigration)
        expected.append(QStringLiteral("h1 upgrade >h1 applied"));
    expected.append(QStringLiteral("h2 upgrade h1>h2 failed"));
    QCOMPARE(db.column(kSummary), expected);
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM retort_history WHERE revision = "
                                      "'h2' AND outcome = 'applied'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(db.versionRows(), perMigration ? QStringList{QStringLiteral("h1")} : QStringList{});
    QVERIFY(!db.tables().contains(QStringLiteral("c")));
}

void TestRunHistory::optingOutWritesNothing()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_history_off"));
    QCOMPARE(db.error(), QString());
    const SqlProject p = project(threeRevisions());
    const QString present =
        QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'retort_history'");
    CliRun run =
        retort(p, db.url(),
               {QStringLiteral("upgrade"), QStringLiteral("h1"), QStringLiteral("--no-history")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.column(present), QStringList{QStringLiteral("0")});
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("h1")});
    // The ini's retort_history = false.
    QVERIFY(writeText(p.ini(), QStringLiteral("[alembic]\nscript_location = %(here)s\n"
                                              "retort_history = false\n")));
    run = retort(p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("downgrade"), QStringLiteral("h2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("stamp"), QStringLiteral("h1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("stamp"), QStringLiteral("h2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.column(present), QStringList{QStringLiteral("0")});
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("h2")});
    // A dry run writes no row either; another name is honoured.
    QVERIFY(writeText(p.ini(), QStringLiteral("[alembic]\nscript_location = %(here)s\n"
                                              "retort_history_table = audit_log\n")));
    run = retort(p, db.url(),
                 {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(
        db.column(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'audit_log'")),
        QStringList{QStringLiteral("0")});
    run = retort(p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.column(QStringLiteral("SELECT revision || ' ' || direction FROM audit_log")),
             QStringList{QStringLiteral("h3 upgrade")});
    QCOMPARE(db.column(present), QStringList{QStringLiteral("0")});
    // A bad value is one error with file and line.
    QVERIFY(writeText(p.ini(), QStringLiteral("[alembic]\nscript_location = %(here)s\n"
                                              "retort_history = maybe\n")));
    run = retort(p, db.url(), {QStringLiteral("current")});
    QCOMPARE(run.exitCode, 255);
    QVERIFY2(run.out.contains(QStringLiteral("alembic.ini:3")) &&
                 run.out.contains(QStringLiteral("retort_history")),
             qPrintable(run.describe()));
}

void TestRunHistory::offlineAndSchemaReadsLeaveItOut()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_history_reads"));
    QCOMPARE(db.error(), QString());
    const SqlProject p = project(threeRevisions());
    // Offline SQL stays Alembic's: no audit statements (the rows are written by online runs).
    CliRun run = retort(
        p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--sql")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("CREATE TABLE t3")) &&
                 !run.out.contains(QStringLiteral("retort_history")),
             qPrintable(run.out));
    run = retort(p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM retort_history")),
             QStringList{QStringLiteral("3")});
    // Schema dump and drift read the live database without the audit table.
    run = retort(p, db.url(), {QStringLiteral("schema"), QStringLiteral("dump"), db.url()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("t3")) &&
                 !run.out.contains(QStringLiteral("retort_history")),
             qPrintable(run.out));
    run = retort(p, db.url(), {QStringLiteral("drift")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(QStringLiteral("retort_history")), qPrintable(run.describe()));
    // The dry run's schema diff does not see the table either.
    run = retort(p, db.url(),
                 {QStringLiteral("downgrade"), QStringLiteral("base"), QStringLiteral("--dry-run"),
                  QStringLiteral("--diff")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("t1")) &&
                 !run.out.contains(QStringLiteral("retort_history")),
             qPrintable(run.out));
}

void TestRunHistory::validateFindsEditedAndMissingFiles()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_history_validate"));
    QCOMPARE(db.error(), QString());
    const SqlProject p = project(threeRevisions());
    const QStringList validate{QStringLiteral("validate")};
    // No table yet: nothing to compare.
    CliRun run = retort(p, db.url(), validate);
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("no audit table")),
             qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("upgrade"), QStringLiteral("h2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, db.url(), validate);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, QStringLiteral("%1: 2 applied revision(s), 2 with a checksum recorded in "
                                     "retort_history; no findings.\n")
                          .arg(db.url()));

    // Edit an applied file: found, with a diff of the recorded text and the file.
    const QString h1 = p.path(QStringLiteral("h1"));
    const QString original = readText(h1);
    QVERIFY(
        writeText(h1, QString(original).replace(QStringLiteral("CREATE TABLE t1 (id integer)"),
                                                QStringLiteral("CREATE TABLE t1 (id bigint)"))));
    run = retort(p, db.url(), validate);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QStringList out = lines(run.out);
    QCOMPARE(out.value(0), QStringLiteral("%1: 2 applied revision(s), 2 with a checksum recorded "
                                          "in retort_history; 1 finding(s):")
                               .arg(db.url()));
    QVERIFY2(out.value(1).startsWith(QStringLiteral("EDITED h1 (%1): the file differs from the one "
                                                    "recorded by the upgrade on ")
                                         .arg(h1)),
             qPrintable(run.out));
    QVERIFY2(out.value(1).contains(
                 QStringLiteral(" by %1@%2").arg(m_server.user(), QSysInfo::machineHostName())),
             qPrintable(run.out));
    QVERIFY2(out.contains(QStringLiteral("-CREATE TABLE t1 (id integer);")) &&
                 out.contains(QStringLiteral("+CREATE TABLE t1 (id bigint);")) &&
                 out.contains(QStringLiteral(" -- migrate:upgrade")),
             qPrintable(run.out));
    const CliRun again = retort(p, db.url(), validate);
    QCOMPARE(again.out, run.out); // deterministic

    // A run is refused, naming the revision and file, and changes nothing.
    const QStringList before = db.snapshot();
    const QStringList rowsBefore = db.column(kSummary);
    for (const QStringList &command :
         {QStringList{QStringLiteral("upgrade"), QStringLiteral("head")},
          QStringList{QStringLiteral("downgrade"), QStringLiteral("base")},
          QStringList{QStringLiteral("stamp"), QStringLiteral("head")}}) {
        run = retort(p, db.url(), command);
        QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith(QStringLiteral("FAILED: %1 does not match the project: h1 was "
                                                   "edited after it was applied (%2). Nothing was "
                                                   "run.")
                                        .arg(db.url(), h1)),
                 qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), before);
        QCOMPARE(db.column(kSummary), rowsBefore);
    }
    // --ignore-edited runs (and says why).
    run = retort(
        p, db.url(),
        {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--ignore-edited")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("--ignore-edited: running although validate found:")),
             qPrintable(run.describe()));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("h3")});

    // --repair: refused without a terminal and without --yes; with --yes a row of its own.
    run = retort(p, db.url(), {QStringLiteral("validate"), QStringLiteral("--repair")});
    QVERIFY2(run.exitCode == 255 && run.out.contains(QStringLiteral("--yes")),
             qPrintable(run.describe()));
    QCOMPARE(
        db.column(QStringLiteral("SELECT count(*) FROM retort_history WHERE direction = 'repair'")),
        QStringList{QStringLiteral("0")});
    run = retort(p, db.url(),
                 {QStringLiteral("validate"), QStringLiteral("--repair"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.endsWith(QStringLiteral("Re-recorded the checksums of 1 revision(s) in "
                                             "retort_history: h1\n")),
             qPrintable(run.out));
    QCOMPARE(db.column(QStringLiteral("SELECT revision || ' ' || from_revisions || '>' || "
                                      "to_revisions || ' ' || file_sha256 FROM retort_history "
                                      "WHERE direction = 'repair'")),
             QStringList{QStringLiteral("h1 h3>h3 ") + fileSha256(h1)});
    run = retort(p, db.url(), validate);
    QVERIFY2(run.exitCode == 0 && run.out.endsWith(QStringLiteral("no findings.\n")),
             qPrintable(run.describe()));

    // Delete the file of the head row: Alembic's "Can't locate revision", explained.
    const QString h3 = p.path(QStringLiteral("h3"));
    const QString h3Text = readText(h3);
    QVERIFY(QFile::remove(h3));
    run = retort(p, db.url(), validate);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral(
                 "MISSING h3: a row of the version table, but no revision file of the project "
                 "has this id (Alembic: Can't locate revision identified by 'h3'). Its audit "
                 "row: upgrade on ")) &&
                 run.out.contains(QStringLiteral(", from the file versions/h3_third.sql.")),
             qPrintable(run.describe()));
    run = retort(p, db.url(), {QStringLiteral("downgrade"), QStringLiteral("-1")});
    QVERIFY2(run.exitCode == 255 &&
                 run.out.contains(QStringLiteral("h3 is in the version table but its file is "
                                                 "missing (it was versions/h3_third.sql)")),
             qPrintable(run.describe()));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("h3")});
    QVERIFY(writeText(h3, h3Text));
    run = retort(p, db.url(), validate);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestRunHistory::currentAndHistoryShowTheRows()
{
    ScratchDatabase a(m_server, QStringLiteral("rt_history_a"));
    ScratchDatabase b(m_server, QStringLiteral("rt_history_b"));
    ScratchDatabase empty(m_server, QStringLiteral("rt_history_empty"));
    QCOMPARE(a.error(), QString());
    QCOMPARE(b.error(), QString());
    QCOMPARE(empty.error(), QString());
    const SqlProject p = project(threeRevisions());
    CliRun run = retort(p, a.url(), {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, b.url(),
                 {QStringLiteral("upgrade"), QStringLiteral("h1"), QStringLiteral("--no-history")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList when = a.column(QStringLiteral(
        "SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC' FROM "
        "retort_history ORDER BY id"));
    QCOMPARE(when.size(), 3);
    const QString by = QStringLiteral("%1@%2").arg(m_server.user(), QSysInfo::machineHostName());

    run = retort(p, a.url(), {QStringLiteral("history"), QStringLiteral("-i")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(lines(run.out),
             (QStringList{
                 QStringLiteral("h2 -> h3 (head) (current) (applied %1 by %2), third")
                     .arg(when.at(2), by),
                 QStringLiteral("h1 -> h2 (applied %1 by %2), second").arg(when.at(1), by),
                 QStringLiteral("<base> -> h1 (applied %1 by %2), first").arg(when.at(0), by)}));
    // Without rows, Alembic's lines.
    run = retort(p, b.url(), {QStringLiteral("history"), QStringLiteral("-i")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(lines(run.out), (QStringList{QStringLiteral("h2 -> h3 (head), third"),
                                          QStringLiteral("h1 -> h2, second"),
                                          QStringLiteral("<base> -> h1 (current), first")}));
    run = retort(p, a.url(), {QStringLiteral("current"), QStringLiteral("-v")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("Path: %1\nApplied at: %2\nApplied by: %3\n")
                                  .arg(p.path(QStringLiteral("h3")), when.at(2), by)),
             qPrintable(run.out));

    // Several databases: one line each, the password hidden; a failing one on its line.
    const QString withPassword = a.url(m_server.user() + QStringLiteral(":s3cret"));
    const QString unreachable =
        QStringLiteral("postgresql://u:pw@127.0.0.1:%1/none").arg(freePort());
    run = runCli({QStringLiteral("-c"), p.ini(), QStringLiteral("--url"), withPassword,
                  QStringLiteral("--url"), b.url(), QStringLiteral("--url"), empty.url(),
                  QStringLiteral("current")},
                 p.dir());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(
        lines(run.out),
        (QStringList{
            QString(withPassword).replace(QStringLiteral(":s3cret@"), QStringLiteral(":***@")) +
                QStringLiteral(": h3 (head)"),
            b.url() + QStringLiteral(": h1"), empty.url() + QStringLiteral(": (no version)")}));
    run = runCli({QStringLiteral("-c"), p.ini(), QStringLiteral("--url"), unreachable,
                  QStringLiteral("--url"), a.url(), QStringLiteral("current")},
                 p.dir());
    QCOMPARE(run.exitCode, 255);
    QCOMPARE(lines(run.out).size(), 2);
    QVERIFY2(lines(run.out).at(0).startsWith(
                 QString(unreachable).replace(QStringLiteral(":pw@"), QStringLiteral(":***@")) +
                 QStringLiteral(": FAILED: ")),
             qPrintable(run.describe()));
    QCOMPARE(lines(run.out).at(1), a.url() + QStringLiteral(": h3 (head)"));
    QVERIFY(!run.out.contains(QStringLiteral("pw@")) && !run.err.contains(QStringLiteral("pw@")));
    // Other commands take one --url.
    run = runCli({QStringLiteral("-c"), p.ini(), QStringLiteral("--url"), a.url(),
                  QStringLiteral("--url"), b.url(), QStringLiteral("upgrade"),
                  QStringLiteral("head")},
                 p.dir());
    QVERIFY2(run.exitCode == 2 && run.err.contains(QStringLiteral("only current takes several")),
             qPrintable(run.describe()));
}

void TestRunHistory::sqliteRows()
{
    const SqlProject p = project(threeRevisions());
    const QString file = QDir(p.dir()).filePath(QStringLiteral("audit.db"));
    const QString url = QStringLiteral("sqlite:///") + file;
    CliRun run = retort(p, url, {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = retort(p, url, {QStringLiteral("stamp"), QStringLiteral("h1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // A failing downgrade (t2 dropped behind Retort's back): recorded after the rollback.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE t1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    run = retort(p, url, {QStringLiteral("downgrade"), QStringLiteral("base")});
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    run = retort(p, url,
                 {QStringLiteral("stamp"), QStringLiteral("h3"), QStringLiteral("--no-history")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QStringList rows;
    QString fileHash;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT revision || ' ' || direction || ' ' || from_revisions "
                                  "|| '>' || to_revisions || ' ' || outcome || ' ' || "
                                  "coalesce(message, '') FROM retort_history ORDER BY id")));
        while (q.next())
            rows.append(q.value(0).toString());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT file_sha256, started_at, db_user FROM retort_history WHERE id = 1")));
        QVERIFY(q.next());
        fileHash = q.value(0).toString();
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))
                     .match(q.value(1).toString())
                     .hasMatch(),
                 qPrintable(q.value(1).toString()));
        QVERIFY(!q.value(2).toString().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.mid(0, 4), (QStringList{QStringLiteral("h1 upgrade >h1 applied "),
                                          QStringLiteral("h2 upgrade h1>h2 applied "),
                                          QStringLiteral("h3 upgrade h2>h3 applied "),
                                          QStringLiteral("h1 stamp h3>h1 applied ")}));
    QVERIFY2(rows.at(4).startsWith(QStringLiteral("h1 downgrade h1> failed downgrade h1 ->  "
                                                  "failed at statement 1 of 1: no such table: t1")),
             qPrintable(rows.at(4)));
    QCOMPARE(fileHash, fileSha256(p.path(QStringLiteral("h1"))));
    run = retort(p, url, {QStringLiteral("validate")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestRunHistory::alembicStillWorks()
{
    // A generated Python project that Alembic runs (env.py takes -x url=...).
    retort::oracle::ProjectSpec spec;
    spec.seed = 1212;
    spec.revisions = 6;
    spec.style = QStringLiteral("plain");
    spec.linear = true;
    spec.extraArgs = {QStringLiteral("--body"), QStringLiteral("execute")};
    const QString dir = m_dir.filePath(QStringLiteral("alembic"));
    const QString error = retort::oracle::generateProject(
        pythonPath(), QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py"), spec, dir);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString ini = QDir(dir).filePath(QStringLiteral("alembic.ini"));
    ScratchDatabase db(m_server, QStringLiteral("rt_history_alembic"));
    QCOMPARE(db.error(), QString());
    const auto alembic = [&](const QStringList &args) {
        return runProcess(pythonPath(),
                          QStringList{QStringLiteral("-m"), QStringLiteral("alembic"),
                                      QStringLiteral("-c"), ini, QStringLiteral("-x"),
                                      QStringLiteral("url=") + db.url()} +
                              args,
                          dir);
    };
    const auto ours = [&](const QStringList &args) {
        return runCli(
            QStringList{QStringLiteral("-c"), ini, QStringLiteral("--url"), db.url()} + args, dir);
    };
    CliRun run = ours({QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList tablesAtHead = db.tables();
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM retort_history")),
             QStringList{QStringLiteral("6")});
    run = alembic({QStringLiteral("downgrade"), QStringLiteral("base")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.versionRows(), QStringList{});
    QCOMPARE(db.tables(), QStringList{QStringLiteral("alembic_version")});
    run = alembic({QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.tables(), tablesAtHead);
    const CliRun alembicCurrent = alembic({QStringLiteral("current")});
    run = ours({QStringLiteral("current")});
    QCOMPARE(run.out, QString(alembicCurrent.out));
    // Retort goes on from what Alembic did: the files are the ones recorded.
    run = ours({QStringLiteral("validate")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = ours({QStringLiteral("downgrade"), QStringLiteral("-2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = alembic({QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.tables(), tablesAtHead);
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM retort_history")),
             QStringList{QStringLiteral("8")});
    QCOMPARE(db.column(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                      "table_name = 'alembic_version'")),
             QStringList{QStringLiteral("version_num")});
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
