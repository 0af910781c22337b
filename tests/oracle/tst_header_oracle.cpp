// Header oracle: how revision files bind their four header values, retort against Debian's
// Alembic 1.8.1 on hand-written projects (issue 13):
//
// - a project laid out like OpenStack Neutron's, whose branch labels come from the
//   project's own package (`from app.db.migration import cli`, `cli.EXPAND_BRANCH`), with
//   versions in <release>/{expand,contract} folders: heads, branches, history and show
//   must print what Alembic prints (compared as tst_oracle compares them);
// - two-revision projects whose second file binds a header value inside a block: where
//   Python's outcome is certain, `history -v` must be byte-identical to Alembic's; where it
//   is not, retort must refuse with the file and line (and never print a made-up value).
//
// Alembic runs in one Python process per project family (alembic_driver.py); its results are
// cached in the build directory.

#include "oracleharness.h"
#include "outputcompare.h"
#include "projectgraph.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace retort::oracle;
using namespace Qt::StringLiterals;

namespace {

struct Tree
{
    QString root;
    QList<std::pair<QString, QByteArray>> files; // relative path, content
    QJsonArray graph;                            // graph.json's revisions

    void add(const QString &path, const QByteArray &content) { files.append({path, content}); }

    /** Writes the files (again only when they changed) and returns a hash of all of them. */
    QString write(QString *error) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        QList<std::pair<QString, QByteArray>> all = files;
        all.append(
            {u"graph.json"_s, QJsonDocument(QJsonObject{{u"seed"_s, 0}, {u"revisions"_s, graph}})
                                  .toJson(QJsonDocument::Indented)});
        for (const auto &[path, content] : all) {
            hash.addData(path.toUtf8() + '\0' + content + '\0');
            const QString full = QDir(root).filePath(path);
            QFile existing(full);
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
                continue;
            existing.close();
            QDir().mkpath(QFileInfo(full).absolutePath());
            QFile out(full);
            if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
                *error = u"cannot write "_s + full;
                return {};
            }
        }
        return QString::fromLatin1(hash.result().toHex());
    }
};

QString hexId(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QByteArray quoted(const QString &id)
{
    return "'" + id.toUtf8() + "'";
}

/**
 * The Neutron-like project: app/db/migration/{__init__,cli}.py, alembic.ini beside them,
 * versions/kilo_initial.py and versions/<release>/{expand,contract}/<id>_<slug>.py. The
 * labels are declared in four ways Neutron's files use; contract revisions depend on the
 * expand revisions of their release.
 */
Tree neutronProject(const QString &root)
{
    Tree t;
    t.root = root;
    t.add(u"app/__init__.py"_s, "");
    t.add(u"app/db/__init__.py"_s, "");
    t.add(u"app/db/migration/__init__.py"_s,
          "\"\"\"Releases (as in neutron.db.migration).\"\"\"\nLIBERTY = 'liberty'\n"
          "MITAKA = 'mitaka'\nNEWTON = 'newton'\nNEUTRON_MILESTONES = [LIBERTY, MITAKA, NEWTON]\n");
    t.add(u"app/db/migration/cli.py"_s,
          "\"\"\"The branch names (as in neutron.db.migration.cli).\"\"\"\nimport os\n\n"
          "from app.db import migration\n\nHEAD_FILENAME = 'HEAD'\nEXPAND_BRANCH = 'expand'\n"
          "CONTRACT_BRANCH = 'contract'\nMIGRATION_BRANCHES = (EXPAND_BRANCH, CONTRACT_BRANCH)\n"
          "CURRENT_RELEASE = migration.NEWTON\n\n\ndef version_table():\n"
          "    return os.environ.get('ALEMBIC_VERSION_TABLE', 'alembic_version')\n");
    t.add(u"app/db/migration/alembic_migrations/__init__.py"_s, "");
    t.add(u"app/db/migration/alembic_migrations/versions/kilo_initial.py"_s,
          "\"\"\"kilo initial\n\nRevision ID: kilo\nRevises: None\n\"\"\"\n\nrevision = 'kilo'\n"
          "down_revision = None\n\n\ndef upgrade():\n    pass\n");
    t.graph.append(QJsonObject{{u"id"_s, u"kilo"_s},
                               {u"labels"_s, QJsonArray()},
                               {u"file"_s, u"app/db/migration/alembic_migrations/versions/"
                                           "kilo_initial.py"_s},
                               {u"down"_s, QJsonArray()},
                               {u"deps"_s, QJsonArray()}});
    const QList<std::pair<QString, int>> releases = {
        {u"liberty"_s, 4}, {u"mitaka"_s, 3}, {u"newton"_s, 5}};
    QString previous[2] = {u"kilo"_s, u"kilo"_s};
    QStringList versionFolders = {u"%(here)s/alembic_migrations/versions"_s};
    for (const auto &[release, count] : releases) {
        QStringList expandIds;
        for (int branch = 0; branch < 2; ++branch) {
            const QString name = branch == 0 ? u"expand"_s : u"contract"_s;
            const QString folder = u"alembic_migrations/versions/%1/%2"_s.arg(release, name);
            versionFolders.append(u"%(here)s/"_s + folder);
            for (int k = 0; k < count + branch; ++k) {
                const QString id = hexId(release + name + QString::number(k));
                const QString slug = u"%1_%2_step_%3"_s.arg(release, name).arg(k);
                const bool first = release == u"liberty" && k == 0;
                QByteArray imports = "from alembic import op\nimport sqlalchemy as sa\n\n";
                QByteArray labels = "None";
                if (first && branch == 0) {
                    imports += "from app.db.migration import cli\n";
                    labels = "(cli.EXPAND_BRANCH,)";
                } else if (first) {
                    imports += "from app.db.migration.cli import CONTRACT_BRANCH\n";
                    labels = "(CONTRACT_BRANCH,)";
                } else if (k == count - 1 && branch == 0 && release == u"mitaka") {
                    imports += "import app.db.migration.cli\n";
                }
                if (k == 0)
                    imports += "from app.db import migration\n";
                QByteArray deps = "None";
                QJsonArray depList;
                if (branch == 1 && k < expandIds.size()) {
                    deps = "(" + quoted(expandIds.at(k)) + ",)";
                    depList.append(expandIds.at(k));
                }
                QByteArray body =
                    "\"\"\"" + slug.toUtf8() + "\n\nRevision ID: " + id.toUtf8() +
                    "\nRevises: " + previous[branch].toUtf8() + "\nCreate Date: 2016-01-0" +
                    QByteArray::number(1 + k) + " 10:00:00.000000\n\n\"\"\"\n\n" + imports +
                    "\n# revision identifiers, used by Alembic.\nrevision = " + quoted(id) +
                    "\ndown_revision = " + quoted(previous[branch]) +
                    "\nbranch_labels = " + labels + "\ndepends_on = " + deps + "\n";
                if (k == 0)
                    body += "\n# milestone identifier, used by the project.\nneutron_milestone = "
                            "[migration." +
                            release.toUpper().toUtf8() + "]\n";
                if (imports.contains("import app.db.migration.cli\n"))
                    body += "\nrelease = app.db.migration.cli.CURRENT_RELEASE\n";
                body +=
                    "\n\ndef upgrade():\n    op.add_column('t', sa.Column('c', sa.Integer()))\n";
                const QString file =
                    u"app/db/migration/"_s + folder + u"/"_s + id + u"_"_s + slug + u".py"_s;
                t.add(file, body);
                QJsonArray labelList;
                if (first)
                    labelList.append(name);
                t.graph.append(QJsonObject{{u"id"_s, id},
                                           {u"labels"_s, labelList},
                                           {u"file"_s, file},
                                           {u"down"_s, QJsonArray{previous[branch]}},
                                           {u"deps"_s, depList}});
                previous[branch] = id;
                if (branch == 0)
                    expandIds.append(id);
            }
        }
    }
    t.add(u"app/db/migration/alembic.ini"_s,
          "[alembic]\nscript_location = %(here)s/alembic_migrations\nversion_locations = " +
              versionFolders.join(u' ').toUtf8() + "\n");
    return t;
}

/** One two-revision project per case; b.py's body after its docstring. */
struct BlockCase
{
    const char *name;
    QByteArray body;
    int refusedAt; // 0: decided, so both tools must print the same; else the line refused
};

const QList<BlockCase> &blockCases()
{
    static const QList<BlockCase> cases = {
        {"if-true", "if True:\n\trevision = 'bbb2'\ndown_revision = 'aaa1'\n", 0},
        {"if-false-legacy-name", "if False:\n\trevision = 'bbb2'\ndown_revision = 'aaa1'\n", 0},
        {"elif-constants",
         "if 0:\n    revision = 'x'\nelif '':\n    revision = 'y'\nelif 1e-400:\n"
         "    revision = 'z'\nelif not None:\n    revision = 'bbb2'\nelse:\n    revision = 'w'\n"
         "down_revision = 'aaa1'\n",
         0},
        {"names-and-labels",
         "DEBUG = False\nrevision = 'bbb2'\ndown_revision = 'aaa1'\nif DEBUG:\n"
         "    branch_labels = ('debug',)\nelse:\n    branch_labels = ('release',)\n"
         "if ('',):\n    depends_on = None\n",
         0},
        {"false-while-and-finally",
         "while False:\n    revision = 'x'\ntry:\n    import os\nfinally:\n    revision = 'bbb2'\n"
         "down_revision = 'aaa1'\n",
         0},
        {"del-in-constant-block",
         "revision = 'bbb2'\ndown_revision = 'aaa1'\ndepends_on = 'aaa1'\nif True:\n"
         "    del depends_on\n",
         0},
        {"doc-in-constant-block",
         "revision = 'bbb2'\ndown_revision = 'aaa1'\nif 1:\n    __doc__ = 'Replaced message'\n", 0},
        {"replaced-at-module-level",
         "try:\n    revision = 'x'\nexcept Exception:\n    pass\nrevision = 'bbb2'\n"
         "down_revision = 'aaa1'\n",
         0},
        {"if-run-time-value",
         "import os\nif os.name:\n    revision = 'bbb2'\ndown_revision = 'aaa1'\n", 7},
        {"try-body",
         "try:\n    revision = 'bbb2'\nexcept Exception:\n    pass\n"
         "down_revision = 'aaa1'\n",
         6},
        {"for-body", "revision = 'bbb2'\nfor _ in range(1):\n    down_revision = 'aaa1'\n", 7},
        {"with-body",
         "import contextlib\nrevision = 'bbb2'\nwith contextlib.suppress(Exception):\n"
         "    down_revision = 'aaa1'\n",
         8},
        {"walrus", "(revision := 'bbb2')\ndown_revision = 'aaa1'\n", 5},
        {"del-in-run-time-block",
         "import os\nrevision = 'bbb2'\ndown_revision = 'aaa1'\ndepends_on = 'aaa1'\n"
         "if os.name:\n    del depends_on\n",
         10},
    };
    return cases;
}

Tree blockProjects(const QString &root)
{
    Tree t;
    t.root = root;
    for (const BlockCase &c : blockCases()) {
        const QString dir = QString::fromLatin1(c.name) + u"/"_s;
        t.add(dir + u"alembic.ini"_s, "[alembic]\nscript_location = %(here)s\n");
        t.add(dir + u"versions/a.py"_s,
              "\"\"\"First\"\"\"\nrevision = 'aaa1'\ndown_revision = None\n");
        t.add(dir + u"versions/b.py"_s, "\"\"\"Second\n\nRevision ID: bbb2\n\"\"\"\n" + c.body);
    }
    return t;
}

struct Command
{
    QStringList args;
    OutputKind kind;
};

const QList<Command> &neutronCommands()
{
    static const QList<Command> commands = {
        {{u"heads"_s}, OutputKind::Lines},
        {{u"heads"_s, u"--resolve-dependencies"_s}, OutputKind::Lines},
        {{u"heads"_s, u"-v"_s}, OutputKind::Entries},
        {{u"branches"_s}, OutputKind::Branches},
        {{u"branches"_s, u"-v"_s}, OutputKind::Branches},
        {{u"history"_s}, OutputKind::History},
        {{u"history"_s, u"-v"_s}, OutputKind::HistoryVerbose},
        {{u"history"_s, u"-r"_s, u"kilo:expand@head"_s}, OutputKind::History},
        {{u"history"_s, u"-r"_s, u"contract@base:contract@head"_s}, OutputKind::History},
        {{u"show"_s, u"expand@head"_s}, OutputKind::Entries},
        {{u"show"_s, u"contract@head"_s}, OutputKind::Entries},
    };
    return commands;
}

} // namespace

class TestHeaderOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void neutronLayoutMatchesAlembic();
    void blockAssignments_data();
    void blockAssignments();

private:
    QString m_retort;
    QString m_neutronIni;
    QString m_blocksRoot;
    ProjectGraph m_neutronGraph;
    AlembicBatch m_neutron;
    AlembicBatch m_blocks;
    QList<RunResult> m_neutronRetort;
    QList<RunResult> m_blocksRetort;
};

void TestHeaderOracle::initTestCase()
{
    const QString python = qEnvironmentVariable("RETORT_PYTHON", u"/usr/bin/python3"_s);
    m_retort = qEnvironmentVariable("RETORT_CLI");
    QVERIFY2(!m_retort.isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    const QString workDir = QStringLiteral(RETORT_ORACLE_WORK_DIR);
    const QString driver = QStringLiteral(RETORT_SOURCE_DIR "/tests/oracle/alembic_driver.py");

    QString error;
    const QString neutronRoot = QDir(workDir).filePath(u"header-neutron"_s);
    const Tree neutron = neutronProject(neutronRoot);
    const QString neutronHash = neutron.write(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_neutronGraph = ProjectGraph::load(neutronRoot, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_blocksRoot = QDir(workDir).filePath(u"header-blocks"_s);
    const QString blocksHash = blockProjects(m_blocksRoot).write(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Neutron's package is installed where Alembic imports it (PYTHONPATH here); the ini
    // names no prepend_sys_path: retort finds it above script_location.
    m_neutronIni = QDir(neutronRoot).filePath(u"app/db/migration/alembic.ini"_s);
    m_neutron.python = m_blocks.python = python;
    m_neutron.driver = m_blocks.driver = driver;
    m_neutron.workDir = neutronRoot;
    m_neutron.environment = {u"PYTHONPATH="_s + neutronRoot};
    m_neutron.cacheKey = neutronHash;
    m_blocks.workDir = m_blocksRoot;
    m_blocks.cacheKey = blocksHash;
    QList<ProgramRun> neutronRuns;
    for (const Command &c : neutronCommands()) {
        m_neutron.commands.append(QStringList{u"-c"_s, m_neutronIni} + c.args);
        neutronRuns.append({m_retort, QStringList{u"-c"_s, m_neutronIni} + c.args, neutronRoot});
    }
    QList<ProgramRun> blockRuns;
    for (const BlockCase &c : blockCases()) {
        const QString ini =
            QDir(m_blocksRoot).filePath(QString::fromLatin1(c.name) + u"/alembic.ini"_s);
        const QStringList args{u"-c"_s, ini, u"history"_s, u"-v"_s};
        m_blocks.commands.append(args);
        blockRuns.append({m_retort, args, m_blocksRoot});
    }
    runAlembicBatches({&m_neutron, &m_blocks}, 2,
                      QDir(workDir).filePath(u"alembic-cache-header"_s));
    QVERIFY2(m_neutron.error.isEmpty(), qPrintable(m_neutron.error));
    QVERIFY2(m_blocks.error.isEmpty(), qPrintable(m_blocks.error));
    m_neutronRetort = runPrograms(neutronRuns, 2);
    m_blocksRetort = runPrograms(blockRuns, 2);
}

void TestHeaderOracle::neutronLayoutMatchesAlembic()
{
    QCOMPARE(m_neutron.results.size(), neutronCommands().size());
    QStringList reports;
    for (qsizetype i = 0; i < neutronCommands().size(); ++i) {
        const Command &c = neutronCommands().at(i);
        const RunResult &alembic = m_neutron.results.at(i);
        QVERIFY2(alembic.exitCode == 0, qPrintable(u"alembic %1 failed: %2%3"_s.arg(
                                            c.args.join(u' '), QString::fromUtf8(alembic.out),
                                            QString::fromUtf8(alembic.err))));
        const QString report =
            compareOutputs(c.kind, alembic, m_neutronRetort.at(i), m_neutronGraph, true);
        if (!report.isEmpty())
            reports.append(u"--- retort %1\n%2"_s.arg(c.args.join(u' '), report));
    }
    QVERIFY2(reports.isEmpty(), qPrintable(reports.join(u'\n')));
    // Not vacuous: the labels that come from cli.py are there.
    QVERIFY(m_neutronRetort.at(0).out.contains(" (expand) (effective head)"));
    QVERIFY(m_neutronRetort.at(0).out.contains(" (contract) (head)"));
}

void TestHeaderOracle::blockAssignments_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < blockCases().size(); ++i)
        QTest::newRow(blockCases().at(i).name) << int(i);
}

void TestHeaderOracle::blockAssignments()
{
    QFETCH(int, index);
    const BlockCase &c = blockCases().at(index);
    const RunResult &alembic = m_blocks.results.at(index);
    const RunResult &retort = m_blocksRetort.at(index);
    QVERIFY2(retort.problem.isEmpty(), qPrintable(retort.problem));
    // Alembic loads every one of these files (its module runs); so the cases are honest.
    QVERIFY2(alembic.exitCode == 0, qPrintable(QString::fromUtf8(alembic.out + alembic.err)));
    if (c.refusedAt == 0) {
        QVERIFY2(retort.exitCode == 0, qPrintable(QString::fromUtf8(retort.out + retort.err)));
        QVERIFY2(retort.out == alembic.out, qPrintable(firstDifference(alembic.out, retort.out)));
        return;
    }
    // Alembic's value depends on what the file does when it runs: retort says where.
    const QByteArray where =
        QDir(m_blocksRoot).filePath(QString::fromLatin1(c.name) + u"/versions/b.py:"_s).toUtf8() +
        QByteArray::number(c.refusedAt) + ": ";
    const QByteArray said = retort.out + retort.err;
    QCOMPARE(retort.exitCode, 255);
    QVERIFY2(said.contains(where), qPrintable(QString::fromUtf8(said)));
    QVERIFY2(!said.contains("b (head)") && !said.contains("-> b,"), said.constData());
    qInfo("%s: Alembic printed \"%s\"", c.name, alembic.out.split('\n').value(0).constData());
}

QTEST_GUILESS_MAIN(TestHeaderOracle)
#include "tst_header_oracle.moc"
