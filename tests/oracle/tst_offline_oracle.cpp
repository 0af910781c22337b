// Offline oracle: `retort upgrade/downgrade/stamp <range> --sql` against Alembic's offline
// mode on generated projects whose revisions run literal SQL (op.execute), for hundreds of
// random ranges, PostgreSQL and SQLite, one transaction or one per migration.
#include "offlinecompare.h"
#include "oracleharness.h"
#include "projectgraph.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace retort::oracle;

namespace {

struct RangeCase
{
    QStringList alembicArgs; ///< after "-c <ini>"
    QStringList retortArgs;  ///< after "-c <ini>"
    QSet<QString> startRows;
    QString label;
};

struct OfflineProject
{
    ProjectSpec spec;
    QString dir;
    QString ini;
    QString error;
    ProjectGraph graph;
    QList<RangeCase> cases;
    AlembicBatch batch;
    QList<RunResult> retort;
};

constexpr int kProjects = 12;
constexpr int kCasesPerProject = 20;

/** Random ranges over a graph: upgrades from base or from a revision to a descendant, to
 *  heads, to a label's head, relative; downgrades to an ancestor, to base, one step;
 *  stamps. Some fail in both tools (that is compared too). */
QList<RangeCase> chooseCases(const ProjectGraph &g, int seed)
{
    QRandomGenerator rnd(quint32(seed) * 7919u + 17u);
    const auto any = [&]() { return int(rnd.bounded(g.size())); };
    const auto ancestorOf = [&](int r) {
        QList<int> list;
        for (int i = 0; i < g.size(); ++i)
            if (g.isAncestor(i, r))
                list.append(i);
        return list.isEmpty() ? -1 : list.at(int(rnd.bounded(int(list.size()))));
    };
    const QStringList labels = g.labels();
    QList<RangeCase> out;
    for (int k = 0; k < kCasesPerProject; ++k) {
        RangeCase c;
        QString command = QStringLiteral("upgrade");
        QString range;
        const int kind = int(rnd.bounded(11));
        const int r = any();
        switch (kind) {
        case 0:
            range = QStringLiteral("base:") + g.id(r);
            break;
        case 1:
        case 2: {
            const int a = ancestorOf(r);
            range = (a < 0 ? QStringLiteral("base") : g.id(a)) + QLatin1Char(':') + g.id(r);
            if (a >= 0)
                c.startRows = {g.id(a)};
            break;
        }
        case 3:
            range = g.id(r) + QStringLiteral(":heads");
            c.startRows = {g.id(r)};
            break;
        case 4:
            range = labels.isEmpty() ? QStringLiteral("base:heads")
                                     : QStringLiteral("base:%1@head")
                                           .arg(labels.at(int(rnd.bounded(int(labels.size())))));
            break;
        case 5:
            range = g.id(r) + QStringLiteral(":+") + QString::number(1 + rnd.bounded(3));
            c.startRows = {g.id(r)};
            break;
        case 6: {
            command = QStringLiteral("downgrade");
            const int a = ancestorOf(r);
            range = g.id(r) + QLatin1Char(':') + (a < 0 ? QStringLiteral("base") : g.id(a));
            c.startRows = {g.id(r)};
            break;
        }
        case 7:
            command = QStringLiteral("downgrade");
            range = g.id(r) + QStringLiteral(":base");
            c.startRows = {g.id(r)};
            break;
        case 8:
            command = QStringLiteral("downgrade");
            range = g.id(r) + QStringLiteral(":-1");
            c.startRows = {g.id(r)};
            break;
        case 9: {
            command = QStringLiteral("stamp");
            const int a = ancestorOf(r);
            if (a >= 0 && rnd.bounded(2)) {
                range = g.id(a) + QLatin1Char(':') + g.id(r);
                c.startRows = {g.id(a)};
            } else {
                range = g.id(r);
            }
            break;
        }
        default:
            range = QStringLiteral("base:heads");
            break;
        }
        const bool sqlite = rnd.bounded(5) == 0;
        const bool perMigration = rnd.bounded(4) == 0;
        const QString url = sqlite ? QStringLiteral("sqlite:///offline.db")
                                   : QStringLiteral("postgresql://scott:tiger@dbhost/shop");
        c.alembicArgs = {QStringLiteral("-x"), QStringLiteral("url=") + url};
        c.retortArgs = {QStringLiteral("--url"), url};
        if (perMigration)
            c.alembicArgs += {QStringLiteral("-x"), QStringLiteral("per_migration=1")};
        c.alembicArgs += {command, range, QStringLiteral("--sql")};
        c.retortArgs += {command, range, QStringLiteral("--sql")};
        if (perMigration)
            c.retortArgs.append(QStringLiteral("--transaction-per-migration"));
        c.label = QStringLiteral("%1 %2 --sql (%3%4)")
                      .arg(command, range, sqlite ? QStringLiteral("sqlite") : QStringLiteral("pg"),
                           perMigration ? QStringLiteral(", per migration") : QString());
        out.append(c);
    }
    return out;
}

} // namespace

class TestOfflineOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineMatchesAlembic_data();
    void offlineMatchesAlembic();
    void comparisonRejectsBrokenScripts();
    void cleanupTestCase();

private:
    QString m_python;
    QString m_retort;
    QList<std::shared_ptr<OfflineProject>> m_projects;
    int m_compared = 0;
    int m_bothFailed = 0;
    int m_alembicCrashes = 0;
};

void TestOfflineOracle::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_python = qEnvironmentVariable("RETORT_PYTHON", QStringLiteral("/usr/bin/python3"));
    m_retort = qEnvironmentVariable("RETORT_CLI");
    QVERIFY2(!m_retort.isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    const QString generator = QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py");
    const QString driver = QStringLiteral(RETORT_SOURCE_DIR "/tests/oracle/alembic_driver.py");
    const QString workDir = QStringLiteral(RETORT_ORACLE_WORK_DIR);
    const QString genHash = fileHash(generator);

    QList<AlembicBatch *> batches;
    for (int i = 0; i < kProjects; ++i) {
        if (oracleQuick() && i % 3 != 0)
            continue;
        auto p = std::make_shared<OfflineProject>();
        p->spec.seed = 501 + i;
        p->spec.revisions = 50 + (i * 250) / (kProjects - 1); // 50 .. 300
        p->spec.style = QStringLiteral("mixed");
        p->spec.extraArgs = {QStringLiteral("--body"), QStringLiteral("execute")};
        p->dir = QDir(workDir).filePath(QStringLiteral("offline-%1").arg(p->spec.seed));
        p->ini = QDir(p->dir).filePath(QStringLiteral("alembic.ini"));
        m_projects.append(p);
        p->error = generateProject(m_python, generator, p->spec, p->dir);
        if (!p->error.isEmpty())
            continue;
        p->graph = ProjectGraph::load(p->dir, &p->error);
        if (!p->error.isEmpty())
            continue;
        p->cases = chooseCases(p->graph, p->spec.seed);
        p->batch.python = m_python;
        p->batch.driver = driver;
        p->batch.workDir = p->dir;
        p->batch.hashSeed = p->spec.seed;
        p->batch.cacheKey = genHash + p->spec.generatorArgs(p->dir).join(QLatin1Char(' '));
        QList<ProgramRun> runs;
        for (const RangeCase &c : std::as_const(p->cases)) {
            p->batch.commands.append(QStringList{QStringLiteral("-c"), p->ini} + c.alembicArgs);
            runs.append(
                {m_retort, QStringList{QStringLiteral("-c"), p->ini} + c.retortArgs, p->dir});
        }
        batches.append(&p->batch);
        p->retort = runPrograms(runs, 2);
    }
    // A cache folder of its own: runAlembicBatches forgets results it was not asked for.
    runAlembicBatches(batches, 2, QDir(workDir).filePath(QStringLiteral("alembic-cache-offline")));
    for (const auto &p : std::as_const(m_projects))
        if (p->error.isEmpty() && !p->batch.error.isEmpty())
            p->error = QStringLiteral("alembic: ") + p->batch.error;
    qInfo("offline oracle: %d projects ready in %.1f s", int(m_projects.size()),
          double(timer.elapsed()) / 1000.0);
}

void TestOfflineOracle::offlineMatchesAlembic_data()
{
    QTest::addColumn<int>("project");
    for (int i = 0; i < m_projects.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("seed %1, %2 revisions")
                                     .arg(m_projects.at(i)->spec.seed)
                                     .arg(m_projects.at(i)->spec.revisions)))
            << i;
}

void TestOfflineOracle::offlineMatchesAlembic()
{
    QFETCH(int, project);
    const OfflineProject &p = *m_projects.at(project);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.batch.results.size(), p.cases.size());
    QCOMPARE(p.retort.size(), p.cases.size());
    QStringList failures;
    for (qsizetype i = 0; i < p.cases.size(); ++i) {
        const RangeCase &c = p.cases.at(i);
        const RunResult &alembic = p.batch.results.at(i);
        const RunResult &retort = p.retort.at(i);
        const QString report = compareOfflineScripts(alembic, retort, c.startRows, p.graph, true);
        if (!report.isEmpty())
            failures.append(c.label + QStringLiteral(": ") + report);
        if (alembicCrashedOn(alembic))
            ++m_alembicCrashes;
        else
            ++m_compared;
        if (alembic.exitCode != 0 && retort.exitCode != 0)
            ++m_bothFailed;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n\n"))));
}

void TestOfflineOracle::comparisonRejectsBrokenScripts()
{
    // The comparison must catch what it is there for: take a real Alembic script with
    // several steps and break it in each way; every broken copy must be rejected.
    const OfflineProject *source = nullptr;
    qsizetype index = -1;
    for (const auto &p : std::as_const(m_projects)) {
        for (qsizetype i = 0; i < p->cases.size() && !source; ++i)
            if (p->batch.results.value(i).exitCode == 0 &&
                p->batch.results.at(i).out.count("-- Running upgrade") >= 3 &&
                p->batch.results.at(i).out.contains("COMMIT;") &&
                p->cases.at(i).startRows.isEmpty()) {
                source = p.get();
                index = i;
            }
    }
    QVERIFY2(source, "no Alembic script with three upgrade steps among the cases");
    const RunResult &good = source->batch.results.at(index);
    QCOMPARE(compareOfflineScripts(good, good, {}, source->graph), QString());

    const QString text = QString::fromUtf8(good.out);
    const QStringList parts = text.split(QStringLiteral("\n\n"));
    QList<std::pair<QString, QString>> broken;
    {
        // drop a version-row statement
        QStringList p = parts;
        for (qsizetype i = p.size() - 1; i >= 0; --i)
            if (p[i].startsWith(QStringLiteral("UPDATE alembic_version")) ||
                p[i].startsWith(QStringLiteral("INSERT INTO alembic_version"))) {
                p.removeAt(i);
                break;
            }
        broken.append(
            {QStringLiteral("a version statement dropped"), p.join(QStringLiteral("\n\n"))});
    }
    {
        // change a statement of a step
        QString t = text;
        const QString from = QStringLiteral("IF NOT EXISTS t_");
        t.replace(t.indexOf(from), from.size(), QStringLiteral("IF NOT EXISTS u_"));
        broken.append({QStringLiteral("a statement changed"), t});
    }
    {
        // swap the first two steps (the second depends on the first, or the rows break)
        const qsizetype a = text.indexOf(QStringLiteral("-- Running upgrade"));
        const qsizetype b = text.indexOf(QStringLiteral("-- Running upgrade"), a + 1);
        const qsizetype e = text.indexOf(QStringLiteral("-- Running upgrade"), b + 1);
        QString t = text.left(a) + text.mid(b, e - b) + text.mid(a, b - a) + text.mid(e);
        broken.append({QStringLiteral("two steps swapped"), t});
    }
    {
        QString t = text;
        t.remove(QStringLiteral("COMMIT;\n\n"));
        broken.append({QStringLiteral("COMMIT dropped"), t});
    }
    {
        QString t = text;
        t.replace(t.lastIndexOf(QStringLiteral("-- Running upgrade")), 18,
                  QStringLiteral("-- Running downgrade"));
        broken.append({QStringLiteral("a step header changed"), t});
    }
    for (const auto &[what, script] : std::as_const(broken)) {
        RunResult bad = good;
        bad.out = script.toUtf8();
        QVERIFY2(bad.out != good.out, qPrintable(what + QStringLiteral(": nothing changed")));
        QVERIFY2(!compareOfflineScripts(good, bad, {}, source->graph).isEmpty(),
                 qPrintable(QStringLiteral("not rejected: ") + what));
    }
    RunResult failed = good;
    failed.exitCode = 255;
    QVERIFY(!compareOfflineScripts(good, failed, {}, source->graph).isEmpty());
}

void TestOfflineOracle::cleanupTestCase()
{
    qInfo("offline oracle: %d ranges compared with Alembic (%d fail in both tools, compared as "
          "failures); %d where Alembic crashes, counted apart (Retort's script checked on its "
          "own: it applies cleanly, in graph order, ending in the heads of what it applied)",
          m_compared, m_bothFailed, m_alembicCrashes);
}

QTEST_GUILESS_MAIN(TestOfflineOracle)
#include "tst_offline_oracle.moc"
