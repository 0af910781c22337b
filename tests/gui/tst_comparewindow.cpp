// The Compare window driven through its real widgets against the fixture's PostgreSQL: two
// databases made from known DDL, compared through connection profiles; the tree checked
// against diffSnapshots() of snapshots the test reads itself; the SQL and op code of a
// selected change; Copy SQL applied to the first database until a second compare says they
// are equal; Swap; a DDL folder and a failing DDL file; an unreachable server; a password
// the keychain does not have; the model under QAbstractItemModelTester; a screenshot.

#include "comparesource.h"
#include "comparewindow.h"
#include "compareworker.h"
#include "connectionprofilemodel.h"
#include "dbtesthelpers.h"
#include "mainwindow.h"
#include "schema/reader.h"
#include "schemadiffmodel.h"
#include "script/sqlsplitter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace retort;
using namespace retort::test;

namespace {

// What the first database is, and what the second one (and the DDL folder) wants.
const char *const kDdlA = R"(
CREATE TABLE users (id integer PRIMARY KEY, email text, age integer, nickname text);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id),
                     total numeric);
CREATE INDEX orders_user ON orders (user_id);
CREATE VIEW old_users AS SELECT id FROM users;
)";
const char *const kDdlTypes = R"(
CREATE TYPE mood AS ENUM ('happy', 'sad');
)";
const char *const kDdlTables = R"(
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, age bigint, mood mood);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id),
                     total numeric DEFAULT 0);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE TABLE items (id serial PRIMARY KEY, name text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
)";

// The project's revisions.
const char *const kRev1 = "CREATE TABLE rev_one (id integer PRIMARY KEY);";
const char *const kRev2 = "ALTER TABLE rev_one ADD COLUMN name text;\n"
                          "CREATE INDEX rev_one_name ON rev_one (name);";

QString run(const PgTestServer &server, const QString &database, const QString &sql)
{
    auto statements = splitSqlStatements(sql, QStringLiteral("<test>"));
    if (!statements)
        return statements.error().toString();
    for (const SqlStatement &s : *statements) {
        const QString error = adminExec(server, s.text, database);
        if (!error.isEmpty())
            return error + QStringLiteral(" in: ") + s.text;
    }
    return {};
}

/** The test's own reading of a database: readSnapshot() on its own connection. */
schema::Snapshot snapshotOf(const PgTestServer &server, const QString &database)
{
    static int counter = 0;
    PgConnection conn(server, QStringLiteral("compare-read-%1").arg(++counter),
                      PgTestServer::Transport::Tcp, database);
    if (!conn.open()) {
        qWarning("cannot open %s: %s", qPrintable(database), qPrintable(conn.errorText()));
        return {};
    }
    QSqlDatabase db = conn.db();
    auto snap = schema::readSnapshot(db);
    if (!snap) {
        qWarning("cannot read %s: %s", qPrintable(database), qPrintable(snap.error().toString()));
        return {};
    }
    return *snap;
}

QStringList keysOf(const QList<schema::Change> &changes)
{
    QStringList out;
    for (const schema::Change &c : changes)
        out << schema::kindName(c.kind) + QLatin1Char(' ') + c.object;
    return out;
}

/** The change rows of the tree, in diff order (by ChangeIndexRole), as keys. */
QStringList treeKeys(const QAbstractItemModel *model, int *groups = nullptr)
{
    QMap<int, QString> byIndex;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex row = model->index(r, 0, group);
            byIndex.insert(row.data(SchemaDiffModel::ChangeIndexRole).toInt(),
                           row.data(SchemaDiffModel::KeyRole).toString());
        }
    }
    if (groups)
        *groups = model->rowCount();
    return byIndex.values();
}

void pickProfile(CompareSourcePicker *picker, const QString &name)
{
    picker->kindBox()->setCurrentIndex(
        picker->kindBox()->findData(int(CompareSourcePicker::Kind::Profile)));
    picker->profileBox()->setCurrentIndex(picker->profileBox()->findText(name));
}

void pickRevision(CompareSourcePicker *picker, const QString &typed)
{
    picker->kindBox()->setCurrentIndex(
        picker->kindBox()->findData(int(CompareSourcePicker::Kind::Revision)));
    picker->revisionBox()->clearEditText();
    QTest::keyClicks(picker->revisionBox(), typed);
}

void pickDdl(CompareSourcePicker *picker, const QString &path)
{
    picker->kindBox()->setCurrentIndex(
        picker->kindBox()->findData(int(CompareSourcePicker::Kind::Ddl)));
    picker->pathEdit()->clear();
    QTest::keyClicks(picker->pathEdit(), path);
}

/** Clicks Compare and waits; the result's ok. */
bool compareAndWait(CompareWindow &w)
{
    QSignalSpy finished(&w, &CompareWindow::compareFinished);
    QTest::mouseClick(w.compareButton(), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(60000)) {
        qWarning("compare did not finish");
        return false;
    }
    if (!finished.first().first().toBool())
        qWarning("compare failed: %s", qPrintable(w.messageLabel()->text()));
    return finished.first().first().toBool();
}

ConnectionProfile profile(const QString &name, const QString &url, bool password = false)
{
    ConnectionProfile p;
    p.name = name;
    p.url = url;
    p.usesPassword = password;
    return p;
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareProfiles();
    void ddlFolder();
    void revisions();
    void badSources();
    void passwordAsked();
    void modelTester();

private:
    QTemporaryDir m_home;
    PgTestServer m_server;
    QString m_ini;
    QString m_shots;

    std::shared_ptr<const ProjectSnapshot> project() const { return loadProjectSnapshot(m_ini); }
};

void TestCompareWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_shots = QStringLiteral(RETORT_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_shots));

    QString error;
    for (const QString &db :
         {QStringLiteral("cmp_a"), QStringLiteral("cmp_b"), QStringLiteral("cmp_empty")}) {
        freshDatabase(m_server, db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    error = run(m_server, QStringLiteral("cmp_a"), QString::fromUtf8(kDdlA));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = run(m_server, QStringLiteral("cmp_b"),
                QString::fromUtf8(kDdlTypes) + QString::fromUtf8(kDdlTables));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The project: two .sql revisions; the test builds what they build itself too.
    m_ini = writeSqlProject(
        m_home.filePath(QStringLiteral("project")),
        {{QStringLiteral("c00000000001"), QString(), QString::fromUtf8(kRev1),
          QStringLiteral("DROP TABLE rev_one;")},
         {QStringLiteral("c00000000002"), QStringLiteral("c00000000001"), QString::fromUtf8(kRev2),
          QStringLiteral("DROP INDEX rev_one_name;\n"
                         "ALTER TABLE rev_one DROP COLUMN name;")}});
    QVERIFY(!m_ini.isEmpty());
    for (const QString &db : {QStringLiteral("cmp_rev1"), QStringLiteral("cmp_rev2")}) {
        freshDatabase(m_server, db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    error = run(m_server, QStringLiteral("cmp_rev1"), QString::fromUtf8(kRev1));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = run(m_server, QStringLiteral("cmp_rev2"),
                QString::fromUtf8(kRev1) + QString::fromUtf8(kRev2));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    profilestore::save(
        m_ini, {profile(QStringLiteral("A"), serverUrl(m_server, QStringLiteral("cmp_a"))),
                profile(QStringLiteral("B"), serverUrl(m_server, QStringLiteral("cmp_b"))),
                profile(QStringLiteral("empty"), serverUrl(m_server, QStringLiteral("cmp_empty"))),
                profile(QStringLiteral("rev2"), serverUrl(m_server, QStringLiteral("cmp_rev2")))});
}

void TestCompareWindow::compareProfiles()
{
    // Opened from the main window's Database menu, with the project's profiles.
    MainWindow main;
    QSignalSpy loaded(&main, &MainWindow::projectLoaded);
    main.openProject(m_ini);
    QVERIFY(loaded.wait(20000));
    auto *action = main.findChild<QAction *>(QStringLiteral("compareSchemasAction"));
    QVERIFY(action);
    action->trigger();
    auto *found = main.findChild<CompareWindow *>(QStringLiteral("compareWindow"));
    QVERIFY(found);
    QVERIFY(found->isVisible());
    CompareWindow &w = *found;
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resize(1200, 800);
    QVERIFY(w.fromPicker()->profileBox()->findText(QStringLiteral("B")) >= 0);

    pickProfile(w.fromPicker(), QStringLiteral("A"));
    pickProfile(w.toPicker(), QStringLiteral("B"));
    QVERIFY(w.fromPicker()->description().contains(QStringLiteral("/cmp_a")));
    QSignalSpy finished(&w, &CompareWindow::compareFinished);
    QTest::mouseClick(w.compareButton(), Qt::LeftButton);
    // Off the GUI thread: the window answers while the worker reads.
    QVERIFY(w.isComparing());
    QVERIFY(w.progressBar()->isVisible());
    QVERIFY(!w.compareButton()->isEnabled());
    QCOMPARE(w.messageLabel()->text(), QStringLiteral("Comparing…"));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(w.messageLabel()->text()));
    QVERIFY(!w.progressBar()->isVisible());
    QVERIFY(w.compareButton()->isEnabled());

    // The window's snapshots are the databases' as the test reads them, and its tree holds
    // diffSnapshots() of them, change for change.
    const schema::Snapshot a = snapshotOf(m_server, QStringLiteral("cmp_a"));
    const schema::Snapshot b = snapshotOf(m_server, QStringLiteral("cmp_b"));
    QVERIFY(!a.objects().isEmpty());
    QCOMPARE(w.result()->from.toJson(), a.toJson());
    QCOMPARE(w.result()->to.toJson(), b.toJson());
    const QList<schema::Change> expected = schema::diffSnapshots(a, b);
    QVERIFY(expected.size() >= 8);
    QSet<schema::ObjectKind> kinds;
    for (const schema::Change &c : expected)
        kinds.insert(c.kind);
    int groups = 0;
    QCOMPARE(treeKeys(w.model(), &groups), keysOf(expected));
    QCOMPARE(groups, kinds.size());
    QVERIFY2(w.summaryLabel()->text().startsWith(QString::number(expected.size())),
             qPrintable(w.summaryLabel()->text()));
    QVERIFY(w.tree()->isVisible());
    // Marks and colours: every change row says what the engine says of it.
    bool sawDestructive = false;
    QSet<QRgb> colours;
    for (int i = 0; i < expected.size(); ++i) {
        const QModelIndex row = w.model()->indexOfChange(i);
        QCOMPARE(row.data(SchemaDiffModel::KeyRole).toString(), keysOf({expected[i]}).first());
        QCOMPARE(row.data(SchemaDiffModel::DestructiveRole).toBool(), expected[i].destructive);
        QCOMPARE(row.data(SchemaDiffModel::RewritesRole).toBool(), expected[i].rewrites);
        QCOMPARE(row.data(SchemaDiffModel::LockRole).toString(), expected[i].lock);
        const QString marks = row.siblingAtColumn(SchemaDiffModel::MarksColumn).data().toString();
        QCOMPARE(marks.contains(QStringLiteral("destructive")), expected[i].destructive);
        QCOMPARE(marks.contains(expected[i].lock), true);
        sawDestructive = sawDestructive || expected[i].destructive;
        colours.insert(row.data(Qt::ForegroundRole).value<QBrush>().color().rgb());
    }
    QVERIFY(sawDestructive);     // users.nickname is dropped
    QCOMPARE(colours.size(), 3); // added, removed, changed

    // Nothing selected: the panes hold the whole diff. A selected change: its own.
    QCOMPARE(w.sqlView()->toPlainText(), schema::changesSql(expected, Dialect::PostgreSQL));
    QCOMPARE(w.opCodeView()->toPlainText(), schema::changesAlembic(expected, a, b));
    int age = -1;
    for (int i = 0; i < expected.size(); ++i)
        if (expected[i].kind == schema::ObjectKind::Column &&
            expected[i].object == QStringLiteral("public.users.age"))
            age = i;
    QVERIFY(age >= 0);
    QCOMPARE(expected[age].action, schema::Change::Action::Alter);
    w.tree()->setFocus();
    w.tree()->setCurrentIndex(w.model()->indexOfChange(age));
    QCOMPARE(w.sqlView()->toPlainText(), schema::changesSql({expected[age]}, Dialect::PostgreSQL));
    QVERIFY2(w.sqlView()->toPlainText().contains(QStringLiteral("bigint")),
             qPrintable(w.sqlView()->toPlainText()));
    QCOMPARE(w.opCodeView()->toPlainText(), schema::changesAlembic({expected[age]}, a, b));
    // The keyboard moves the selection, and the panes follow.
    QTest::keyClick(w.tree(), Qt::Key_Up);
    const QModelIndex up = w.tree()->currentIndex();
    QVERIFY(up != w.model()->indexOfChange(age));
    QCOMPARE(w.sqlView()->toPlainText(),
             schema::changesSql(w.model()->changesAt(up), Dialect::PostgreSQL));

    // By table: the same changes; the users table's group holds its columns.
    w.groupingBox()->setCurrentIndex(
        w.groupingBox()->findData(int(SchemaDiffModel::Grouping::ByTable)));
    QCOMPARE(treeKeys(w.model()), keysOf(expected));
    bool usersGroup = false;
    for (int g = 0; g < w.model()->rowCount(); ++g) {
        const QModelIndex group = w.model()->index(g, 0);
        if (!group.data().toString().startsWith(QStringLiteral("public.users (")))
            continue;
        usersGroup = true;
        QStringList keys;
        for (int r = 0; r < w.model()->rowCount(group); ++r)
            keys << w.model()->index(r, 0, group).data(SchemaDiffModel::KeyRole).toString();
        QVERIFY2(keys.contains(QStringLiteral("column public.users.age")),
                 qPrintable(keys.join(QStringLiteral(", "))));
        QVERIFY(keys.contains(QStringLiteral("column public.users.nickname")));
        for (const QString &k : keys)
            QVERIFY2(k.contains(QStringLiteral("public.users")), qPrintable(k));
    }
    QVERIFY(usersGroup);
    w.tree()->setCurrentIndex(w.model()->indexOfChange(age));
    QCOMPARE(w.opCodeView()->toPlainText(), schema::changesAlembic({expected[age]}, a, b));
    QVERIFY(w.grab().save(QDir(m_shots).filePath(QStringLiteral("compare-diff.png"))));

    // Swap: the sides change places, and the diff is the other way round.
    QTest::mouseClick(w.swapButton(), Qt::LeftButton);
    QCOMPARE(w.fromPicker()->profile()->name, QStringLiteral("B"));
    QCOMPARE(w.toPicker()->profile()->name, QStringLiteral("A"));
    QCOMPARE(treeKeys(w.model()), keysOf(schema::diffSnapshots(b, a)));
    QTest::mouseClick(w.swapButton(), Qt::LeftButton);
    QCOMPARE(treeKeys(w.model()), keysOf(expected));

    // Copy SQL / Copy op code: the whole diff.
    QTest::mouseClick(w.copyOpCodeButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), schema::changesAlembic(expected, a, b));
    QTest::mouseClick(w.copySqlButton(), Qt::LeftButton);
    const QString sql = QApplication::clipboard()->text();
    QCOMPARE(sql, schema::changesSql(expected, Dialect::PostgreSQL));

    // Applied to A, the SQL makes A what B is: a second compare finds nothing.
    const QString applied = run(m_server, QStringLiteral("cmp_a"), sql);
    QVERIFY2(applied.isEmpty(), qPrintable(applied));
    QVERIFY(compareAndWait(w));
    QCOMPARE(w.messageLabel()->text(), QStringLiteral("The schemas are equal."));
    QVERIFY(w.messageLabel()->isVisible());
    QCOMPARE(w.model()->rowCount(), 0);
    QVERIFY(w.result()->changes.isEmpty());
    QVERIFY(!w.copySqlButton()->isEnabled());
    QVERIFY(schema::diffSnapshots(snapshotOf(m_server, QStringLiteral("cmp_a")), b).isEmpty());
}

void TestCompareWindow::ddlFolder()
{
    // B's DDL in two files, applied in name order to a temporary database on the other
    // side's server.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const char *text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) > 0;
    };
    QVERIFY(write(QStringLiteral("01_types.sql"), kDdlTypes));
    QVERIFY(write(QStringLiteral("02_tables.sql"), kDdlTables));

    CompareWindow w;
    w.setProject(project());
    w.show();
    pickProfile(w.fromPicker(), QStringLiteral("empty"));
    pickDdl(w.toPicker(), dir.path());
    QVERIFY(compareAndWait(w));
    const schema::Snapshot empty = snapshotOf(m_server, QStringLiteral("cmp_empty"));
    const schema::Snapshot b = snapshotOf(m_server, QStringLiteral("cmp_b"));
    QCOMPARE(w.result()->to.toJson(), b.toJson());
    const QList<schema::Change> expected = schema::diffSnapshots(empty, b);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(treeKeys(w.model()), keysOf(expected));
    // No shadow database is left behind.
    const QStringList left = adminColumn(m_server, QStringLiteral("postgres"),
                                         QStringLiteral("SELECT datname FROM pg_database WHERE "
                                                        "datname LIKE 'retort\\_shadow\\_%1\\_%'")
                                             .arg(QCoreApplication::applicationPid()));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

    // The folder against B itself: equal.
    pickProfile(w.fromPicker(), QStringLiteral("B"));
    QVERIFY(compareAndWait(w));
    QCOMPARE(w.messageLabel()->text(), QStringLiteral("The schemas are equal."));

    // A file that fails: its name and line, in the window.
    QVERIFY(
        write(QStringLiteral("03_bad.sql"), "-- broken\n\nCREATE TABLE broken (id nosuchtype);\n"));
    QVERIFY(!compareAndWait(w));
    const QString message = w.messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("03_bad.sql")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(":3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("nosuchtype")), qPrintable(message));
    QVERIFY(!w.result().has_value());
    QCOMPARE(w.model()->rowCount(), 0);
    QVERIFY(w.compareButton()->isEnabled());
}

void TestCompareWindow::revisions()
{
    // @head and @REV: shadow databases upgraded by the project's own migrations, on the
    // other side's server; checked against databases the test built from the same DDL.
    CompareWindow w;
    w.setProject(project());
    w.show();
    QComboBox *revisions = w.toPicker()->revisionBox();
    QVERIFY(revisions->findData(QStringLiteral("head")) >= 0);
    QVERIFY(revisions->findData(QStringLiteral("base")) >= 0);
    QVERIFY(revisions->findData(QStringLiteral("c00000000001")) >= 0);
    QVERIFY(revisions->findData(QStringLiteral("c00000000002")) >= 0);
    pickProfile(w.fromPicker(), QStringLiteral("empty"));
    pickRevision(w.toPicker(), QStringLiteral("head"));
    QCOMPARE(w.toPicker()->description(), QStringLiteral("@head"));
    QVERIFY(compareAndWait(w));
    const schema::Snapshot empty = snapshotOf(m_server, QStringLiteral("cmp_empty"));
    const schema::Snapshot rev1 = snapshotOf(m_server, QStringLiteral("cmp_rev1"));
    const schema::Snapshot rev2 = snapshotOf(m_server, QStringLiteral("cmp_rev2"));
    QCOMPARE(w.result()->to.toJson(), rev2.toJson());
    QCOMPARE(treeKeys(w.model()), keysOf(schema::diffSnapshots(empty, rev2)));

    // A revision typed with its "@", against the database its child builds.
    pickRevision(w.fromPicker(), QStringLiteral("@c00000000001"));
    pickProfile(w.toPicker(), QStringLiteral("rev2"));
    QVERIFY(compareAndWait(w));
    QCOMPARE(w.result()->from.toJson(), rev1.toJson());
    const QList<schema::Change> expected = schema::diffSnapshots(rev1, rev2);
    QCOMPARE(expected.size(), 2); // the column and the index
    QCOMPARE(treeKeys(w.model()), keysOf(expected));
    // @base is empty.
    pickRevision(w.fromPicker(), QStringLiteral("base"));
    pickProfile(w.toPicker(), QStringLiteral("empty"));
    QVERIFY(compareAndWait(w));
    QCOMPARE(w.messageLabel()->text(), QStringLiteral("The schemas are equal."));
    // A revision the project does not have: the engine's error, in the window.
    pickRevision(w.fromPicker(), QStringLiteral("ffffffffffff"));
    QVERIFY(!compareAndWait(w));
    QVERIFY2(w.messageLabel()->text().contains(QStringLiteral("ffffffffffff")),
             qPrintable(w.messageLabel()->text()));
    const QStringList left = adminColumn(m_server, QStringLiteral("postgres"),
                                         QStringLiteral("SELECT datname FROM pg_database WHERE "
                                                        "datname LIKE 'retort\\_shadow\\_%1\\_%'")
                                             .arg(QCoreApplication::applicationPid()));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestCompareWindow::badSources()
{
    // A port nobody listens on (tcpmux, a privileged port: no test server can take it),
    // with a password in the (built-in) URL that must not show.
    const QString url = QStringLiteral("postgresql://someone:s3cr3t-pw@127.0.0.1:1/nowhere");
    qputenv("RETORT_DATABASE_URL", url.toUtf8());
    CompareWindow w;
    w.setProject(project()); // the built-in profiles are read now
    qunsetenv("RETORT_DATABASE_URL");
    w.show();
    int environment = -1;
    for (int i = 0; i < w.fromPicker()->profileBox()->count(); ++i)
        if (w.fromPicker()
                ->profileBox()
                ->itemData(i, ConnectionProfileModel::BuiltInRole)
                .toBool() &&
            w.fromPicker()->profileBox()->itemText(i).contains(QStringLiteral("RETORT")))
            environment = i;
    QVERIFY(environment >= 0);
    w.fromPicker()->profileBox()->setCurrentIndex(environment);
    QVERIFY(w.fromPicker()->description().contains(QStringLiteral(":***@")));
    QVERIFY(!w.fromPicker()
                 ->findChild<QLabel *>(QStringLiteral("sourceProfileUrl"))
                 ->text()
                 .contains(QStringLiteral("s3cr3t")));
    pickProfile(w.toPicker(), QStringLiteral("B"));
    QVERIFY(!compareAndWait(w));
    const QString message = w.messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:1/nowhere")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("s3cr3t")), qPrintable(message));
    QVERIFY(!w.summaryLabel()->text().contains(QStringLiteral("s3cr3t")));
    QVERIFY(w.messageLabel()->isVisible());
    QVERIFY(w.messageLabel()->property("error").toBool());

    // An empty DDL path is refused before anything runs.
    pickDdl(w.fromPicker(), QString());
    QVERIFY(!compareAndWait(w));
    QVERIFY2(w.messageLabel()->text().contains(QStringLiteral(".sql")),
             qPrintable(w.messageLabel()->text()));

    // The window stays usable: the next compare works.
    pickProfile(w.fromPicker(), QStringLiteral("B"));
    QVERIFY(compareAndWait(w));
    QCOMPARE(w.messageLabel()->text(), QStringLiteral("The schemas are equal."));

    // Closed while it compares: the worker ends on its own, its shadow database goes.
    QTRY_COMPARE_WITH_TIMEOUT(CompareWorker::liveCount(), 0, 10000); // the earlier ones
    auto *gone = new CompareWindow;
    gone->setProject(project());
    pickProfile(gone->fromPicker(), QStringLiteral("empty"));
    pickRevision(gone->toPicker(), QStringLiteral("head"));
    QTest::mouseClick(gone->compareButton(), Qt::LeftButton);
    QVERIFY(gone->isComparing());
    QCOMPARE(CompareWorker::liveCount(), 1);
    delete gone;
    QTRY_COMPARE_WITH_TIMEOUT(CompareWorker::liveCount(), 0, 60000);
    const QStringList left = adminColumn(m_server, QStringLiteral("postgres"),
                                         QStringLiteral("SELECT datname FROM pg_database WHERE "
                                                        "datname LIKE 'retort\\_shadow\\_%1\\_%'")
                                             .arg(QCoreApplication::applicationPid()));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestCompareWindow::passwordAsked()
{
    // A profile whose server asks for a password the keychain does not have (no keychain
    // here: the suite runs without a session bus): the side asks for it and says why.
    QTemporaryDir dir;
    const QString ini = writeSqlProject(dir.path(), {});
    QVERIFY(!ini.isEmpty());
    profilestore::save(
        ini, {profile(QStringLiteral("locked"), serverUrl(m_server, QStringLiteral("cmp_b")), true),
              profile(QStringLiteral("B"), serverUrl(m_server, QStringLiteral("cmp_b")))});
    CompareWindow w;
    w.setProject(loadProjectSnapshot(ini));
    w.show();
    pickProfile(w.fromPicker(), QStringLiteral("locked"));
    pickProfile(w.toPicker(), QStringLiteral("B"));
    QVERIFY(!w.fromPicker()->passwordEdit()->isVisible());
    QVERIFY(!compareAndWait(w));
    QVERIFY(w.fromPicker()->passwordEdit()->isVisible());
    QCOMPARE(w.fromPicker()->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY2(w.messageLabel()->text().contains(QStringLiteral("password")),
             qPrintable(w.messageLabel()->text()));
    // Typed, it is used (the fixture trusts local connections, so any password does) and
    // shown nowhere.
    QTest::keyClicks(w.fromPicker()->passwordEdit(), QStringLiteral("typed-s3cr3t"));
    // From the keyboard: Ctrl+Return compares.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QSignalSpy finished(&w, &CompareWindow::compareFinished);
    QTest::keyClick(w.fromPicker()->passwordEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(w.isComparing());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(w.messageLabel()->text()));
    QCOMPARE(w.messageLabel()->text(), QStringLiteral("The schemas are equal."));
    for (const QLabel *label : w.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("typed-s3cr3t")),
                 qPrintable(label->objectName()));
}

void TestCompareWindow::modelTester()
{
    const QList<schema::Change> changes =
        schema::diffSnapshots(snapshotOf(m_server, QStringLiteral("cmp_empty")),
                              snapshotOf(m_server, QStringLiteral("cmp_b")));
    QVERIFY(changes.size() > 5);
    SchemaDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(changes);
    int total = 0;
    for (int g = 0; g < model.rowCount(); ++g)
        total += model.rowCount(model.index(g, 0));
    QCOMPARE(total, changes.size());
    model.setGrouping(SchemaDiffModel::Grouping::ByTable);
    QCOMPARE(treeKeys(&model), keysOf(changes));
    // A table's changes share its group; the enum is outside any table.
    for (int i = 0; i < changes.size(); ++i) {
        const QModelIndex row = model.indexOfChange(i);
        QCOMPARE(row.data(SchemaDiffModel::ChangeIndexRole).toInt(), i);
        const QString table = SchemaDiffModel::tableOf(changes[i]);
        const QString group = row.parent().data().toString();
        if (table.isEmpty())
            QVERIFY2(group.startsWith(QStringLiteral("Other objects")), qPrintable(group));
        else
            QVERIFY2(group.startsWith(table + QStringLiteral(" (")), qPrintable(group));
    }
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
