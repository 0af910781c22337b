// retort-gui's main window driven through its real widgets on the offscreen platform: the
// demo project, selection by click and keyboard, search, a broken project, live reload,
// the model under QAbstractItemModelTester, and screenshots into the build tree.

#include "databasecontroller.h"
#include "demoproject.h"
#include "detailspanel.h"
#include "graphview.h"
#include "mainwindow.h"
#include "revisionmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace retort;

namespace {

const QString mergeId = QStringLiteral("8d91d29f0c4d");

/** Copies the demo project from the source tree into `dir`; returns the ini path. */
QString copyDemo(const QString &dir)
{
    const QDir source(QStringLiteral(RETORT_SOURCE_DIR "/resources/demo"));
    QDir(dir).mkpath(QStringLiteral("versions"));
    for (const QString &name : source.entryList(QDir::Files))
        QFile::copy(source.filePath(name), QDir(dir).filePath(name));
    const QDir versions(source.filePath(QStringLiteral("versions")));
    for (const QString &name : versions.entryList(QDir::Files))
        QFile::copy(versions.filePath(name),
                    QDir(dir).filePath(QStringLiteral("versions/") + name));
    return QDir(dir).filePath(QStringLiteral("alembic.ini"));
}

QString findFile(const QString &dir, const QString &prefix)
{
    const QDir versions(QDir(dir).filePath(QStringLiteral("versions")));
    const QStringList names = versions.entryList({prefix + QStringLiteral("*")}, QDir::Files);
    return names.isEmpty() ? QString() : versions.filePath(names.first());
}

bool replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = f.readAll();
    f.close();
    if (!data.contains(from))
        return false;
    data.replace(from, to);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool openAndWait(MainWindow &w, const QString &path)
{
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    w.openProject(path);
    if (!loaded.wait(20000))
        return false;
    // The demo opens on its SQLite database (the ini's URL): let that first read finish, so
    // that the database state the tests set is not replaced by it.
    if (w.database()->profile() && refreshed.isEmpty())
        return refreshed.wait(20000);
    return true;
}

/** Scrolls `row` into view and clicks its node. */
void clickRow(GraphView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    view->verticalScrollBar()->setValue(std::max(0, row * view->rowHeight() - 20));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->nodeCenter(row));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openDemo();
    void clickSelectsAndShowsDetails();
    void sqlRevisionShowsSections();
    void keyboardNavigation();
    void search_data();
    void search();
    void hoverHighlightsAncestry();
    void zoom();
    void brokenProject();
    void liveReload();
    void modelTester();
    void databaseState();
    void futureActions();
    void settingsPersist();
    void screenshots();

private:
    QTemporaryDir m_home;
    QString m_demoIni;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and the demo copy go to a private folder, never the user's.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QString error;
    m_demoIni = installDemoProject(&error);
    QVERIFY2(!m_demoIni.isEmpty(), qPrintable(error));
    QVERIFY(m_demoIni.startsWith(m_home.path()));
    // A second call keeps the user's copy.
    QCOMPARE(installDemoProject(&error), m_demoIni);
    QFile ini(m_demoIni);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("sqlalchemy.url = sqlite:///%(here)s/demo.db"));
}

void TestMainWindow::openDemo()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    QVERIFY(w.snapshot()->ok());
    QCOMPARE(w.model()->rowCount(), 25);
    QCOMPARE(w.snapshot()->revisions.size(), 25);
    QCOMPARE(w.snapshot()->heads.size(), 2);
    QVERIFY(w.snapshot()->layout.ghosts.isEmpty());
    QVERIFY(w.snapshot()->map.has_value());
    QCOMPARE(w.problemsView()->topLevelItemCount(), 0);
    // Two heads: the banner and its Merge button.
    QVERIFY(w.headsBanner()->isVisible());
    QVERIFY(w.headsBannerLabel()->text().startsWith(QStringLiteral("2 heads")));
    QVERIFY(w.mergeButton()->isEnabled());
    QVERIFY(!w.mergeButton()->toolTip().isEmpty());
    const QString status = w.statusSummary()->text();
    QVERIFY2(status.contains(QStringLiteral("25 revisions")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("2 heads")), qPrintable(status));
    // Connected to the demo's SQLite database, nothing applied yet.
    QVERIFY2(status.contains(QStringLiteral("connection: sqlite:///")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("current: base")), qPrintable(status));
    QVERIFY(w.database()->isConnected());
    // The newest head is on top and selected.
    QCOMPARE(w.model()->nodeAt(0), w.snapshot()->heads.first());
    QCOMPARE(w.graphView()->currentRow(), 0);
    QVERIFY(w.recentProjects().contains(m_demoIni));
    // Glyph kinds come from the graph.
    const RevisionModel::NodeKinds mergeKinds = w.model()->kinds(w.snapshot()->nodeOf(mergeId));
    QVERIFY(mergeKinds & RevisionModel::MergePoint);
    QVERIFY(w.model()->kinds(w.snapshot()->nodeOf(QStringLiteral("2f0e696c46da"))) &
            RevisionModel::Base);
    QVERIFY(w.model()->kinds(w.snapshot()->nodeOf(QStringLiteral("d1b3f9c70b9d"))) &
            RevisionModel::BranchPoint);
    // Every revision lies above its parents.
    const LaneLayout &layout = w.snapshot()->layout;
    for (int v = 0; v < layout.nodeCount(); ++v)
        for (int p : layout.parents.at(v))
            QVERIFY(layout.rowOfNode.at(v) < layout.rowOfNode.at(p));
    QVERIFY(layout.laneCount <= 3);
}

void TestMainWindow::clickSelectsAndShowsDetails()
{
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    const int row = w.model()->rowOfId(mergeId);
    QVERIFY(row > 0);
    clickRow(w.graphView(), row);
    QCOMPARE(w.currentRevisionId(), mergeId);
    const QString summary = w.detailsPanel()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("merge leave and attendance branches")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Parents\tf93cbb7e1891, f3d3dcb3cb5c")) ||
            (summary.contains(QStringLiteral("f93cbb7e1891")) &&
             summary.contains(QStringLiteral("f3d3dcb3cb5c"))));
    QVERIFY(summary.contains(QStringLiteral("d1b3f9c70b9d"))); // child
    QVERIFY(summary.contains(QStringLiteral("2026-06-02 12:00:37.281604")));
    QVERIFY(
        summary.contains(QStringLiteral("8d91d29f0c4d_merge_leave_and_attendance_branches.py")));
    QVERIFY(summary.contains(QStringLiteral("merge point")));
    QVERIFY(w.detailsPanel()->sourceView()->toPlainText().contains(
        QStringLiteral("down_revision = ('f93cbb7e1891', 'f3d3dcb3cb5c')")));
    QVERIFY(w.detailsPanel()->sourceView()->isReadOnly());
    // A merge revision's functions run no SQL.
    QCOMPARE(w.detailsPanel()->upgradeView()->toPlainText(), QString());
    QCOMPARE(w.detailsPanel()->upgradeView()->placeholderText(),
             QStringLiteral("This function runs no SQL."));
    // Python revisions are rendered as Alembic's offline mode prints them (PostgreSQL).
    clickRow(w.graphView(), w.model()->rowOfId(QStringLiteral("8f5b2a7f341a")));
    QCOMPARE(w.detailsPanel()->upgradeView()->toPlainText(),
             QStringLiteral("ALTER TABLE system_logs ADD COLUMN request_id VARCHAR(36);\n\n"
                            "CREATE INDEX ix_system_logs_request_id ON system_logs "
                            "(request_id);\n\n"));
    QCOMPARE(w.detailsPanel()->downgradeView()->toPlainText(),
             QStringLiteral("DROP INDEX ix_system_logs_request_id;\n\n"
                            "ALTER TABLE system_logs DROP COLUMN request_id;\n\n"));
    clickRow(w.graphView(), w.model()->rowOfId(QStringLiteral("8d91d29f0c4d")));

    // Clicking a parent link in the details selects it.
    emit w.detailsPanel()->revisionLinkActivated(QStringLiteral("f93cbb7e1891"));
    QCOMPARE(w.currentRevisionId(), QStringLiteral("f93cbb7e1891"));
    // Ctrl+click adds to the selection (merge selected heads).
    const int other = w.model()->rowOfId(QStringLiteral("8f5b2a7f341a"));
    clickRow(w.graphView(), other, Qt::ControlModifier);
    QCOMPARE(w.selectedRevisionIds().size(), 2);
    QVERIFY(w.selectedRevisionIds().contains(QStringLiteral("f93cbb7e1891")));
    QVERIFY(w.selectedRevisionIds().contains(QStringLiteral("8f5b2a7f341a")));
}

void TestMainWindow::sqlRevisionShowsSections()
{
    QTemporaryDir dir;
    const QString ini = copyDemo(dir.path());
    QFile sql(QDir(dir.path()).filePath(QStringLiteral("versions/5a1e0000beef_add_note.sql")));
    QVERIFY(sql.open(QIODevice::WriteOnly));
    sql.write("-- Revision ID: 5a1e0000beef\n-- Revises: 4117fca04a62\n"
              "-- Create Date: 2026-07-01 10:00:00.000000\n-- Message: add note column\n\n"
              "-- migrate:upgrade\nALTER TABLE users ADD COLUMN note text;\n\n"
              "-- migrate:downgrade\nALTER TABLE users DROP COLUMN note;\n");
    sql.close();
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(w.selectRevision(QStringLiteral("5a1e0000beef")));
    QCOMPARE(w.detailsPanel()->upgradeView()->toPlainText().trimmed(),
             QStringLiteral("ALTER TABLE users ADD COLUMN note text;"));
    QCOMPARE(w.detailsPanel()->downgradeView()->toPlainText().trimmed(),
             QStringLiteral("ALTER TABLE users DROP COLUMN note;"));
    QVERIFY(w.detailsPanel()->summaryText().contains(QStringLiteral("add note column")));
}

void TestMainWindow::keyboardNavigation()
{
    MainWindow w;
    w.resize(1000, 500);
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    GraphView *view = w.graphView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->currentRow(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentRow(), 1);
    QCOMPARE(w.currentRevisionId(), w.snapshot()->id(w.model()->nodeAt(1)));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentRow(), 1);
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->currentRow(), 24);
    QCOMPARE(w.currentRevisionId(), QStringLiteral("2f0e696c46da")); // the base
    // The selected row is scrolled into view.
    QVERIFY(view->viewport()->rect().contains(view->rowRect(24).center()));
    QTest::keyClick(view, Qt::Key_PageUp);
    QVERIFY(view->currentRow() < 24 && view->currentRow() >= 0);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(view->currentRow(), 24);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentRow(), 23);
    QSignalSpy activated(view, &GraphView::activated);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 23);
}

void TestMainWindow::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("matches");
    QTest::newRow("id prefix") << "8f98"
                               << "8f988d5ebe8b" << 1;
    QTest::newRow("shared prefix") << "8f"
                                   << "8f5b2a7f341a" << 2;
    QTest::newRow("message") << "leave_balances"
                             << "6964b50920bc" << 1;
    QTest::newRow("message, any case") << "EMERGENCY"
                                       << "d1b3f9c70b9d" << 1;
    QTest::newRow("label") << "reporting"
                           << "d9f038b86e4b" << 1;
    QTest::newRow("label audit") << "audit"
                                 << "105d88e4eaac" << 1;
    QTest::newRow("nothing") << "no-such-thing"
                             << "" << 0;
}

void TestMainWindow::search()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(int, matches);
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    w.searchField()->setFocus();
    QTest::keyClicks(w.searchField(), text);
    QCOMPARE(w.model()->find(text).size(), matches);
    if (!first.isEmpty())
        QCOMPARE(w.currentRevisionId(), first);
    if (matches > 1) {
        QTest::keyClick(w.searchField(), Qt::Key_Return);
        QVERIFY(w.currentRevisionId() != first);
        QVERIFY(w.currentRevisionId().startsWith(text));
    }
}

void TestMainWindow::hoverHighlightsAncestry()
{
    MainWindow w;
    w.resize(1000, 900);
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    GraphView *view = w.graphView();
    const int row = w.model()->rowOfId(mergeId);
    view->verticalScrollBar()->setValue(0);
    QTest::mouseMove(view->viewport(), view->nodeCenter(row));
    QTRY_COMPARE(view->hoveredRow(), row);
    const ProjectSnapshot &s = *w.snapshot();
    QVERIFY(view->isHighlighted(s.nodeOf(mergeId)));
    QVERIFY(view->isHighlighted(s.nodeOf(QStringLiteral("2f0e696c46da"))));
    QVERIFY(view->isHighlighted(s.nodeOf(QStringLiteral("d57f37d2875d"))));
    QVERIFY(!view->isHighlighted(s.nodeOf(QStringLiteral("d1b3f9c70b9d")))); // a child
    QVERIFY(!view->isHighlighted(s.nodeOf(QStringLiteral("4117fca04a62"))));
}

void TestMainWindow::zoom()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    GraphView *view = w.graphView();
    view->resetZoom();
    const int height = view->rowHeight();
    view->zoomIn();
    QVERIFY(view->zoom() > 1.0);
    QVERIFY(view->rowHeight() > height);
    view->resetZoom();
    QCOMPARE(view->zoom(), 1.0);
    // Ctrl+wheel zooms; a plain wheel scrolls.
    const QPoint pos = view->viewport()->rect().center();
    QWheelEvent up(pos, view->viewport()->mapToGlobal(pos), {}, {0, 120}, Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &up);
    QVERIFY(view->zoom() > 1.0);
    QWheelEvent down(pos, view->viewport()->mapToGlobal(pos), {}, {0, -120}, Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &down);
    QCOMPARE(view->zoom(), 1.0);
    // Ctrl+0 resets, Ctrl++ zooms in (window shortcuts).
    view->zoomOut();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view->zoom() > 1.0);
    view->resetZoom();
}

void TestMainWindow::brokenProject()
{
    QTemporaryDir dir;
    const QString ini = copyDemo(dir.path());
    // A missing parent, and a file that does not parse (a head, so nothing else breaks).
    QVERIFY(replaceInFile(findFile(dir.path(), QStringLiteral("d9f038b86e4b")),
                          "down_revision = 'd1b3f9c70b9d'", "down_revision = 'deadbeef0000'"));
    QVERIFY(replaceInFile(findFile(dir.path(), QStringLiteral("4117fca04a62")),
                          "def upgrade() -> None:", "def upgrade( -> None:"));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    const ProjectSnapshot &s = *w.snapshot();
    QVERIFY(s.ok());
    QCOMPARE(s.revisions.size(), 24); // the rest still loads
    QCOMPARE(s.layout.ghosts.size(), 1);
    QCOMPARE(w.model()->rowCount(), 25);
    const int ghost = s.nodeOf(QStringLiteral("deadbeef0000"));
    QVERIFY(s.isGhost(ghost));
    const QModelIndex index = w.model()->index(w.model()->rowOf(ghost), 0);
    QVERIFY(RevisionModel::NodeKinds(index.data(RevisionModel::KindRole).toInt()) &
            RevisionModel::Ghost);
    QVERIFY(
        index.data(RevisionModel::ErrorRole).toString().contains(QStringLiteral("d9f038b86e4b")));
    // The ghost is drawn right below the revision that names it.
    QCOMPARE(w.model()->rowOf(ghost), w.model()->rowOfId(QStringLiteral("d9f038b86e4b")) + 1);
    QVERIFY(!s.map.has_value());

    QTreeWidget *problems = w.problemsView();
    QCOMPARE(problems->topLevelItemCount(), 2);
    QTreeWidgetItem *parseItem = nullptr;
    QTreeWidgetItem *ghostItem = nullptr;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = problems->topLevelItem(i);
        if (item->text(1).contains(QStringLiteral("4117fca04a62")))
            parseItem = item;
        if (item->text(0).contains(QStringLiteral("deadbeef0000")))
            ghostItem = item;
    }
    QVERIFY(parseItem);
    QVERIFY(parseItem->text(2).toInt() > 0); // a line
    QVERIFY(ghostItem);
    QVERIFY(ghostItem->text(1).contains(QStringLiteral("d9f038b86e4b")));
    QCOMPARE(ghostItem->text(2), QStringLiteral("14")); // the down_revision line
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("2 problems")));
    // Activating the problem selects the ghost; its details carry the error.
    emit problems->itemActivated(ghostItem, 0);
    QCOMPARE(w.currentRevisionId(), QStringLiteral("deadbeef0000"));
    QVERIFY(w.detailsPanel()->summaryText().contains(QStringLiteral("not present")));
}

void TestMainWindow::liveReload()
{
    QTemporaryDir dir;
    const QString ini = copyDemo(dir.path());
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(w.selectRevision(QStringLiteral("20728c475721")));
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    QFile file(QDir(dir.path()).filePath(QStringLiteral("versions/aaaa00000001_add_badge.py")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\"\"\"add badge\n\nRevision ID: aaaa00000001\nRevises: 4117fca04a62\n"
               "Create Date: 2026-08-01 09:00:00.000000\n\n\"\"\"\n"
               "revision = 'aaaa00000001'\ndown_revision = '4117fca04a62'\n"
               "branch_labels = None\ndepends_on = None\n");
    file.close();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.model()->rowCount(), 26);
    QCOMPARE(w.currentRevisionId(), QStringLiteral("20728c475721")); // selection kept
    QCOMPARE(w.snapshot()->heads.size(), 2);
    QVERIFY(w.snapshot()->isHead(w.snapshot()->nodeOf(QStringLiteral("aaaa00000001"))));
    // An edit to an existing file reloads too.
    QVERIFY(replaceInFile(file.fileName(), "add badge", "add a badge"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.snapshot()->message(w.snapshot()->nodeOf(QStringLiteral("aaaa00000001"))),
             QStringLiteral("add a badge"));
    // Removing it goes back to 25.
    QVERIFY(QFile::remove(file.fileName()));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.model()->rowCount(), 25);
}

void TestMainWindow::modelTester()
{
    RevisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(loadProjectSnapshot(m_demoIni));
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.columnCount(), int(RevisionModel::ColumnCount));
    model.setAppliedRevisions({mergeId});
    model.setCurrentHeads({mergeId});
    model.clearDatabaseState();
    QVERIFY(!model.hasDatabaseState());
    model.setAppliedRevisions({mergeId});
    QTemporaryDir dir;
    const QString ini = copyDemo(dir.path());
    QVERIFY(replaceInFile(findFile(dir.path(), QStringLiteral("d9f038b86e4b")),
                          "down_revision = 'd1b3f9c70b9d'", "down_revision = 'deadbeef0000'"));
    model.setSnapshot(loadProjectSnapshot(ini)); // with a ghost
    QCOMPARE(model.rowCount(), 26);
    model.setSnapshot(loadProjectSnapshot(QStringLiteral("/nonexistent/alembic.ini")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.snapshot()->ok());
    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::databaseState()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    const QModelIndex index = w.model()->index(w.model()->rowOfId(mergeId), 0);
    QVERIFY(!index.data(RevisionModel::AppliedRole).toBool());
    QVERIFY(w.model()->hasDatabaseState()); // the demo's empty SQLite database
    w.database()->disconnectDatabase();
    QVERIFY(!w.model()->hasDatabaseState());
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("connection: none")));
    w.setAppliedRevisions({mergeId, QStringLiteral("2f0e696c46da")});
    w.setCurrentHeads({mergeId});
    QVERIFY(index.data(RevisionModel::AppliedRole).toBool());
    QVERIFY(index.data(RevisionModel::CurrentHeadRole).toBool());
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("current: ") + mergeId));
    w.setConnectionDescription(QStringLiteral("postgresql://dba:***@db/app"));
    QVERIFY(w.statusSummary()->text().contains(
        QStringLiteral("connection: postgresql://dba:***@db/app")));
}

void TestMainWindow::futureActions()
{
    {
        // Without a project, every revision action is disabled and says why.
        MainWindow empty;
        for (RevisionAction a :
             {RevisionAction::UpgradeToHere, RevisionAction::UpgradeToHeads,
              RevisionAction::DowngradeToHere, RevisionAction::DowngradeOneStep,
              RevisionAction::StampHere, RevisionAction::DryRun, RevisionAction::MergeSelectedHeads,
              RevisionAction::NewRevisionAfter}) {
            QAction *action = empty.revisionAction(a);
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            QVERIFY(!action->toolTip().isEmpty());
        }
        QVERIFY(!empty.mergeButton()->isEnabled());
    }
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    QVERIFY(w.selectRevision(mergeId));
    // With the project and its SQLite database, the database controller has enabled them.
    QVERIFY(w.revisionAction(RevisionAction::UpgradeToHere)->isEnabled());
    QVERIFY(w.revisionAction(RevisionAction::NewRevisionAfter)->isEnabled());
    QVERIFY(w.revisionAction(RevisionAction::MergeSelectedHeads)->isEnabled());
    w.database()->disconnectDatabase();
    QVERIFY(!w.revisionAction(RevisionAction::UpgradeToHere)->isEnabled());
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("connection: none")));
    // Triggering emits revisionActionRequested with the current revision first.
    QSignalSpy requested(&w, &MainWindow::revisionActionRequested);
    w.revisionAction(RevisionAction::NewRevisionAfter)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).value<RevisionAction>(), RevisionAction::NewRevisionAfter);
    QCOMPARE(requested.first().at(1).toStringList(), QStringList{mergeId});
    w.setRevisionActionEnabled(RevisionAction::MergeSelectedHeads, false);
    QVERIFY(!w.mergeButton()->isEnabled());
}

void TestMainWindow::settingsPersist()
{
    {
        MainWindow w;
        w.resize(1111, 666);
        w.show();
        QVERIFY(openAndWait(w, m_demoIni));
        w.graphView()->zoomIn();
        w.close();
    }
    QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/splitter")).toByteArray().isEmpty());
    MainWindow again;
    QVERIFY(again.graphView()->zoom() > 1.0);
    QCOMPARE(again.size(), QSize(1111, 666));
    again.graphView()->resetZoom();
    again.close();
}

void TestMainWindow::screenshots()
{
    const QString out = QStringLiteral(RETORT_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(out));
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    w.graphView()->resetZoom();
    QVERIFY(w.selectRevision(mergeId));
    const QString graph = QDir(out).filePath(QStringLiteral("mainwindow-demo.png"));
    QVERIFY(w.grab().save(graph));
    // Applied marks as the runtime will set them: everything up to the merge.
    QSet<QString> applied;
    const ProjectSnapshot &s = *w.snapshot();
    for (int v = 0; v < s.layout.inputCount; ++v)
        if (s.layout.rowOfNode.at(v) >= s.layout.rowOfNode.at(s.nodeOf(mergeId)))
            applied.insert(s.id(v));
    w.setAppliedRevisions(applied);
    w.setCurrentHeads({mergeId});
    QTest::mouseMove(w.graphView()->viewport(),
                     w.graphView()->nodeCenter(w.model()->rowOfId(QStringLiteral("d9f038b86e4b"))));
    QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("mainwindow-applied.png"))));
    // A dark palette is followed.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        dark.setColor(QPalette::Disabled, role, QColor(0x70, 0x70, 0x70));
    QApplication::setPalette(dark);
    QApplication::processEvents();
    QCOMPARE(w.graphView()->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("mainwindow-dark.png"))));
    QApplication::setPalette(QPalette());
    qInfo("screenshots in %s", qPrintable(out));
    QVERIFY(QFileInfo(graph).size() > 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
