// Which files of a version folder are revisions, in which order they load, and how
// malformed ones are reported (Alembic's ScriptDirectory._load_revisions).
#include "commands/project.h"
#include "script/pyimportpath.h"
#include "script/scriptdirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

QByteArray py(const QByteArray &rev, const QByteArray &down)
{
    return "\"\"\"msg " + rev + "\"\"\"\nrevision = '" + rev + "'\ndown_revision = " + down +
           "\nbranch_labels = None\ndepends_on = None\n";
}

QByteArray sql(const QByteArray &rev, const QByteArray &down)
{
    return "-- Revision ID: " + rev + "\n-- Revises: " + down +
           "\n-- Create Date: 2026-11-24 10:00:00.000000\n-- Message: sql " + rev +
           "\n\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\nSELECT 2;\n";
}

/** Writes `files` (relative path -> content) under `root`. */
void writeTree(const QString &root, const QList<std::pair<QString, QByteArray>> &files)
{
    for (const auto &[path, content] : files)
        writeFile(QDir(root).filePath(path), content);
}

// A project laid out like OpenStack Neutron's: the package app/db/migration holds cli.py
// with the branch names, the versions are in <release>/{expand,contract} folders.
const QList<std::pair<QString, QByteArray>> neutronLayout = {
    {u"app/__init__.py"_s, ""},
    {u"app/db/__init__.py"_s, ""},
    {u"app/db/migration/__init__.py"_s, "from app.db.migration.consts import *  # noqa\n"},
    {u"app/db/migration/consts.py"_s,
     "__all__ = ['LIBERTY', 'CONTRACT']\nLIBERTY = 'liberty'\nCONTRACT = 'contract'\n"
     "_PRIVATE = 'x'\n"},
    {u"app/db/migration/cli.py"_s,
     "import os\n\nfrom . import consts\n\nHEAD_FILENAME = 'HEAD'\nEXPAND_BRANCH = 'expand'\n"
     "CONTRACT_BRANCH = consts.CONTRACT\nMIGRATION_BRANCHES = (EXPAND_BRANCH, CONTRACT_BRANCH)\n"
     "NO_DEPENDENCIES = ()\n"
     "if False:\n    EXPAND_BRANCH = 'never'\n\n\ndef main():\n    EXPAND_BRANCH = 'local'\n"
     "    return os.getcwd()\n"},
    {u"app/db/migration/alembic_migrations/__init__.py"_s, ""},
    {u"app/db/migration/alembic_migrations/versions/initial.py"_s,
     "revision = 'initial'\ndown_revision = None\n"},
    {u"app/db/migration/alembic_migrations/versions/liberty/expand/e1_start.py"_s,
     "\"\"\"start expand\"\"\"\nfrom app.db.migration import cli\n\nrevision = 'e1'\n"
     "down_revision = 'initial'\nbranch_labels = (cli.EXPAND_BRANCH,)\n"},
    {u"app/db/migration/alembic_migrations/versions/liberty/expand/e2_more.py"_s,
     "import app.db.migration.cli\nrevision = 'e2'\ndown_revision = 'e1'\n"
     "depends_on = app.db.migration.cli.NO_DEPENDENCIES\n"},
    {u"app/db/migration/alembic_migrations/versions/liberty/contract/c1_start.py"_s,
     "from app.db.migration.cli import CONTRACT_BRANCH\nrevision = 'c1'\n"
     "down_revision = 'initial'\nbranch_labels = (CONTRACT_BRANCH,)\n"},
    {u"app/db/migration/alembic_migrations/versions/liberty/contract/c2_more.py"_s,
     "import app.db.migration.cli as cli\nfrom app.db.migration import LIBERTY\n"
     "revision = 'c2'\ndown_revision = 'c1'\ndepends_on = ('e1',)\n"
     "branch_labels = [LIBERTY]\n"},
};

QStringList loadedIds(const RevisionMap &map)
{
    QStringList ids;
    for (const Revision &r : map.revisions())
        ids.append(r.id);
    return ids;
}

} // namespace

class TestScriptDirectory : public QObject
{
    Q_OBJECT

private slots:
    void fileNameFilter_data();
    void fileNameFilter();
    void scansLikeAlembic();
    void versionLocations();
    void recursiveLocations();
    void legacyFileNames();
    void missingVersionsFolder();
    void blockAssignments_data();
    void blockAssignments();
    void projectImports();
    void projectImportErrors_data();
    void projectImportErrors();
    void importPathRoots();
};

void TestScriptDirectory::fileNameFilter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("counts");
    QTest::newRow("revision") << QStringLiteral("ae1027a6acf_add_table.py") << true;
    QTest::newRow("date prefix") << QStringLiteral("2026_01_02_1200-add.py") << true;
    QTest::newRow("native sql") << QStringLiteral("0001_add.sql") << true;
    QTest::newRow("__init__") << QStringLiteral("__init__.py") << false;
    QTest::newRow("__init__ prefix") << QStringLiteral("__init__x.py") << false;
    QTest::newRow("emacs lock") << QStringLiteral(".#ae10_add.py") << false;
    QTest::newRow("README") << QStringLiteral("README") << false;
    QTest::newRow("gitkeep") << QStringLiteral(".gitkeep") << false;
    QTest::newRow("HEAD file") << QStringLiteral("main_HEAD") << false;
    QTest::newRow("compiled") << QStringLiteral("ae10_add.pyc") << false;
    QTest::newRow("backup") << QStringLiteral("ae10_add.py~") << false;
    QTest::newRow("markdown") << QStringLiteral("notes.md") << false;
}

void TestScriptDirectory::fileNameFilter()
{
    QFETCH(QString, name);
    QFETCH(bool, counts);
    QCOMPARE(ScriptDirectory::isRevisionFileName(name), counts);
}

void TestScriptDirectory::scansLikeAlembic()
{
    QTemporaryDir tmp;
    const QString v = tmp.filePath(QStringLiteral("versions/"));
    writeFile(v + QStringLiteral("__init__.py"), "# package marker\n");
    writeFile(v + QStringLiteral("README"), "not a revision\n");
    writeFile(v + QStringLiteral(".gitkeep"), "");
    writeFile(v + QStringLiteral("main_HEAD"), "bbbb2222\n");
    writeFile(v + QStringLiteral("b_second.py"), py("bbbb2222", "'aaaa1111'"));
    writeFile(v + QStringLiteral("a_first.py"), py("aaaa1111", "None"));
    writeFile(v + QStringLiteral("c_third.sql"), sql("cccc3333", "bbbb2222"));
    writeFile(v + QStringLiteral("sub/d_nested.py"), py("dddd4444", "'cccc3333'"));
    writeFile(tmp.filePath(QStringLiteral("alembic.ini")), "[alembic]\nscript_location = .\n");

    auto project = Project::open(tmp.filePath(QStringLiteral("alembic.ini")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    // Name order; the nested folder is not scanned without recursive_version_locations.
    QCOMPARE(loadedIds(project->map),
             (QStringList{QStringLiteral("aaaa1111"), QStringLiteral("bbbb2222"),
                          QStringLiteral("cccc3333")}));
    QCOMPARE(project->map.at(0).path, v + QStringLiteral("a_first.py"));
    QCOMPARE(project->map.heads().size(), 1);
    QCOMPARE(project->map.at(project->map.heads().first()).id, QStringLiteral("cccc3333"));
    QCOMPARE(project->map.at(project->map.heads().first()).doc(), QStringLiteral("sql cccc3333"));
}

void TestScriptDirectory::versionLocations()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("one/a.py")), py("aaaa1111", "None"));
    writeFile(tmp.filePath(QStringLiteral("two/b.py")), py("bbbb2222", "'aaaa1111'"));
    writeFile(tmp.filePath(QStringLiteral("alembic.ini")),
              "[alembic]\nscript_location = %(here)s\nversion_path_separator = os\n"
              "version_locations = %(here)s/two:%(here)s/one:%(here)s/missing:%(here)s/one\n");
    auto project = Project::open(tmp.filePath(QStringLiteral("alembic.ini")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    // Configured order; a missing location is skipped; the same folder twice is a warning.
    QCOMPARE(loadedIds(project->map),
             (QStringList{QStringLiteral("bbbb2222"), QStringLiteral("aaaa1111")}));
    QCOMPARE(project->scripts.warnings().size(), 1);
    QVERIFY(project->scripts.warnings().first().contains(QStringLiteral("loaded twice")));
}

void TestScriptDirectory::recursiveLocations()
{
    QTemporaryDir tmp;
    QByteArray down = "None";
    // Dozens of sub-folders, as large projects organise them.
    for (int i = 0; i < 40; ++i) {
        const QByteArray id = QByteArray("rev") + QByteArray::number(1000 + i);
        writeFile(tmp.filePath(QStringLiteral("versions/%1/%2.py").arg(i % 13).arg(i)),
                  py(id, down));
        down = "'" + id + "'";
    }
    writeFile(tmp.filePath(QStringLiteral("versions/__pycache__/x.cpython-311.pyc")), "\0\1");
    writeFile(tmp.filePath(QStringLiteral("alembic.ini")),
              "[alembic]\nscript_location = %(here)s\nrecursive_version_locations = true\n");
    auto project = Project::open(tmp.filePath(QStringLiteral("alembic.ini")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    QCOMPARE(project->map.size(), 40);
    QCOMPARE(project->map.at(project->map.heads().first()).id, QStringLiteral("rev1039"));
}

void TestScriptDirectory::legacyFileNames()
{
    QTemporaryDir tmp;
    // Alembic 0.1 files carry no `revision` variable: the id comes from a hex file name.
    writeFile(tmp.filePath(QStringLiteral("versions/ae1027a6acf.py")), "down_revision = None\n");
    writeFile(tmp.filePath(QStringLiteral("alembic.ini")), "[alembic]\nscript_location = .\n");
    auto project = Project::open(tmp.filePath(QStringLiteral("alembic.ini")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    QCOMPARE(project->map.at(0).id, QStringLiteral("ae1027a6acf"));
}

void TestScriptDirectory::missingVersionsFolder()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("alembic.ini")), "[alembic]\nscript_location = .\n");
    auto project = Project::open(tmp.filePath(QStringLiteral("alembic.ini")));
    QVERIFY(!project);
    QCOMPARE(project.error().message,
             QStringLiteral("The versions folder %1 does not exist; create it or set "
                            "version_locations")
                 .arg(tmp.filePath(QStringLiteral("versions"))));
}

void TestScriptDirectory::blockAssignments_data()
{
    QTest::addColumn<QByteArray>("body");  // of b.py, after its docstring
    QTest::addColumn<QString>("revision"); // the id loaded, empty when it is an error
    QTest::addColumn<QString>("message");  // the error's message (start)
    QTest::addColumn<int>("line");
    // Issue 13: the id used to come from the file name "b.py" (Alembic's legacy rule for
    // files that bind no `revision`). Alembic 1.8.1 loads these as "bbb2" and "b".
    QTest::newRow("if True") << QByteArray("if True:\n\trevision = 'bbb2'\ndown_revision = "
                                           "'aaa1'\n")
                             << u"bbb2"_s << QString() << 0;
    QTest::newRow("if False: the legacy name, as in Alembic")
        << QByteArray("if False:\n\trevision = 'bbb2'\ndown_revision = 'aaa1'\n") << u"b"_s
        << QString() << 0;
    QTest::newRow("if on a run-time value")
        << QByteArray("import os\nif os.environ:\n\trevision = 'bbb2'\ndown_revision = 'aaa1'\n")
        << QString() << u"revision is assigned inside the 'if' block at line 6, "_s << 7;
    QTest::newRow("down_revision in try")
        << QByteArray("revision = 'bbb2'\ntry:\n    down_revision = 'aaa1'\nexcept Exception:\n"
                      "    down_revision = None\n")
        << QString() << u"down_revision is assigned inside the 'except' block at line 8, "_s << 9;
    QTest::newRow("branch_labels in for")
        << QByteArray("revision = 'bbb2'\ndown_revision = 'aaa1'\nfor x in 'a':\n"
                      "    branch_labels = x\n")
        << QString() << u"branch_labels is assigned inside the 'for' block at line 7, "_s << 8;
}

void TestScriptDirectory::blockAssignments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, revision);
    QFETCH(QString, message);
    QFETCH(int, line);
    QTemporaryDir tmp;
    writeFile(tmp.filePath(u"versions/a.py"_s), "revision = 'aaa1'\ndown_revision = None\n");
    writeFile(tmp.filePath(u"versions/b.py"_s),
              "\"\"\"Second\n\nRevision ID: bbb2\n\"\"\"\n" + body);
    writeFile(tmp.filePath(u"alembic.ini"_s), "[alembic]\nscript_location = .\n");
    auto project = Project::open(tmp.filePath(u"alembic.ini"_s));
    if (revision.isEmpty()) {
        QVERIFY(!project);
        QCOMPARE(project.error().file, tmp.filePath(u"versions/b.py"_s));
        QCOMPARE(project.error().line, line);
        QVERIFY2(project.error().message.startsWith(message), qPrintable(project.error().message));
        return;
    }
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    QCOMPARE(loadedIds(project->map), (QStringList{u"aaa1"_s, revision}));
    QCOMPARE(project->map.at(project->map.heads().first()).id, revision);
}

void TestScriptDirectory::projectImports()
{
    QTemporaryDir tmp;
    writeTree(tmp.path(), neutronLayout);
    // Many revisions importing the same module, loaded on every core: cli.py is read once.
    QByteArray down = "'e2'";
    for (int i = 0; i < 300; ++i) {
        const QByteArray id = "e" + QByteArray::number(100 + i);
        writeFile(tmp.filePath(u"app/db/migration/alembic_migrations/versions/mitaka/expand/"
                               "%1.py"_s.arg(i)),
                  "from app.db.migration import cli\nrevision = '" + id +
                      "'\ndown_revision = " + down + "\ndepends_on = cli.NO_DEPENDENCIES\n");
        down = "'" + id + "'";
    }
    const QString versions = u"%(here)s/app/db/migration/alembic_migrations/versions"_s;
    writeFile(tmp.filePath(u"alembic.ini"_s),
              "[alembic]\nscript_location = %(here)s/app/db/migration/alembic_migrations\n"
              "version_locations = " +
                  QStringList{versions, versions + u"/liberty/expand"_s,
                              versions + u"/liberty/contract"_s, versions + u"/mitaka/expand"_s}
                      .join(u' ')
                      .toUtf8() +
                  "\n");
    auto project = Project::open(tmp.filePath(u"alembic.ini"_s));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    QCOMPARE(project->map.size(), 305);
    const auto byId = [&](const QString &id) -> const Revision & {
        for (const Revision &r : project->map.revisions()) {
            if (r.id == id)
                return r;
        }
        return project->map.at(0);
    };
    QCOMPARE(byId(u"e1"_s).declaredLabels, QStringList{u"expand"_s});
    QCOMPARE(byId(u"c1"_s).declaredLabels, QStringList{u"contract"_s});
    QCOMPARE(byId(u"c2"_s).dependencies, QStringList{u"e1"_s});
    QCOMPARE(byId(u"c2"_s).declaredLabels, QStringList{u"liberty"_s});
    QCOMPARE(byId(u"e2"_s).dependencies, QStringList());
    QStringList heads;
    for (int h : project->map.heads())
        heads.append(project->map.at(h).id);
    heads.sort();
    QCOMPARE(heads, (QStringList{u"c2"_s, u"e399"_s}));
}

void TestScriptDirectory::projectImportErrors_data()
{
    QTest::addColumn<QByteArray>("revision"); // versions/x.py
    QTest::addColumn<QByteArray>("cli");      // app/cli.py (none when null)
    QTest::addColumn<QByteArray>("other");    // app/other.py (none when null)
    QTest::addColumn<QString>("message");     // $TMP for the project's folder
    QTest::addColumn<int>("line");
    const QByteArray labels = "from app import cli\nrevision = 'x1'\ndown_revision = None\n"
                              "branch_labels = (cli.CONTRACT_BRANCH,)\n";
    const QString from = u"branch_labels is assigned from 'cli.CONTRACT_BRANCH', but "_s;
    const QString why =
        u"; Retort reads revision files and the project's modules as text, without running them"_s;
    QTest::newRow("module not on the path")
        << QByteArray("from neutron.db.migration import cli\nrevision = 'x1'\n"
                      "down_revision = None\nbranch_labels = (cli.CONTRACT_BRANCH,)\n")
        << QByteArray() << QByteArray()
        << from +
               u"module 'neutron.db.migration' is not on the project's import path "
               "(searched for 'neutron' in: $TMP)"_s +
               why
        << 4;
    QTest::newRow("not a literal there")
        << labels << QByteArray("import os\nCONTRACT_BRANCH = os.environ.get('B', 'contract')\n")
        << QByteArray()
        << from +
               u"$TMP/app/cli.py:2: CONTRACT_BRANCH is assigned 'os.environ.get('B', "
               "'contract')', which is not a literal"_s +
               why
        << 4;
    QTest::newRow("not assigned there")
        << labels << QByteArray("EXPAND_BRANCH = 'expand'\n") << QByteArray()
        << from +
               u"module 'app.cli' ($TMP/app/cli.py) does not assign 'CONTRACT_BRANCH' at "
               "module level"_s +
               why
        << 4;
    QTest::newRow("assigned in a block there")
        << labels << QByteArray("import os\nif os.environ:\n    CONTRACT_BRANCH = 'c'\n")
        << QByteArray()
        << from +
               u"$TMP/app/cli.py:3: CONTRACT_BRANCH is assigned inside a block that may or "
               "may not run"_s +
               why
        << 4;
    QTest::newRow("a function there")
        << labels << QByteArray("def CONTRACT_BRANCH():\n    return 'c'\n") << QByteArray()
        << from + u"$TMP/app/cli.py:1: CONTRACT_BRANCH is a function"_s + why << 4;
    QTest::newRow("syntax error there")
        << labels << QByteArray("CONTRACT_BRANCH = ('c'\n") << QByteArray()
        << from + u"$TMP/app/cli.py:1: '(' was never closed"_s + why << 4;
    QTest::newRow("circular import")
        << labels << QByteArray("from app.other import B\nCONTRACT_BRANCH = B\n")
        << QByteArray("from app.cli import CONTRACT_BRANCH\nB = CONTRACT_BRANCH\n")
        << from +
               u"$TMP/app/cli.py:2: CONTRACT_BRANCH is assigned from 'B', but $TMP/app/"
               "other.py:2: B is assigned from 'CONTRACT_BRANCH', but module 'app.cli' "
               "($TMP/app/cli.py) is imported from while it is being imported (a circular "
               "import: app.cli -> app.other -> app.cli)"_s +
               why
        << 4;
    QTest::newRow("relative import in a revision file")
        << QByteArray("from .cli import CONTRACT_BRANCH\nrevision = 'x1'\ndown_revision = None\n"
                      "branch_labels = CONTRACT_BRANCH\n")
        << QByteArray("CONTRACT_BRANCH = 'c'\n") << QByteArray()
        << u"branch_labels is assigned from 'CONTRACT_BRANCH', but the relative import '.cli' "
           "has no parent package (Alembic loads revision files outside any package)"_s +
               why
        << 4;
    QTest::newRow("a module is not a literal")
        << QByteArray("import app\nrevision = 'x1'\ndown_revision = None\n"
                      "branch_labels = app.cli\n")
        << QByteArray("CONTRACT_BRANCH = 'c'\n") << QByteArray()
        << u"branch_labels is assigned from 'app.cli', but 'app.cli' is the module 'app.cli', "
           "not a literal"_s +
               why
        << 4;
    QTest::newRow("star import of a module without the name")
        << QByteArray("from app.cli import *\nrevision = 'x1'\ndown_revision = None\n"
                      "branch_labels = _PRIVATE\n")
        << QByteArray("_PRIVATE = 'p'\n") << QByteArray()
        << u"branch_labels is assigned from '_PRIVATE', which is not assigned earlier in this "
           "file and may come from 'from app.cli import *'; Retort reads revision files without "
           "running them, so the value must be a literal in this file"_s
        << 4;
}

void TestScriptDirectory::projectImportErrors()
{
    QFETCH(QByteArray, revision);
    QFETCH(QByteArray, cli);
    QFETCH(QByteArray, other);
    QFETCH(QString, message);
    QFETCH(int, line);
    QTemporaryDir tmp;
    writeFile(tmp.filePath(u"versions/x.py"_s), revision);
    writeFile(tmp.filePath(u"app/__init__.py"_s), "");
    if (!cli.isNull())
        writeFile(tmp.filePath(u"app/cli.py"_s), cli);
    if (!other.isNull())
        writeFile(tmp.filePath(u"app/other.py"_s), other);
    writeFile(tmp.filePath(u"alembic.ini"_s), "[alembic]\nscript_location = .\n");
    auto project = Project::open(tmp.filePath(u"alembic.ini"_s));
    QVERIFY(!project);
    QCOMPARE(project.error().message, QString(message).replace(u"$TMP"_s, tmp.path()));
    QCOMPARE(project.error().file, tmp.filePath(u"versions/x.py"_s));
    QCOMPARE(project.error().line, line);
}

void TestScriptDirectory::importPathRoots()
{
    QTemporaryDir tmp;
    writeTree(tmp.path(),
              {
                  {u"proj/src/nspkg/names.py"_s, "BRANCH = 'from-src'\n"}, // a namespace package
                  {u"proj/lib/shared/__init__.py"_s, "PARENT = 'base1'\n"},
                  {u"proj/pkg/__init__.py"_s, ""},
                  {u"proj/pkg/migrations/__init__.py"_s, ""},
                  {u"proj/pkg/migrations/versions/base.py"_s,
                   "revision = 'base1'\ndown_revision = None\n"},
                  {u"proj/pkg/migrations/versions/next.py"_s,
                   "from nspkg.names import BRANCH\nfrom shared import PARENT\n"
                   "import pkg.labels as labels\nrevision = 'next1'\ndown_revision = PARENT\n"
                   "branch_labels = (BRANCH, labels.OTHER)\n"},
                  {u"proj/pkg/labels.py"_s, "OTHER = 'above-script-location'\n"},
                  {u"proj/conf/alembic.ini"_s, "[alembic]\nscript_location = ../pkg/migrations\n"
                                               "prepend_sys_path = ../src:../lib\n"},
              });
    const QString proj = tmp.filePath(u"proj"_s);
    auto config = AlembicConfig::load(proj + u"/conf/alembic.ini"_s);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    // prepend_sys_path (from the ini's folder), the ini's folder, the folder above `pkg`.
    QCOMPARE(PyImportPath::forProject(*config).roots(),
             (QStringList{proj + u"/src"_s, proj + u"/lib"_s, proj + u"/conf"_s, proj}));
    auto project = Project::open(proj + u"/conf/alembic.ini"_s);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    const Revision &next = project->map.at(project->map.heads().first());
    QCOMPARE(next.id, u"next1"_s);
    QCOMPARE(next.declaredLabels, (QStringList{u"from-src"_s, u"above-script-location"_s}));
}

QTEST_GUILESS_MAIN(TestScriptDirectory)
#include "tst_scriptdirectory.moc"
