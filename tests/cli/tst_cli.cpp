// End-to-end tests of the `retort` executable: exact output, usage errors (exit 2),
// and one clear FAILED message (exit 255) for every kind of malformed project.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kIni = "[alembic]\nscript_location = %(here)s\n";

QString cliPath()
{
    return qEnvironmentVariable("RETORT_CLI");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runRetort(const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(cliPath(), args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("retort did not finish normally (crash or timeout)");
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/** Writes files (relative path -> content) under dir; "alembic.ini" defaults to kIni. */
void writeProject(const QString &dir, QMap<QString, QByteArray> files)
{
    if (!files.contains(QStringLiteral("alembic.ini")))
        files.insert(QStringLiteral("alembic.ini"), kIni);
    if (!files.contains(QStringLiteral("versions/.gitkeep")))
        files.insert(QStringLiteral("versions/.gitkeep"), QByteArray());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(it.value());
    }
}

QByteArray pyRevision(const QByteArray &rev,
                      const QByteArray &down,
                      const QByteArray &message,
                      const QByteArray &extra = {})
{
    return "\"\"\"" + message + "\n\nRevision ID: " + rev +
           "\nRevises: \nCreate Date: 2026-01-02 "
           "03:04:05.000000\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = '" +
           rev + "'\ndown_revision = " + down +
           "\nbranch_labels = None\n"
           "depends_on = None\n" +
           extra +
           "\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n"
           "    pass\n";
}

/** Sorts the comma-separated items inside each parenthesised group (branch label lists,
 *  whose order in Alembic's output follows Python's hash seed). */
QString sortLabelGroups(QString line)
{
    static const QRegularExpression group(QStringLiteral("\\(([^()]*, [^()]*)\\)"));
    QRegularExpressionMatchIterator it = group.globalMatch(line);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        QStringList items = m->captured(1).split(QStringLiteral(", "));
        items.sort();
        line.replace(m->capturedStart(1), m->capturedLength(1), items.join(QStringLiteral(", ")));
    }
    return line;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linearOutputIsExact();
    void branchedOutput();
    void usageErrors_data();
    void usageErrors();
    void malformedProjects_data();
    void malformedProjects();
    void commandErrors_data();
    void commandErrors();
    void helpVersionTemplates();
    void configSelection();
    void demoProjectAgreesWithAlembic();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(),
             "RETORT_CLI must name the retort executable (set by tests/CMakeLists.txt)");
}

void TestCli::linearOutputIsExact()
{
    QTemporaryDir dir;
    writeProject(dir.path(),
                 {{QStringLiteral("versions/1111aaaa_first.py"),
                   pyRevision("1111aaaa", "None", "first revision")},
                  {QStringLiteral("versions/2222bbbb_second.py"),
                   pyRevision("2222bbbb", "'1111aaaa'", "second one\nover two lines\n\nmore")}});
    const QString ini = dir.filePath(QStringLiteral("alembic.ini"));
    Run heads = runRetort({QStringLiteral("-c"), ini, QStringLiteral("heads")});
    QCOMPARE(heads.exitCode, 0);
    QCOMPARE(heads.out, QStringLiteral("2222bbbb (head)\n"));
    Run history = runRetort({QStringLiteral("-c"), ini, QStringLiteral("history")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out, QStringLiteral("1111aaaa -> 2222bbbb (head), second one\nover two lines\n"
                                         "<base> -> 1111aaaa, first revision\n"));
    Run show =
        runRetort({QStringLiteral("-c"), ini, QStringLiteral("show"), QStringLiteral("2222")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.out, QStringLiteral("Rev: 2222bbbb (head)\nParent: 1111aaaa\nPath: %1\n\n"
                                      "    second one\n    over two lines\n    \n    more\n    \n"
                                      "    Revision ID: 2222bbbb\n    Revises: \n"
                                      "    Create Date: 2026-01-02 03:04:05.000000\n\n")
                           .arg(dir.filePath(QStringLiteral("versions/2222bbbb_second.py"))));
    Run branches = runRetort({QStringLiteral("-c"), ini, QStringLiteral("branches")});
    QCOMPARE(branches.exitCode, 0);
    QCOMPARE(branches.out, QString());
}

void TestCli::branchedOutput()
{
    QTemporaryDir dir;
    writeProject(dir.path(),
                 {{QStringLiteral("versions/a.py"), pyRevision("aaaa0001", "None", "base")},
                  {QStringLiteral("versions/b.py"),
                   pyRevision("bbbb0002", "'aaaa0001'", "left")
                       .replace("branch_labels = None", "branch_labels = ('left',)")},
                  {QStringLiteral("versions/c.py"), pyRevision("cccc0003", "'aaaa0001'", "right")},
                  {QStringLiteral("versions/d.py"),
                   pyRevision("dddd0004", "('bbbb0002', 'cccc0003')", "merge")},
                  {QStringLiteral("versions/e.py"),
                   pyRevision("eeee0005", "'cccc0003'", "side")
                       .replace("depends_on = None", "depends_on = 'left'")}});
    const QString ini = dir.filePath(QStringLiteral("alembic.ini"));
    Run heads = runRetort({QStringLiteral("-c"), ini, QStringLiteral("heads")});
    QCOMPARE(heads.out, QStringLiteral("dddd0004 (left) (head)\neeee0005 (head)\n"));
    Run branches = runRetort({QStringLiteral("-c"), ini, QStringLiteral("branches")});
    // Verified against Alembic 1.8.1 (which may list siblings in another order).
    QCOMPARE(branches.out, QStringLiteral("cccc0003 (branchpoint)\n"
                                          "         -> dddd0004 (left) (head) (mergepoint)\n"
                                          "         -> eeee0005 (head)\n\n"
                                          "aaaa0001 (branchpoint)\n"
                                          "         -> bbbb0002 (left)\n"
                                          "         -> cccc0003 (branchpoint)\n\n"));
    Run history = runRetort({QStringLiteral("-c"), ini, QStringLiteral("history"),
                             QStringLiteral("-r"), QStringLiteral("cccc0003:")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out,
             QStringLiteral("bbbb0002, cccc0003 -> dddd0004 (left) (head) (mergepoint), merge\n"
                            "cccc0003 (left) -> eeee0005 (head), side\n"
                            "aaaa0001 -> cccc0003 (branchpoint), right\n"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{}
                                << QStringLiteral("retort: error: too few arguments");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")}
        << QStringLiteral(
               "retort: error: argument {branches,check_heads,current,downgrade,drift,edit,"
               "ensure_version,heads,history,init,list_templates,merge,revision,schema,show,"
               "stamp,upgrade,validate}: invalid choice: 'frobnicate'");
    QTest::newRow("show without rev")
        << QStringList{QStringLiteral("show")}
        << QStringLiteral("retort show: error: the following arguments are required: rev");
    QTest::newRow("-r without value")
        << QStringList{QStringLiteral("history"), QStringLiteral("-r")}
        << QStringLiteral("retort history: error: argument -r/--rev-range: expected one argument");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("heads"), QStringLiteral("--bogus")}
        << QStringLiteral("retort: error: unrecognized arguments: --bogus");
    QTest::newRow("extra positional")
        << QStringList{QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")}
        << QStringLiteral("retort: error: unrecognized arguments: b");
    QTest::newRow("-c without value")
        << QStringList{QStringLiteral("-c")}
        << QStringLiteral("retort: error: argument -c/--config: expected one argument");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runRetort(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("usage: retort")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestCli::malformedProjects_data()
{
    QTest::addColumn<QStringList>("fileNames");
    QTest::addColumn<QList<QByteArray>>("contents");
    QTest::addColumn<QString>("expected"); // FAILED line, %D = project folder

    const auto row = [](const char *name, const QList<std::pair<QString, QByteArray>> &files,
                        const QString &expected) {
        QStringList names;
        QList<QByteArray> bodies;
        for (const auto &[n, b] : files) {
            names.append(n);
            bodies.append(b);
        }
        QTest::newRow(name) << names << bodies << expected;
    };
    const QString v = QStringLiteral("versions/");
    row("duplicate revision id",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "None", "one")},
         {v + QStringLiteral("b.py"), pyRevision("aaaa1111", "None", "two")}},
        QStringLiteral("FAILED: %D/versions/b.py:11: Revision aaaa1111 is present more than "
                       "once: also in %D/versions/a.py"));
    row("down_revision names a missing revision",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "'ffff9999'", "one")}},
        QStringLiteral("FAILED: %D/versions/a.py:12: Revision ffff9999 referenced from aaaa1111 "
                       "is not present"));
    row("cycle",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "'bbbb2222'", "one")},
         {v + QStringLiteral("b.py"), pyRevision("bbbb2222", "'aaaa1111'", "two")}},
        QStringLiteral("FAILED: %D/versions/a.py:12: Cycle is detected in revisions (aaaa1111, "
                       "bbbb2222)"));
    row("self loop", {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "'aaaa1111'", "one")}},
        QStringLiteral("FAILED: %D/versions/a.py:12: Self-loop is detected in revisions "
                       "(aaaa1111)"));
    row("duplicate branch label",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "None", "one")
                                          .replace("branch_labels = None", "branch_labels = 'x'")},
         {v + QStringLiteral("b.py"),
          pyRevision("bbbb2222", "'aaaa1111'", "two")
              .replace("branch_labels = None", "branch_labels = ['x']")}},
        QStringLiteral("FAILED: %D/versions/b.py:13: Branch name 'x' in revision bbbb2222 "
                       "already used by revision aaaa1111"));
    row("branch label equal to a revision id",
        {{v + QStringLiteral("a.py"),
          pyRevision("aaaa1111", "None", "one")
              .replace("branch_labels = None", "branch_labels = ('aaaa1111',)")}},
        QStringLiteral("FAILED: %D/versions/a.py:13: Branch name 'aaaa1111' in revision "
                       "aaaa1111 already used by revision aaaa1111"));
    row("depends_on names nothing",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "None", "one")
                                          .replace("depends_on = None", "depends_on = 'nowhere'")}},
        QStringLiteral("FAILED: %D/versions/a.py:14: Revision aaaa1111 depends on 'nowhere', "
                       "which is neither a revision nor a branch label"));
    row("dependency cycle",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa1111", "None", "one")
                                          .replace("depends_on = None", "depends_on = 'bbbb2222'")},
         {v + QStringLiteral("b.py"), pyRevision("bbbb2222", "'aaaa1111'", "two")}},
        QStringLiteral("FAILED: %D/versions/a.py:12: Dependency cycle is detected in revisions "
                       "(aaaa1111, bbbb2222)"));
    row("illegal character in id",
        {{v + QStringLiteral("a.py"), pyRevision("aaaa-111", "None", "one")}},
        QStringLiteral("FAILED: %D/versions/a.py:11: Character(s) '-' not allowed in revision "
                       "identifier 'aaaa-111'"));
    row("no revision variable",
        {{v + QStringLiteral("helpers.py"), QByteArray("def helper():\n    return 1\n")}},
        QStringLiteral("FAILED: %D/versions/helpers.py:1: Could not determine revision id from "
                       "filename helpers.py. Be sure the 'revision' variable is declared inside "
                       "the script."));
    row("no down_revision variable",
        {{v + QStringLiteral("a.py"), QByteArray("revision = 'aaaa1111'\n")}},
        QStringLiteral("FAILED: %D/versions/a.py:1: Revision aaaa1111 has no 'down_revision' "
                       "variable; a base revision declares down_revision = None"));
    row("missing ini", {},
        QStringLiteral("FAILED: No config file '%D/nothere.ini' found, or file has no "
                       "'[alembic]' section"));
    row("ini without script_location",
        {{QStringLiteral("alembic.ini"), QByteArray("[alembic]\nsqlalchemy.url = sqlite://\n")}},
        QStringLiteral("FAILED: %D/alembic.ini: No 'script_location' key found in configuration."));
}

void TestCli::malformedProjects()
{
    QFETCH(QStringList, fileNames);
    QFETCH(QList<QByteArray>, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QMap<QString, QByteArray> files;
    for (qsizetype i = 0; i < fileNames.size(); ++i)
        files.insert(fileNames.at(i), contents.at(i));
    writeProject(dir.path(), files);
    const bool missingIni = expected.contains(QStringLiteral("nothere.ini"));
    const QString ini =
        dir.filePath(missingIni ? QStringLiteral("nothere.ini") : QStringLiteral("alembic.ini"));
    for (const QString &command : {QStringLiteral("heads"), QStringLiteral("history")}) {
        const Run r = runRetort({QStringLiteral("-c"), ini, command});
        QCOMPARE(r.exitCode, 255);
        const QString firstLine = r.out.section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(firstLine, QString(expected).replace(QStringLiteral("%D"), dir.path()));
    }
}

void TestCli::commandErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("detail");
    QTest::newRow("ambiguous prefix")
        << QStringList{QStringLiteral("show"), QStringLiteral("cccc")}
        << QStringLiteral("FAILED: Can't locate revision identified by 'cccc'")
        << QStringLiteral("Multiple revisions start with 'cccc': 'cccc0003', 'cccc0004'...");
    QTest::newRow("unknown revision")
        << QStringList{QStringLiteral("show"), QStringLiteral("ffff")}
        << QStringLiteral("FAILED: Can't locate revision identified by 'ffff'")
        << QStringLiteral("No such revision or branch 'ffff'");
    QTest::newRow("head with several heads")
        << QStringList{QStringLiteral("show"), QStringLiteral("head")}
        << QStringLiteral("FAILED: Multiple head revisions are present for given argument "
                          "'head'; please specify a specific target revision, "
                          "'<branchname>@head' to narrow to a specific head, or 'heads' for "
                          "all heads")
        << QString();
    QTest::newRow("range without colon")
        << QStringList{QStringLiteral("history"), QStringLiteral("-r"), QStringLiteral("aaaa0001")}
        << QStringLiteral("FAILED: History range requires [start]:[end], [start]:, or :[end]")
        << QString();
    QTest::newRow("range not along a branch")
        << QStringList{QStringLiteral("history"), QStringLiteral("-r"),
                       QStringLiteral("cccc0003:cccc0004")}
        << QStringLiteral("FAILED: Requested range cccc0003:cccc0004 does not refer to "
                          "ancestor/descendant revisions along the same branch")
        << QString();
    QTest::newRow("indicate current reads the database")
        << QStringList{QStringLiteral("--url"), QStringLiteral("mysql://scott:tiger@db/shop"),
                       QStringLiteral("history"), QStringLiteral("-i")}
        << QStringLiteral("FAILED: Can't load plugin: sqlalchemy.dialects:mysql (Retort connects "
                          "to postgresql and sqlite databases)")
        << QString();
}

void TestCli::commandErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QFETCH(QString, detail);
    QTemporaryDir dir;
    writeProject(dir.path(),
                 {{QStringLiteral("versions/a.py"), pyRevision("aaaa0001", "None", "base")},
                  {QStringLiteral("versions/c.py"), pyRevision("cccc0003", "'aaaa0001'", "c")},
                  {QStringLiteral("versions/d.py"), pyRevision("cccc0004", "'aaaa0001'", "d")}});
    const Run r = runRetort(
        QStringList{QStringLiteral("-c"), dir.filePath(QStringLiteral("alembic.ini"))} + args);
    QCOMPARE(r.exitCode, 255);
    QCOMPARE(r.out, expected + QLatin1Char('\n'));
    if (!detail.isEmpty())
        QVERIFY2(r.err.contains(detail), qPrintable(r.err));
}

void TestCli::helpVersionTemplates()
{
    const Run version = runRetort({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("retort ")));
    const Run help = runRetort({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("Show current available heads")));
    const Run headsHelp = runRetort({QStringLiteral("heads"), QStringLiteral("--help")});
    QCOMPARE(headsHelp.exitCode, 0);
    QVERIFY(headsHelp.out.contains(QStringLiteral("--resolve-dependencies")));
    const Run templates = runRetort({QStringLiteral("list_templates")});
    QCOMPARE(templates.exitCode, 0);
    QVERIFY(templates.out.startsWith(QStringLiteral("Available templates:\n\ngeneric - ")));
}

void TestCli::configSelection()
{
    QTemporaryDir dir;
    writeProject(dir.path(),
                 {{QStringLiteral("alembic.ini"),
                   QByteArray("[alembic]\nscript_location = nowhere\n\n[other]\n"
                              "script_location = %(here)s/proj\n")},
                  {QStringLiteral("proj/versions/a.py"), pyRevision("aaaa0001", "None", "x")}});
    // -n picks the section; abbreviations of long options work as in argparse.
    Run named = runRetort({QStringLiteral("--conf"), QStringLiteral("alembic.ini"),
                           QStringLiteral("-n"), QStringLiteral("other"), QStringLiteral("heads")},
                          dir.path());
    QCOMPARE(named.out, QStringLiteral("aaaa0001 (head)\n"));
    QCOMPARE(named.exitCode, 0);
    // ALEMBIC_CONFIG names the ini when -c is absent.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALEMBIC_CONFIG"), dir.filePath(QStringLiteral("alembic.ini")));
    p.setProcessEnvironment(env);
    p.start(cliPath(), {QStringLiteral("-n"), QStringLiteral("other"), QStringLiteral("heads")});
    QVERIFY(p.waitForFinished());
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("aaaa0001 (head)\n"));
    // The default section's script location does not exist.
    Run missing = runRetort({QStringLiteral("-c"), dir.filePath(QStringLiteral("alembic.ini")),
                             QStringLiteral("heads")});
    QCOMPARE(missing.exitCode, 255);
    QVERIFY2(missing.out.startsWith(QStringLiteral("FAILED: %1:2: Path doesn't exist: '%2'")
                                        .arg(dir.filePath(QStringLiteral("alembic.ini")),
                                             dir.filePath(QStringLiteral("nowhere")))),
             qPrintable(missing.out));
}

void TestCli::demoProjectAgreesWithAlembic()
{
    const QString ini = QStringLiteral(RETORT_SOURCE_DIR "/resources/demo/alembic.ini");
    QVERIFY(QFileInfo::exists(ini));
    for (const QString &command : {QStringLiteral("heads"), QStringLiteral("branches")}) {
        const Run ours = runRetort({QStringLiteral("-c"), ini, command});
        QCOMPARE(ours.exitCode, 0);
        QProcess alembic;
        alembic.start(
            qEnvironmentVariable("RETORT_PYTHON", QStringLiteral("/usr/bin/python3")),
            {QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"), ini, command});
        QVERIFY2(alembic.waitForFinished(60000), "alembic did not finish");
        QCOMPARE(alembic.exitCode(), 0);
        const QString theirs = QString::fromUtf8(alembic.readAllStandardOutput());
        // Alembic's order among heads and children follows the hash seed: compare as sets.
        QStringList a, b;
        for (const QString &line : ours.out.split(QLatin1Char('\n')))
            a.append(sortLabelGroups(line));
        for (const QString &line : theirs.split(QLatin1Char('\n')))
            b.append(sortLabelGroups(line));
        a.sort();
        b.sort();
        QCOMPARE(a, b);
    }
    const Run heads = runRetort({QStringLiteral("-c"), ini, QStringLiteral("heads")});
    QCOMPARE(heads.out.count(QLatin1Char('\n')), 2); // the demo keeps two heads unmerged
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
