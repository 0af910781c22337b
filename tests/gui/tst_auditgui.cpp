// The audit table in retort-gui (issue 12), through the real widgets against the fixture's
// PostgreSQL and SQLite: the details panel's History tab after an upgrade, the History dock
// (a failed run highlighted, the filter), validate before a GUI run (edited applied file:
// declining runs nothing, confirming runs), and several profiles' markers on one graph with
// the status bar saying how far each is behind heads.

#include "connectiondialog.h"
#include "connectionprofile.h"
#include "connectionprofilemodel.h"
#include "databasecontroller.h"
#include "dbtesthelpers.h"
#include "detailspanel.h"
#include "graphview.h"
#include "guitesthelpers.h"
#include "historyview.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "profileoverlay.h"
#include "revisionmodel.h"
#include "runprogressdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace retort;
using namespace retort::test;

namespace {

/** Saves a profile for `url` as the project's last one and waits for the connection. */
bool connectTo(MainWindow &w, const QString &url, const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.url = url;
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    w.database()->connectProfile(p, std::nullopt, false);
    if (!refreshed.wait(20000) || !refreshed.last().first().toBool()) {
        qWarning("connect failed: %s", qPrintable(w.database()->lastError()));
        return false;
    }
    return true;
}

/** Waits for the auto-connection of a freshly opened project. */
bool waitConnected(MainWindow &w)
{
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    return w.database()->isConnected() || (refreshed.wait(20000) && w.database()->isConnected());
}

/** Runs the plan; true when it ended as `expectOk` says and the rows were read again. */
bool runPlan(MainWindow &w, PlanDialog *plan, bool expectOk = true)
{
    DatabaseController *db = w.database();
    QSignalSpy finished(db, &DatabaseController::runFinished);
    QSignalSpy refreshed(db, &DatabaseController::stateRefreshed);
    if (plan->confirmBox()->isVisible())
        plan->confirmBox()->setChecked(true);
    if (!plan->runButton()->isVisible() || !plan->runButton()->isEnabled())
        return false;
    QTest::mouseClick(plan->runButton(), Qt::LeftButton);
    if (!finished.wait(60000) || finished.first().first().toBool() != expectOk) {
        qWarning("run: %s", qPrintable(db->lastError()));
        return false;
    }
    if (db->progressDialog())
        db->progressDialog()->close();
    return refreshed.wait(20000);
}

QStringList versionRows(const PgTestServer &server, const QString &db)
{
    return adminColumn(server, db, QStringLiteral("SELECT version_num FROM alembic_version"));
}

} // namespace

class TestAuditGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detailsPanelAfterUpgrade_data();
    void detailsPanelAfterUpgrade();
    void historyShowsFailedRun();
    void editedFileAsks();
    void profilesOnGraph();

private:
    QTemporaryDir m_home;
    PgTestServer m_server;
    int m_projects = 0;
    QString m_shots;

    QString project(const QList<SqlRevision> &revisions)
    {
        return writeSqlProject(m_home.filePath(QStringLiteral("p%1").arg(++m_projects)), revisions);
    }
};

void TestAuditGui::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditgui"));
    QSettings().setValue(QStringLiteral("database/checkDrift"), false);
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_shots = QStringLiteral(RETORT_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_shots));
}

void TestAuditGui::detailsPanelAfterUpgrade_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("postgresql") << true;
    QTest::newRow("sqlite") << false;
}

void TestAuditGui::detailsPanelAfterUpgrade()
{
    QFETCH(bool, postgres);
    const QString ini =
        project({{QStringLiteral("a1"),
                  {},
                  QStringLiteral("CREATE TABLE a1 (id int);"),
                  QStringLiteral("DROP TABLE a1;")},
                 {QStringLiteral("a2"), QStringLiteral("a1"),
                  QStringLiteral("CREATE TABLE a2 (id int);"), QStringLiteral("DROP TABLE a2;")}});
    QVERIFY(!ini.isEmpty());
    MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(openAndWait(w, ini));
    QString expectedUser;
    if (postgres) {
        QString error;
        const QString db = freshDatabase(m_server, QStringLiteral("audit_details"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(connectTo(w, serverUrl(m_server, db), QStringLiteral("pg")));
        expectedUser = m_server.user();
    } else {
        QVERIFY(waitConnected(w)); // the ini's SQLite database
        QVERIFY(w.database()->description().contains(QStringLiteral("unused.db")));
    }
    QVERIFY(w.database()->history().isEmpty());
    QVERIFY(w.selectRevision(QStringLiteral("a1")));
    QTreeWidget *audit = w.detailsPanel()->auditView();
    // Before any run: the revision has no rows (the one line says so).
    QCOMPARE(audit->topLevelItemCount(), 1);
    QVERIFY(audit->topLevelItem(0)->text(2).isEmpty());

    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY(runPlan(w, plan));
    QCOMPARE(w.database()->history().size(), 2);

    if (!postgres) {
        // The user the engine wrote into the SQLite file, read back on our own connection.
        QSqlDatabase sqlite =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-sqlite"));
        sqlite.setDatabaseName(QFileInfo(ini).dir().filePath(QStringLiteral("unused.db")));
        QVERIFY(sqlite.open());
        {
            QSqlQuery q(sqlite);
            QVERIFY(q.exec(QStringLiteral("SELECT db_user FROM retort_history WHERE revision = "
                                          "'a1'")));
            QVERIFY(q.next());
            expectedUser = q.value(0).toString();
        }
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("audit-sqlite"));
        QVERIFY(!expectedUser.isEmpty());
    }

    // The selected revision's row: applied, by the database user on this host, newest first.
    QVERIFY(w.selectRevision(QStringLiteral("a1")));
    QCOMPARE(audit->topLevelItemCount(), 1);
    QTreeWidgetItem *row = audit->topLevelItem(0);
    QCOMPARE(row->text(1), QStringLiteral("upgrade"));
    QCOMPARE(row->text(2), QStringLiteral("applied"));
    QVERIFY2(row->text(3).startsWith(expectedUser), qPrintable(row->text(3)));
    QVERIFY2(row->text(3).contains(QSysInfo::machineHostName()), qPrintable(row->text(3)));
    QVERIFY(!row->text(0).isEmpty());
    QVERIFY(row->text(5).endsWith(QStringLiteral("ms")) || row->text(5).endsWith(QLatin1Char('s')));
    if (postgres) // PostgreSQL records the session's application_name
        QVERIFY(!row->text(4).isEmpty());
    // A downgrade adds a newer row, shown first.
    QVERIFY(w.selectRevision(QStringLiteral("a2")));
    PlanDialog *down = planFor(w, RevisionAction::DowngradeOneStep);
    QVERIFY(down);
    QVERIFY(runPlan(w, down));
    QVERIFY(w.selectRevision(QStringLiteral("a2")));
    QCOMPARE(audit->topLevelItemCount(), 2);
    QCOMPARE(audit->topLevelItem(0)->text(1), QStringLiteral("downgrade"));
    QCOMPARE(audit->topLevelItem(1)->text(1), QStringLiteral("upgrade"));
}

void TestAuditGui::historyShowsFailedRun()
{
    const QString ini =
        project({{QStringLiteral("b1"),
                  {},
                  QStringLiteral("CREATE TABLE b1 (id int);"),
                  QStringLiteral("DROP TABLE b1;")},
                 {QStringLiteral("b2"), QStringLiteral("b1"),
                  QStringLiteral("INSERT INTO no_such_table VALUES (1);"), QString()}});
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("audit_failed"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectTo(w, serverUrl(m_server, db), QStringLiteral("pg")));
    QVERIFY(w.selectRevision(QStringLiteral("b1")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHere);
    QVERIFY(plan);
    QVERIFY(runPlan(w, plan));
    plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY(runPlan(w, plan, false));
    QCOMPARE(versionRows(m_server, db), QStringList{QStringLiteral("b1")});

    // View > History opens the dock with every run, newest first.
    DatabaseController *dbc = w.database();
    QVERIFY(!dbc->historyDock()->isVisible());
    dbc->historyAction()->trigger();
    QVERIFY(dbc->historyDock()->isVisible());
    HistoryView *view = dbc->historyView();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel *proxy = view->proxy();
    QCOMPARE(proxy->rowCount(), 2);
    const auto cell = [proxy](int row, int column, int role = Qt::DisplayRole) {
        return proxy->index(row, column).data(role);
    };
    QCOMPARE(cell(0, HistoryModel::RevisionColumn).toString(), QStringLiteral("b2"));
    QCOMPARE(cell(0, HistoryModel::OutcomeColumn).toString(), QStringLiteral("failed"));
    QVERIFY(cell(0, 0, HistoryModel::FailedRole).toBool());
    QVERIFY2(
        cell(0, HistoryModel::MessageColumn).toString().contains(QStringLiteral("no_such_table")),
        qPrintable(cell(0, HistoryModel::MessageColumn).toString()));
    // Highlighted: a background colour, bold, and an icon (not colour alone).
    QVERIFY(cell(0, HistoryModel::RevisionColumn, Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(cell(0, HistoryModel::RevisionColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!cell(0, HistoryModel::OutcomeColumn, Qt::DecorationRole).value<QIcon>().isNull());
    // The applied run is not.
    QCOMPARE(cell(1, HistoryModel::RevisionColumn).toString(), QStringLiteral("b1"));
    QCOMPARE(cell(1, HistoryModel::OutcomeColumn).toString(), QStringLiteral("applied"));
    QVERIFY(!cell(1, HistoryModel::RevisionColumn, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(1, HistoryModel::RevisionColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(cell(1, HistoryModel::UserColumn).toString() == m_server.user());

    // The filter line edit.
    QTest::keyClicks(view->filterEdit(), QStringLiteral("NO_SUCH"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::RevisionColumn).toString(), QStringLiteral("b2"));
    view->filterEdit()->clear();
    QTest::keyClicks(view->filterEdit(), QStringLiteral("applied"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::RevisionColumn).toString(), QStringLiteral("b1"));
    view->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 2);
    // The details panel shows the failure with the server's message too.
    QVERIFY(w.selectRevision(QStringLiteral("b2")));
    QTreeWidget *audit = w.detailsPanel()->auditView();
    QCOMPARE(audit->topLevelItemCount(), 1);
    QCOMPARE(audit->topLevelItem(0)->text(2), QStringLiteral("failed"));
    QVERIFY(audit->topLevelItem(0)->text(6).contains(QStringLiteral("no_such_table")));
    QVERIFY(audit->topLevelItem(0)->font(2).bold());
    w.detailsPanel()->tabs()->setCurrentWidget(audit);
    QVERIFY(w.grab().save(QDir(m_shots).filePath(QStringLiteral("mainwindow-history.png"))));
}

void TestAuditGui::editedFileAsks()
{
    const QString ini =
        project({{QStringLiteral("c1"),
                  {},
                  QStringLiteral("CREATE TABLE c1 (id int);"),
                  QStringLiteral("DROP TABLE c1;")},
                 {QStringLiteral("c2"), QStringLiteral("c1"),
                  QStringLiteral("CREATE TABLE c2 (id int);"), QStringLiteral("DROP TABLE c2;")}});
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("audit_edited"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectTo(w, serverUrl(m_server, db), QStringLiteral("pg")));
    QVERIFY(w.selectRevision(QStringLiteral("c1")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHere);
    QVERIFY(plan);
    QVERIFY(runPlan(w, plan));
    QCOMPARE(versionRows(m_server, db), QStringList{QStringLiteral("c1")});

    // Unchanged files: no question, the plan opens directly.
    DatabaseController *dbc = w.database();
    QSignalSpy asked(dbc, &DatabaseController::validationQuestionOpened);
    plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY(asked.isEmpty());
    QVERIFY(!plan->validationNote()->isVisible());
    plan->close();

    // Edit the applied file.
    QFile file(QFileInfo(ini).dir().filePath(QStringLiteral("versions/c1_step.sql")));
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n-- edited after it was applied\n");
    file.close();
    QSignalSpy reloaded(&w, &MainWindow::projectLoaded);
    reloaded.wait(5000); // the folder watcher reloads the graph (debounced)

    QSignalSpy plans(dbc, &DatabaseController::planDialogOpened);
    QSignalSpy runs(dbc, &DatabaseController::runStarted);
    w.revisionAction(RevisionAction::UpgradeToHeads)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
    QMessageBox *box = dbc->validationQuestion();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("c1")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("edited")), qPrintable(box->text()));
    QVERIFY2(box->detailedText().contains(QStringLiteral("+-- edited after it was applied")),
             qPrintable(box->detailedText()));
    // Declined: nothing runs, no plan, the version table as it was.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(500);
    QVERIFY(plans.isEmpty());
    QVERIFY(runs.isEmpty());
    QVERIFY(!dbc->isBusy());
    QCOMPARE(versionRows(m_server, db), QStringList{QStringLiteral("c1")});

    // Confirmed: the plan dialog, then the run.
    w.revisionAction(RevisionAction::UpgradeToHeads)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 20000);
    box = dbc->validationQuestion();
    QVERIFY(box);
    auto *runAnyway = box->findChild<QPushButton *>(QStringLiteral("runAnyway"));
    QVERIFY(runAnyway);
    QTest::mouseClick(runAnyway, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(plans.size(), 1, 20000);
    plan = dbc->planDialog();
    QVERIFY(plan);
    // The plan repeats what the DBA chose to run over.
    QVERIFY(plan->validationNote()->isVisible());
    QVERIFY2(plan->validationNote()->text().contains(QStringLiteral("c1 was edited")),
             qPrintable(plan->validationNote()->text()));
    QVERIFY(runPlan(w, plan));
    QCOMPARE(versionRows(m_server, db), QStringList{QStringLiteral("c2")});
}

void TestAuditGui::profilesOnGraph()
{
    const QString ini =
        project({{QStringLiteral("d1"),
                  {},
                  QStringLiteral("CREATE TABLE d1 (id int);"),
                  QStringLiteral("DROP TABLE d1;")},
                 {QStringLiteral("d2"), QStringLiteral("d1"),
                  QStringLiteral("CREATE TABLE d2 (id int);"), QStringLiteral("DROP TABLE d2;")},
                 {QStringLiteral("d3"), QStringLiteral("d2"),
                  QStringLiteral("CREATE TABLE d3 (id int);"), QStringLiteral("DROP TABLE d3;")}});
    QString error;
    const QString staging = freshDatabase(m_server, QStringLiteral("audit_staging"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString prod = freshDatabase(m_server, QStringLiteral("audit_prod"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString cli = qEnvironmentVariable("RETORT_CLI");
    runProgram(cli,
               {QStringLiteral("--url"), serverUrl(m_server, staging), QStringLiteral("-c"), ini,
                QStringLiteral("upgrade"), QStringLiteral("d1")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    runProgram(cli,
               {QStringLiteral("--url"), serverUrl(m_server, prod), QStringLiteral("-c"), ini,
                QStringLiteral("upgrade"), QStringLiteral("heads")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Three saved profiles shown on the graph; one cannot connect. A password handed in
    // with a URL is never stored.
    const auto profile = [](const QString &name, const QString &url) {
        ConnectionProfile p;
        p.name = name;
        p.url = url;
        p.showOnGraph = true;
        return p;
    };
    ConnectionProfile hidden = profile(QStringLiteral("hidden"), serverUrl(m_server, prod));
    hidden.showOnGraph = false;
    QString stagingUrl = serverUrl(m_server, staging);
    stagingUrl.replace(m_server.user() + QLatin1Char('@'),
                       m_server.user() + QStringLiteral(":sekrit-pw@"));
    profilestore::save(ini, {profile(QStringLiteral("staging"), stagingUrl),
                             profile(QStringLiteral("prod"), serverUrl(m_server, prod)),
                             profile(QStringLiteral("broken"),
                                     serverUrl(m_server, QStringLiteral("no_such_database"))),
                             hidden});
    const QList<ConnectionProfile> loaded = profilestore::load(ini);
    QCOMPARE(loaded.size(), 4);
    QVERIFY(loaded.at(0).showOnGraph);
    QVERIFY(!loaded.at(3).showOnGraph);
    {
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("sekrit-pw")),
                     qPrintable(key));
    }

    MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(openAndWait(w, ini));
    ProfileOverlay *overlay = w.database()->profileOverlay();
    QTRY_VERIFY_WITH_TIMEOUT(!overlay->isBusy() && overlay->entries().size() == 3, 20000);
    QCOMPARE(overlay->entries().at(0).profile.name, QStringLiteral("staging"));
    QVERIFY2(overlay->entries().at(0).ok, qPrintable(overlay->entries().at(0).error));
    QVERIFY2(overlay->entries().at(1).ok, qPrintable(overlay->entries().at(1).error));
    QVERIFY(!overlay->entries().at(2).ok);
    QVERIFY(overlay->entries().at(0).color != overlay->entries().at(1).color);

    // The model: each marker on its profile's current revision, none elsewhere.
    RevisionModel *model = w.model();
    const auto markersOf = [model](const QString &id) {
        return model->index(model->rowOfId(id), 0)
            .data(RevisionModel::ProfileMarkersRole)
            .toStringList();
    };
    QCOMPARE(markersOf(QStringLiteral("d1")), QStringList{QStringLiteral("staging")});
    QCOMPARE(markersOf(QStringLiteral("d2")), QStringList());
    QCOMPARE(markersOf(QStringLiteral("d3")), QStringList{QStringLiteral("prod")});

    // The graph paints them on those rows, in the profile's colour.
    GraphView *graph = w.graphView();
    const QImage image = graph->viewport()->grab().toImage();
    QVERIFY(image.save(QDir(m_shots).filePath(QStringLiteral("graph-profile-markers.png"))));
    QHash<QString, GraphView::PaintedMarker> painted;
    for (const GraphView::PaintedMarker &m : graph->paintedMarkers())
        painted.insert(m.profile, m);
    QCOMPARE(painted.size(), 2);
    QCOMPARE(painted.value(QStringLiteral("staging")).row, model->rowOfId(QStringLiteral("d1")));
    QCOMPARE(painted.value(QStringLiteral("prod")).row, model->rowOfId(QStringLiteral("d3")));
    const qreal dpr = image.devicePixelRatio();
    for (int i = 0; i < 2; ++i) {
        const ProfileOverlay::Entry &e = overlay->entries().at(i);
        const QRect r = painted.value(e.profile.name).rect;
        QVERIFY(!r.isEmpty());
        const QPoint at(int((r.left() + 2) * dpr), int(r.center().y() * dpr));
        QCOMPARE(image.pixelColor(at).rgb(), e.color.rgb());
    }

    // The status bar: how far each is behind heads; the broken one says why in its tooltip.
    QLabel *status = overlay->statusLabel();
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("staging: 2 behind heads")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("prod: at heads")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("broken: cannot connect")),
             qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("no_such_database")),
             qPrintable(status->toolTip()));
    QVERIFY(!status->toolTip().contains(QStringLiteral("sekrit-pw")));
    QVERIFY(!status->text().contains(QStringLiteral("hidden")));

    // Staging moves on: a refresh reads it again.
    runProgram(cli,
               {QStringLiteral("--url"), serverUrl(m_server, staging), QStringLiteral("-c"), ini,
                QStringLiteral("upgrade"), QStringLiteral("d2")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Database > Reread reads the shown profiles, connected or not.
    w.database()->disconnectAction()->trigger();
    QVERIFY(!w.database()->isConnected());
    QVERIFY(w.database()->refreshAction()->isEnabled());
    w.database()->refreshAction()->trigger();
    QVERIFY(overlay->isBusy()); // off the GUI thread: the answers come later
    QTRY_VERIFY_WITH_TIMEOUT(!overlay->isBusy(), 20000);
    QCOMPARE(markersOf(QStringLiteral("d1")), QStringList());
    QCOMPARE(markersOf(QStringLiteral("d2")), QStringList{QStringLiteral("staging")});
    QVERIFY2(status->text().contains(QStringLiteral("staging: 1 behind heads")),
             qPrintable(status->text()));
    QVERIFY(w.grab().save(QDir(m_shots).filePath(QStringLiteral("mainwindow-profiles.png"))));

    // "Show on the graph" in the connection dialog: saved with the profile, read on close.
    DatabaseController *db = w.database();
    db->openConnectionDialog();
    ConnectionDialog *dialog = db->connectionDialog();
    QVERIFY(dialog);
    dialog->selectProfile(dialog->model()->rowOf(QStringLiteral("hidden")));
    QVERIFY(dialog->showOnGraphBox()->isEnabled());
    QVERIFY(!dialog->showOnGraphBox()->isChecked());
    dialog->showOnGraphBox()->click();
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveProfiles"));
    QVERIFY(save);
    save->click();
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(!overlay->isBusy() && overlay->entries().size() == 4, 20000);
    QVERIFY(profilestore::load(ini).at(3).showOnGraph);
    QVERIFY2(status->text().contains(QStringLiteral("hidden: at heads")),
             qPrintable(status->text()));
    QCOMPARE(markersOf(QStringLiteral("d3")),
             (QStringList{QStringLiteral("prod"), QStringLiteral("hidden")}));
}

QTEST_MAIN(TestAuditGui)
#include "tst_auditgui.moc"
