// SQLite file databases: upgrade, downgrade, stamp and current on `sqlite:///relative.db`
// (from the working folder) and `sqlite:////absolute/path.db`, for a generated project of
// Python revisions made of op.execute() (branches, merges, depends_on). After every command
// the version rows that Retort prints, that QSQLITE reads from the file and that Alembic's
// `current` reads there are the same, and (where no stamp intervened) the tables are those
// of the revisions the rows imply.
#include "runtimetest.h"

#include "../oracle/oracleharness.h"
#include "../oracle/projectgraph.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace retort::test;
using retort::oracle::ProjectGraph;

namespace {

/** tests/oracle/alembic_driver.py kept running: one command line in, output and exit out. */
class AlembicSession
{
public:
    bool start(const QString &workDir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
        env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
        env.remove(QStringLiteral("ALEMBIC_CONFIG"));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(workDir);
        m_process.start(pythonPath(),
                        {QStringLiteral(RETORT_SOURCE_DIR "/tests/oracle/alembic_driver.py")});
        return m_process.waitForStarted(30000);
    }
    ~AlembicSession()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    /** Runs one command line; `*exitCode` gets its exit code. Empty string on a problem
     *  with the driver itself (then *problem says why). */
    QString run(const QStringList &args, int *exitCode, QString *problem)
    {
        QByteArray line = "[";
        for (qsizetype i = 0; i < args.size(); ++i) {
            QString a = args.at(i);
            a.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            a.replace(QLatin1Char('"'), QStringLiteral("\\\""));
            line += (i ? ", \"" : "\"") + a.toUtf8() + '"';
        }
        m_process.write(line + "]\n");
        const QByteArray begin = "\x1e"
                                 "BEGIN " +
                                 QByteArray::number(m_count) + '\n';
        const QByteArray end = "\x1e"
                               "END " +
                               QByteArray::number(m_count) + ' ';
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(end) || !out.endsWith('\n')) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running) {
                *problem = QStringLiteral("alembic_driver.py ended: ") +
                           QString::fromUtf8(m_process.readAllStandardError());
                return {};
            }
            out += m_process.readAllStandardOutput();
            if (timer.elapsed() > 120000) {
                *problem = QStringLiteral("alembic_driver.py did not answer in 120 s");
                return {};
            }
        }
        ++m_count;
        const qsizetype b = out.indexOf(begin);
        const qsizetype e = out.indexOf(end);
        *exitCode = out.mid(e + end.size()).trimmed().toInt();
        return QString::fromUtf8(out.mid(b + begin.size(), e - b - begin.size() - 1));
    }

private:
    QProcess m_process;
    int m_count = 0;
};

/** The lines of `current` as a sorted list (its order follows the rows' physical order). */
QStringList sortedLines(const QString &text)
{
    QStringList out = lines(text);
    out.removeAll(QString());
    out.sort();
    return out;
}

} // namespace

class TestRunSqlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileDatabase_data();
    void fileDatabase();

private:
    QTemporaryDir m_dir;
    QString m_project;
    ProjectGraph m_graph;
};

void TestRunSqlite::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("project"));
    retort::oracle::ProjectSpec spec;
    spec.seed = 808;
    spec.revisions = 40;
    spec.style = QStringLiteral("mixed");
    spec.extraArgs = {QStringLiteral("--body"), QStringLiteral("execute")};
    const QString error = retort::oracle::generateProject(
        pythonPath(), QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py"), spec,
        m_project);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString graphError;
    m_graph = ProjectGraph::load(m_project, &graphError);
    QVERIFY2(graphError.isEmpty(), qPrintable(graphError));
    QVERIFY(m_graph.heads().size() > 1);
}

void TestRunSqlite::fileDatabase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("file");
    QTest::newRow("relative") << QStringLiteral("sqlite:///relative.db")
                              << m_project + QStringLiteral("/relative.db");
    const QString absolute = m_dir.filePath(QStringLiteral("elsewhere/absolute.db"));
    QVERIFY(QDir().mkpath(QFileInfo(absolute).absolutePath()));
    QVERIFY(absolute.startsWith(QLatin1Char('/')));
    QTest::newRow("absolute") << QStringLiteral("sqlite:///") + absolute << absolute;
}

void TestRunSqlite::fileDatabase()
{
    QFETCH(QString, url);
    QFETCH(QString, file);
    const QString ini = m_project + QStringLiteral("/alembic.ini");
    QVERIFY(!QFileInfo::exists(file));
    AlembicSession alembic;
    QVERIFY(alembic.start(m_project));

    // A mid-graph revision X and an ancestor Y of it through down_revision.
    int x = m_graph.size() / 2;
    while (m_graph.downAncestors(x).size() < 4)
        ++x;
    const QList<int> xAncestors = m_graph.downAncestors(x);
    const QString idX = m_graph.id(x);
    const QString idY = m_graph.id(xAncestors.at(xAncestors.size() / 2));

    struct Command
    {
        QStringList args;
        bool tablesAgree; // no stamp since the tables last matched the rows
    };
    const QList<Command> commands{
        {{QStringLiteral("upgrade"), idX}, true},
        {{QStringLiteral("downgrade"), idY}, true},
        {{QStringLiteral("upgrade"), QStringLiteral("heads")}, true},
        {{QStringLiteral("stamp"), QStringLiteral("base")}, false},
        {{QStringLiteral("stamp"), QStringLiteral("heads")}, true},
        {{QStringLiteral("downgrade"), QStringLiteral("base"),
          QStringLiteral("--transaction-per-migration")},
         true},
        {{QStringLiteral("stamp"), idX}, false},
        {{QStringLiteral("stamp"), QStringLiteral("--purge"), QStringLiteral("heads")}, false},
        {{QStringLiteral("downgrade"), QStringLiteral("base")}, true},
        {{QStringLiteral("upgrade"), idY}, true},
    };
    int compared = 0;
    for (const Command &command : commands) {
        const QString what = command.args.join(QLatin1Char(' '));
        const CliRun run = runCli(
            QStringList{QStringLiteral("-c"), ini, QStringLiteral("--url"), url} + command.args,
            m_project);
        QVERIFY2(run.exitCode == 0, qPrintable(what + QLatin1Char('\n') + run.describe()));
        QVERIFY2(run.err.startsWith(QStringLiteral("INFO  [retort] Context impl SQLiteImpl.\n")),
                 qPrintable(run.err));
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        // Relative to the command's working folder, not to the test's.
        QVERIFY(QDir::currentPath() != m_project);
        QVERIFY(!QFileInfo::exists(QDir::current().filePath(QFileInfo(file).fileName())));

        // Rows: what Retort prints, what the file holds, what Alembic reads.
        const CliRun current = runCli(
            {QStringLiteral("-c"), ini, QStringLiteral("--url"), url, QStringLiteral("current")},
            m_project);
        QVERIFY2(current.exitCode == 0, qPrintable(current.describe()));
        int exitCode = -1;
        QString problem;
        const QString alembicCurrent =
            alembic.run({QStringLiteral("-c"), ini, QStringLiteral("-x"),
                         QStringLiteral("url=") + url, QStringLiteral("current")},
                        &exitCode, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(exitCode, 0);
        QCOMPARE(sortedLines(current.out), sortedLines(alembicCurrent));

        QStringList rows;
        QStringList tables;
        {
            const QString name = QStringLiteral("sqlite-check");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'table' ORDER BY name")));
                while (q.next())
                    tables.append(q.value(0).toString());
                if (tables.contains(QStringLiteral("alembic_version"))) {
                    QVERIFY(q.exec(QStringLiteral("SELECT version_num FROM alembic_version")));
                    while (q.next())
                        rows.append(q.value(0).toString());
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        rows.sort();
        QStringList printed;
        for (const QString &line : sortedLines(current.out))
            printed.append(line.section(QLatin1Char(' '), 0, 0));
        printed.sort();
        QCOMPARE(printed, rows);
        ++compared;

        if (!command.tablesAgree)
            continue;
        QBitArray implied(m_graph.size());
        for (const QString &row : std::as_const(rows)) {
            const int i = m_graph.indexOf(row);
            QVERIFY2(i >= 0, qPrintable(row));
            implied.setBit(i);
            implied |= m_graph.ancestors(i);
        }
        QStringList expected;
        for (int i = 0; i < m_graph.size(); ++i)
            if (implied.testBit(i))
                expected.append(QStringLiteral("t_%1").arg(i));
        expected.sort();
        QStringList present;
        for (const QString &t : std::as_const(tables))
            if (t.startsWith(QStringLiteral("t_")))
                present.append(t);
        QCOMPARE(present, expected);
    }
    QCOMPARE(compared, int(commands.size()));

    // The literal command line reads the same rows.
    const CliRun pythonCurrent =
        runProcess(pythonPath(),
                   {QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"), ini,
                    QStringLiteral("-x"), QStringLiteral("url=") + url, QStringLiteral("current")},
                   m_project);
    QVERIFY2(pythonCurrent.exitCode == 0, qPrintable(pythonCurrent.describe()));
    const CliRun current =
        runCli({QStringLiteral("-c"), ini, QStringLiteral("--url"), url, QStringLiteral("current")},
               m_project);
    QVERIFY2(current.exitCode == 0, qPrintable(current.describe()));
    QVERIFY(!sortedLines(current.out).isEmpty());
    QCOMPARE(sortedLines(current.out), sortedLines(pythonCurrent.out));

    // And Retort reads what Alembic migrated.
    int exitCode = -1;
    QString problem;
    const QString upgraded =
        alembic.run({QStringLiteral("-c"), ini, QStringLiteral("-x"), QStringLiteral("url=") + url,
                     QStringLiteral("upgrade"), QStringLiteral("heads")},
                    &exitCode, &problem);
    QVERIFY2(problem.isEmpty() && exitCode == 0, qPrintable(problem + upgraded));
    const QString alembicCurrent =
        alembic.run({QStringLiteral("-c"), ini, QStringLiteral("-x"), QStringLiteral("url=") + url,
                     QStringLiteral("current")},
                    &exitCode, &problem);
    const CliRun after =
        runCli({QStringLiteral("-c"), ini, QStringLiteral("--url"), url, QStringLiteral("current")},
               m_project);
    QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
    QCOMPARE(sortedLines(after.out), sortedLines(alembicCurrent));
    QVERIFY(!sortedLines(after.out).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunSqlite)
#include "tst_runsqlite.moc"
