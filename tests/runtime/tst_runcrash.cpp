// Crash safety: `retort upgrade heads` on a generated 300-revision project (branches,
// merges, depends_on; every revision creates its table t_<index>) is killed with SIGKILL at
// random moments (uniform over the time a whole run takes here, measured first), with --transaction-per-migration and in the
// default one-transaction mode. After every kill the version rows and the tables agree: the
// tables present are exactly those of the revisions the rows imply (the rows and their
// ancestors through down_revision and depends_on, from genproject's graph.json), and the audit
// table's applied rows name exactly those revisions, each once. A last,
// unkilled run completes to the heads with every table.
#include "runtimetest.h"

#include "../oracle/oracleharness.h"
#include "../oracle/projectgraph.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>

using namespace retort::test;
using retort::oracle::ProjectGraph;

namespace {

constexpr int kRevisions = 300;
constexpr int kKillsPerMode = 20; // kills that must land after the first step started
constexpr int kMaxAttempts = 80;  // per mode

/** Per mode: what the kills did. */
struct KillCounts
{
    int attempts = 0;
    int killed = 0;      // the process was still running: SIGKILL ended it
    int afterStart = 0;  // ... after it had started at least one step
    int nearEnd = 0;     // ... within 20 ms of the start of the run's last step
    int nearEndDone = 0; // ... and yet the run's last commit got through
    int partial = 0;     // ... leaving some steps committed but not all
    int resets = 0;      // complete runs, after which the database was made anew
};

} // namespace

class TestRunCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedRunsLeaveAgreeingRows_data();
    void killedRunsLeaveAgreeingRows();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_project;
    ProjectGraph m_graph;
    quint32 m_seed = 0;

    /** Empty when the rows and the tables agree; else what differs. Sets *complete when
     *  the rows imply every revision. */
    QString
    agreement(const ScratchDatabase &db, bool *complete, bool *empty, int *implied = nullptr) const;
};

void TestRunCrash::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("crash"));
    retort::oracle::ProjectSpec spec;
    spec.seed = 4242;
    spec.revisions = kRevisions;
    spec.style = QStringLiteral("mixed");
    spec.extraArgs = {QStringLiteral("--sql-fraction"), QStringLiteral("1")};
    const QString error = retort::oracle::generateProject(
        pythonPath(), QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py"), spec,
        m_project);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString graphError;
    m_graph = ProjectGraph::load(m_project, &graphError);
    QVERIFY2(graphError.isEmpty(), qPrintable(graphError));
    QCOMPARE(m_graph.size(), kRevisions);
    int dependencies = 0;
    int merges = 0;
    for (int i = 0; i < m_graph.size(); ++i) {
        dependencies += int(m_graph.revision(i).deps.size());
        merges += m_graph.revision(i).down.size() > 1 ? 1 : 0;
        QFile f(m_project + QLatin1Char('/') + m_graph.revision(i).file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QVERIFY2(f.readAll().contains("CREATE TABLE t_" + QByteArray::number(i) + " "),
                 qPrintable(f.fileName()));
    }
    QVERIFY2(dependencies > 0 && merges > 0 && m_graph.heads().size() > 1,
             "the generated graph should have depends_on, merges and several heads");
    m_seed = qEnvironmentVariableIsSet("RETORT_CRASH_SEED")
                 ? quint32(qEnvironmentVariableIntValue("RETORT_CRASH_SEED"))
                 : QRandomGenerator::global()->generate();
    qInfo("crash test: %d revisions (%d depends_on edges, %d merges, %lld heads), kill "
          "moments from seed %u (set RETORT_CRASH_SEED to replay)",
          kRevisions, dependencies, merges, qint64(m_graph.heads().size()), m_seed);
}

QString TestRunCrash::agreement(const ScratchDatabase &db,
                                bool *complete,
                                bool *empty,
                                int *impliedCount) const
{
    QString error;
    const QStringList rows = db.versionRows(&error);
    if (!error.isEmpty())
        return error;
    const QStringList tables = db.tables(&error);
    if (!error.isEmpty())
        return error;
    QBitArray implied(m_graph.size());
    QList<int> rowIndexes;
    for (const QString &row : rows) {
        const int i = m_graph.indexOf(row);
        if (i < 0)
            return QStringLiteral("unknown version row %1").arg(row);
        rowIndexes.append(i);
        implied.setBit(i);
        implied |= m_graph.ancestors(i);
    }
    // Head rows: none is a down_revision ancestor of another.
    for (int a : std::as_const(rowIndexes))
        for (int b : std::as_const(rowIndexes))
            if (a != b && m_graph.downAncestors(b).contains(a))
                return QStringLiteral("version row %1 is an ancestor of row %2")
                    .arg(m_graph.id(a), m_graph.id(b));
    QStringList expected;
    for (int i = 0; i < m_graph.size(); ++i)
        if (implied.testBit(i))
            expected.append(QStringLiteral("t_%1").arg(i));
    QStringList present;
    for (const QString &t : tables)
        if (t.startsWith(QStringLiteral("t_")))
            present.append(t);
        else if (t != QStringLiteral("alembic_version"))
            return QStringLiteral("unexpected table %1").arg(t);
    expected.sort();
    present.sort();
    // The audit table agrees with the rows: one 'applied' upgrade row per implied revision
    // (its row commits with the step), none twice; a killed step leaves no row.
    if (tables.contains(QStringLiteral("alembic_version"))) {
        QStringList audited;
        const QStringList recorded = db.column(
            QStringLiteral("SELECT revision FROM retort_history WHERE outcome = 'applied' AND "
                           "direction = 'upgrade'"),
            &error);
        if (!error.isEmpty() && !rows.isEmpty())
            return error;
        for (const QString &id : recorded)
            audited.append(QStringLiteral("t_%1").arg(m_graph.indexOf(id)));
        audited.sort();
        if (audited != expected)
            return QStringLiteral("the audit table's applied rows (%1) do not match the version "
                                  "rows (%2), which imply %3 revisions")
                .arg(recorded.size())
                .arg(rows.join(QLatin1Char(' ')))
                .arg(expected.size());
    }
    *complete = implied.count(true) == m_graph.size();
    if (impliedCount)
        *impliedCount = int(implied.count(true));
    *empty = rows.isEmpty();
    if (rows.isEmpty() && tables.contains(QStringLiteral("alembic_version")) && !present.isEmpty())
        return QStringLiteral("tables without rows");
    if (present == expected)
        return {};
    QStringList missing;
    QStringList extra;
    for (const QString &t : std::as_const(expected))
        if (!present.contains(t))
            missing.append(t);
    for (const QString &t : std::as_const(present))
        if (!expected.contains(t))
            extra.append(t);
    return QStringLiteral("rows (%1) imply %2 tables; missing: %3; extra: %4")
        .arg(rows.join(QLatin1Char(' ')))
        .arg(expected.size())
        .arg(missing.join(QLatin1Char(' ')), extra.join(QLatin1Char(' ')));
}

void TestRunCrash::killedRunsLeaveAgreeingRows_data()
{
    QTest::addColumn<bool>("perMigration");
    QTest::newRow("transaction per migration") << true;
    QTest::newRow("one transaction") << false;
}

void TestRunCrash::killedRunsLeaveAgreeingRows()
{
    QFETCH(bool, perMigration);
    ScratchDatabase db(m_server, QStringLiteral("rt_crash"));
    QCOMPARE(db.error(), QString());
    QStringList args{QStringLiteral("-c"),      m_project + QStringLiteral("/alembic.ini"),
                     QStringLiteral("--url"),   db.url(),
                     QStringLiteral("upgrade"), QStringLiteral("heads")};
    if (perMigration)
        args.append(QStringLiteral("--transaction-per-migration"));

    // How long a whole run takes here: the kills fall within that.
    const CliRun calibration = runCli(args, m_project);
    QVERIFY2(calibration.exitCode == 0, qPrintable(calibration.describe()));
    bool complete = false;
    bool empty = true;
    QCOMPARE(agreement(db, &complete, &empty), QString());
    QVERIFY(complete);
    QCOMPARE(db.recreate(), QString());
    // (A run lasts from under a second on an idle machine to several on a busy one; a
    // ceiling keeps the one-transaction mode, which starts over after every kill, in budget.)
    const int runMs = int(std::clamp<qint64>(calibration.elapsedMs, 200, 2500));

    QRandomGenerator rnd(m_seed + (perMigration ? 1 : 0));
    KillCounts n;
    int implied = 0; // revisions the rows imply before an attempt
    while (n.afterStart < kKillsPerMode && n.attempts < kMaxAttempts) {
        ++n.attempts;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("RETORT_DATABASE_URL"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_project);
        process.setReadChannel(QProcess::StandardError);
        process.start(cliPath(), args);
        QVERIFY(process.waitForStarted());
        QByteArray err;
        // Every 4th kill aims at the end of the run (its last step, version rows, commit),
        // which a uniform moment rarely hits; the others fall anywhere in the run.
        const bool aimAtEnd = n.attempts % 4 == 0;
        int delay = 0;
        if (aimAtEnd) {
            const int steps = kRevisions - implied;
            QElapsedTimer waited;
            waited.start();
            while (process.state() == QProcess::Running &&
                   err.count("INFO  [retort] Running upgrade") < steps &&
                   waited.elapsed() < 60000) {
                process.waitForReadyRead(100);
                err += process.readAllStandardError();
            }
            delay = int(rnd.bounded(20));
            QThread::msleep(delay);
        } else {
            delay = int(rnd.bounded(runMs));
            process.waitForFinished(delay);
        }
        if (process.state() == QProcess::Running)
            ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(60000));
        err += process.readAllStandardError();
        const QString log = QString::fromUtf8(process.readAllStandardOutput() + err);
        const QString what = QStringLiteral("attempt %1 (kill %2 ms after %3): %4")
                                 .arg(n.attempts)
                                 .arg(delay)
                                 .arg(aimAtEnd ? QStringLiteral("the last step started")
                                               : QStringLiteral("the start"),
                                      log.right(2000));
        const bool killed = process.exitStatus() == QProcess::CrashExit;
        if (!killed)
            QVERIFY2(process.exitCode() == 0, qPrintable(what));
        // The killed client's session ends once the server notices: then look.
        QVERIFY2(db.waitUntilIdle(15000), "a session of the killed run lingers");
        const QString problem = agreement(db, &complete, &empty, &implied);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + what));
        if (killed) {
            ++n.killed;
            if (log.contains(QStringLiteral("INFO  [retort] Running upgrade")))
                ++n.afterStart;
            if (aimAtEnd) {
                ++n.nearEnd;
                n.nearEndDone += complete ? 1 : 0;
            }
            if (!complete && !empty)
                ++n.partial;
        } else {
            QVERIFY2(complete, qPrintable(what));
        }
        // One transaction: all or nothing.
        if (!perMigration)
            QVERIFY2(complete || empty, qPrintable(what));
        if (complete) {
            ++n.resets;
            implied = 0;
            QCOMPARE(db.recreate(), QString());
        }
    }
    qInfo("%s: a run takes %lld ms; %d attempts, %d SIGKILLs landed mid-run (%d after the "
          "first step had started, %d aimed at the last step of which %d found the run "
          "committed), %d left some steps committed and not others, %d runs completed "
          "(database made anew)",
          perMigration ? "transaction per migration" : "one transaction", calibration.elapsedMs,
          n.attempts, n.killed, n.afterStart, n.nearEnd, n.nearEndDone, n.partial, n.resets);
    QVERIFY2(n.afterStart >= kKillsPerMode,
             qPrintable(QStringLiteral("only %1 kills after the first step in %2 attempts")
                            .arg(n.afterStart)
                            .arg(n.attempts)));
    if (perMigration)
        QVERIFY2(n.partial > 0, "no kill left a partial state: the kills test too little");

    // Leave a partial state (per migration), then a full run completes it.
    if (perMigration) {
        for (int tries = 0; tries < 20 && (empty || complete); ++tries) {
            QProcess process;
            process.setWorkingDirectory(m_project);
            process.start(cliPath(), args);
            QVERIFY(process.waitForStarted());
            process.waitForFinished(runMs / 2);
            if (process.state() == QProcess::Running)
                ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(60000));
            QVERIFY(db.waitUntilIdle(15000));
            QCOMPARE(agreement(db, &complete, &empty), QString());
            if (complete)
                QCOMPARE(db.recreate(), QString());
        }
    }
    const CliRun last = runCli(args, m_project);
    QVERIFY2(last.exitCode == 0, qPrintable(last.describe()));
    QCOMPARE(agreement(db, &complete, &empty), QString());
    QVERIFY(complete);
    QCOMPARE(db.tables().size(), kRevisions + 1);
    const CliRun again = runCli(args, m_project);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(!again.err.contains(QStringLiteral("Running")), qPrintable(again.describe()));
}

QTEST_GUILESS_MAIN(TestRunCrash)
#include "tst_runcrash.moc"
