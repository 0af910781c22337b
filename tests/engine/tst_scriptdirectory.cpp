// Which files of a version folder are revisions, in which order they load, and how
// malformed ones are reported (Alembic's ScriptDirectory._load_revisions).
#include "commands/project.h"
#include "script/scriptdirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

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

QTEST_GUILESS_MAIN(TestScriptDirectory)
#include "tst_scriptdirectory.moc"
