// The database side of retort-gui driven through its real widgets against the fixture's
// PostgreSQL: connect through the connection dialog, read the rows and mark the graph,
// upgrade / downgrade / stamp / dry run through the plan dialog and the run dialog, cancel a
// long statement, destructive warnings and refused steps in the plan, merge heads and new
// revision (checked by Alembic), the models under QAbstractItemModelTester, screenshots.

#include "connectiondialog.h"
#include "connectionprofilemodel.h"
#include "databasecontroller.h"
#include "dbtesthelpers.h"
#include "demoproject.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "planstepmodel.h"
#include "pythonbridgedialog.h"
#include "revisionmessagedialog.h"
#include "revisionmodel.h"
#include "runprogressdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace retort;
using namespace retort::test;

namespace {

/** Connects `w` to `url` through the connection dialog (a new saved profile). */
bool connectThroughDialog(MainWindow &w, const QString &url, const QString &name)
{
    DatabaseController *db = w.database();
    QSignalSpy opened(db, &DatabaseController::connectionDialogOpened);
    db->connectAction()->trigger();
    if (opened.size() != 1)
        return false;
    ConnectionDialog *dialog = db->connectionDialog();
    dialog->newButton()->click();
    dialog->nameEdit()->setText(name);
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), url);
    QSignalSpy refreshed(db, &DatabaseController::stateRefreshed);
    dialog->connectButton()->click();
    if (!refreshed.wait(20000) || !refreshed.last().first().toBool()) {
        qWarning("connect failed: %s", qPrintable(db->lastError()));
        return false;
    }
    return true;
}

/** Triggers `action` on the current selection and waits for its plan dialog. */
/** Clicks Run in the plan dialog and waits for the run and the re-read of the rows. */
bool runPlan(MainWindow &w, PlanDialog *plan, bool expectOk = true)
{
    DatabaseController *db = w.database();
    QSignalSpy finished(db, &DatabaseController::runFinished);
    QSignalSpy refreshed(db, &DatabaseController::stateRefreshed);
    if (plan->confirmBox()->isVisible()) // a destructive plan: confirm it
        plan->confirmBox()->setChecked(true);
    if (!plan->runButton()->isVisible() || !plan->runButton()->isEnabled())
        return false;
    QTest::mouseClick(plan->runButton(), Qt::LeftButton);
    if (!finished.wait(60000))
        return false;
    if (finished.first().first().toBool() != expectOk) {
        qWarning("run: %s", qPrintable(db->lastError()));
        return false;
    }
    return refreshed.wait(20000);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/** A project of two Python revisions: rb01 renders, rb02 reads the database through
 *  op.get_bind() (the engine cannot render it: only the Python bridge can run it). */
QString writeBridgedProject(const QString &dir)
{
    QDir(dir).mkpath(QStringLiteral("versions"));
    const QString ini = QDir(dir).filePath(QStringLiteral("alembic.ini"));
    const QByteArray head("from alembic import op\nimport sqlalchemy as sa\n\n");
    for (const auto &[path, text] :
         {std::pair{ini, QByteArray("[alembic]\nscript_location = %(here)s\n")},
          std::pair{QDir(dir).filePath(QStringLiteral("versions/rb01_base.py")),
                    head + "revision = 'rb01'\ndown_revision = None\n\n\n"
                           "def upgrade():\n"
                           "    op.create_table('bridged_one', sa.Column('id', sa.Integer()))\n\n\n"
                           "def downgrade():\n    op.drop_table('bridged_one')\n"},
          std::pair{QDir(dir).filePath(QStringLiteral("versions/rb02_read.py")),
                    head + "revision = 'rb02'\ndown_revision = 'rb01'\n\n\n"
                           "def upgrade():\n"
                           "    n = op.get_bind().execute(sa.text('SELECT 1')).scalar()\n"
                           "    if n:\n"
                           "        op.create_table('bridged_two', sa.Column('id', "
                           "sa.Integer()))\n\n\n"
                           "def downgrade():\n    op.drop_table('bridged_two')\n"}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
    }
    return ini;
}

/** `dir`/python3: a program that starts and fails, as a python3 without Alembic does. */
bool writeFailingPython(const QString &dir)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(QStringLiteral("python3")));
    return f.open(QIODevice::WriteOnly) &&
           f.write("#!/bin/sh\necho 'ModuleNotFoundError: No module named alembic' >&2\nexit 1\n") >
               0 &&
           f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                            QFile::ReadGroup | QFile::ExeGroup);
}

} // namespace

class TestDbActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeToHeads();
    void downgradeOneStep();
    void stampWithPurge();
    void dryRun();
    void destructiveWarnings();
    void refusedSteps();
    void bridgedStepRuns();
    void pythonSetting();
    void cancelLongStep();
    void closeDuringRunAsks();
    void mergeHeads();
    void newRevisionAfter();
    void environmentProfile();
    void driftWarning();
    void modelTesters();

private:
    QTemporaryDir m_home;
    PgTestServer m_server;
    QString m_genIni;
    QString m_genDb;
    QString m_shots;
};

void TestDbActions::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dbactions"));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_shots = QStringLiteral(RETORT_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_shots));

    // 30 revisions whose bodies are op.execute() of literal SQL, merged into one head.
    const QString gen = m_home.filePath(QStringLiteral("gen"));
    QString error;
    runProgram(python(),
               {QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py"),
                QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--revisions"),
                QStringLiteral("30"), QStringLiteral("--out"), gen, QStringLiteral("--body"),
                QStringLiteral("execute"), QStringLiteral("--heads"), QStringLiteral("1"),
                QStringLiteral("--no-extras")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_genIni = QDir(gen).filePath(QStringLiteral("alembic.ini"));
    m_genDb = freshDatabase(m_server, QStringLiteral("gui_upgrade"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDbActions::upgradeToHeads()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(openAndWait(w, m_genIni));
    QVERIFY(w.snapshot()->map.has_value());
    QCOMPARE(w.snapshot()->heads.size(), 1);
    // Not connected: the database actions wait for a connection.
    QVERIFY(!w.revisionAction(RevisionAction::UpgradeToHeads)->isEnabled());
    const QString url = serverUrl(m_server, m_genDb);
    QVERIFY(connectThroughDialog(w, url, QStringLiteral("fixture")));
    QVERIFY(w.database()->isConnected());
    QVERIFY(w.database()->rows().isEmpty());
    QVERIFY(w.revisionAction(RevisionAction::UpgradeToHeads)->isEnabled());
    QVERIFY2(w.statusSummary()->text().contains(QStringLiteral("connection: ") + url),
             qPrintable(w.statusSummary()->text()));
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("current: base")));
    // The profile is saved without a password, and remembered as the project's last.
    QSettings settings;
    bool found = false;
    for (const QString &key : settings.allKeys())
        found = found || settings.value(key).toString() == url;
    QVERIFY(found);

    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QCOMPARE(plan->stepModel()->rowCount(), 30);
    QVERIFY(!plan->preview().refused());
    QVERIFY(plan->warningsText().isEmpty() || !plan->preview().destructive());
    // The full script is the offline SQL, byte for byte.
    QString error;
    const QString offline =
        runProgram(qEnvironmentVariable("RETORT_CLI"),
                   {QStringLiteral("--url"), url, QStringLiteral("-c"), m_genIni,
                    QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--sql")},
                   &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plan->scriptView()->toPlainText(), offline);
    // Each step: its SQL as offline mode prints it, what it changes, its version rows.
    plan->selectStep(0);
    const PlanStepPreview &first = plan->preview().steps.first();
    QVERIFY(offline.contains(first.sql));
    QCOMPARE(plan->stepSqlView()->toPlainText(), first.sql);
    QVERIFY2(first.sql.contains(QStringLiteral("INSERT INTO alembic_version")),
             qPrintable(first.sql));
    QVERIFY(!first.summary.changes.isEmpty());
    QVERIFY2(plan->stepDetails()->toPlainText().contains(QStringLiteral("created")),
             qPrintable(plan->stepDetails()->toPlainText()));
    QVERIFY(plan->stepDetails()->toPlainText().contains(QStringLiteral("insert row")));
    QVERIFY(plan->stepModel()
                ->index(0, PlanStepModel::ChangesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("created")));
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QVERIFY(plan->grab().save(QDir(m_shots).filePath(QStringLiteral("plan-upgrade.png"))));

    QVERIFY(runPlan(w, plan));
    RunProgressDialog *progress = w.database()->progressDialog();
    QVERIFY(progress);
    QVERIFY(progress->succeeded());
    QCOMPARE(progress->progressBar()->value(), 30);
    QVERIFY(progress->logView()->toPlainText().contains(QStringLiteral("Committed")));
    for (int i = 0; i < 30; ++i)
        QCOMPARE(PlanStepModel::State(
                     progress->stepModel()->index(i, 0).data(PlanStepModel::StateRole).toInt()),
                 PlanStepModel::State::Done);
    QVERIFY(progress->grab().save(QDir(m_shots).filePath(QStringLiteral("run-upgrade.png"))));
    progress->close();

    // The database: the heads as rows, one table per revision.
    const RevisionMap &map = *w.snapshot()->map;
    QStringList heads;
    for (int h : map.heads())
        heads.append(map.at(h).id);
    QCOMPARE(
        adminColumn(m_server, m_genDb, QStringLiteral("SELECT version_num FROM alembic_version")),
        sorted(heads));
    QCOMPARE(sorted(w.database()->rows()), sorted(heads));
    const QStringList tables = adminColumn(
        m_server, m_genDb,
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                       "tablename LIKE 't\\_%'"));
    QVERIFY2(tables.size() >= 20, qPrintable(tables.join(QLatin1Char(','))));
    // The graph: everything applied, the head marked current.
    for (int row = 0; row < w.model()->rowCount(); ++row) {
        const QModelIndex index = w.model()->index(row, 0);
        QVERIFY2(index.data(RevisionModel::AppliedRole).toBool(),
                 qPrintable(index.data(RevisionModel::IdRole).toString()));
        QCOMPARE(index.data(RevisionModel::CurrentHeadRole).toBool(),
                 heads.contains(index.data(RevisionModel::IdRole).toString()));
    }
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("current: ") + heads.first()));
    QVERIFY(w.grab().save(QDir(m_shots).filePath(QStringLiteral("mainwindow-db-applied.png"))));
}

void TestDbActions::downgradeOneStep()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_genIni));
    // The last profile is used again on open.
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QVERIFY(w.database()->isConnected() || refreshed.wait(20000));
    QVERIFY(w.database()->isConnected());
    const QString head = w.database()->rows().value(0);
    QVERIFY(!head.isEmpty());
    QVERIFY(w.selectRevision(head));
    PlanDialog *plan = planFor(w, RevisionAction::DowngradeOneStep);
    QVERIFY(plan);
    QCOMPARE(plan->stepModel()->rowCount(), 1);
    const PlanStepPreview &step = plan->preview().steps.first();
    QVERIFY2(step.title.startsWith(QStringLiteral("downgrade ") + head), qPrintable(step.title));
    QVERIFY(step.sql.contains(QStringLiteral("alembic_version")));
    QVERIFY(runPlan(w, plan));
    w.database()->progressDialog()->close();
    const QStringList after = w.database()->rows();
    QVERIFY(!after.contains(head));
    QCOMPARE(
        adminColumn(m_server, m_genDb, QStringLiteral("SELECT version_num FROM alembic_version")),
        sorted(after));
    const QModelIndex index = w.model()->index(w.model()->rowOfId(head), 0);
    QVERIFY(!index.data(RevisionModel::AppliedRole).toBool());
    QVERIFY(!index.data(RevisionModel::CurrentHeadRole).toBool());
    for (const QString &row : after)
        QVERIFY(w.model()
                    ->index(w.model()->rowOfId(row), 0)
                    .data(RevisionModel::CurrentHeadRole)
                    .toBool());
}

void TestDbActions::stampWithPurge()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_genIni));
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QVERIFY(w.database()->isConnected() || refreshed.wait(20000));
    const RevisionMap &map = *w.snapshot()->map;
    const QString base = map.at(map.bases().first()).id;
    const QStringList tablesBefore = adminColumn(
        m_server, m_genDb,
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                       "tablename <> 'retort_history'"));
    QVERIFY(w.selectRevision(base));
    PlanDialog *plan = planFor(w, RevisionAction::StampHere);
    QVERIFY(plan);
    QVERIFY(plan->purgeBox()->isVisible());
    QVERIFY(!plan->preview().plan.purge);
    QCOMPARE(plan->stepModel()->rowCount(), 1);
    QVERIFY(plan->preview().steps.first().statements.isEmpty()); // a stamp runs no SQL
    QVERIFY(!plan->preview().steps.first().versionChanges.isEmpty());
    QVERIFY(plan->runButton()->isEnabled());
    plan->purgeBox()->setChecked(true);
    // The plan with Purge is made off the GUI thread; until it is shown, Run cannot run the
    // plan without it.
    QVERIFY(!plan->runButton()->isEnabled());
    QTRY_VERIFY(plan->preview().plan.purge);
    QVERIFY(plan->runButton()->isEnabled());
    QVERIFY(plan->preview().plan.startHeads.isEmpty());
    QVERIFY(runPlan(w, plan));
    w.database()->progressDialog()->close();
    QCOMPARE(w.database()->rows(), QStringList{base});
    QCOMPARE(
        adminColumn(m_server, m_genDb, QStringLiteral("SELECT version_num FROM alembic_version")),
        QStringList{base});
    QCOMPARE(adminColumn(
                 m_server, m_genDb,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                "tablename <> 'retort_history'")),
             tablesBefore);
    // Only the base is applied now.
    int applied = 0;
    for (int row = 0; row < w.model()->rowCount(); ++row)
        applied += w.model()->index(row, 0).data(RevisionModel::AppliedRole).toBool() ? 1 : 0;
    QCOMPARE(applied, 1);
}

void TestDbActions::dryRun()
{
    QTemporaryDir dir;
    const QString ini = writeSqlProject(
        dir.path(),
        {{QStringLiteral("d1a000000001"), QString(),
          QStringLiteral("CREATE TABLE dry_one (id int);"), QStringLiteral("DROP TABLE dry_one;")},
         {QStringLiteral("d1a000000002"), QStringLiteral("d1a000000001"),
          QStringLiteral("CREATE TABLE dry_two (id int);"),
          QStringLiteral("DROP TABLE dry_two;")}});
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_dry"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("dry")));
    QVERIFY(w.selectRevision(QStringLiteral("d1a000000002")));
    PlanDialog *plan = planFor(w, RevisionAction::DryRun);
    QVERIFY(plan);
    QCOMPARE(plan->stepModel()->rowCount(), 2);
    QVERIFY(runPlan(w, plan));
    RunProgressDialog *progress = w.database()->progressDialog();
    QVERIFY(progress->succeeded());
    QVERIFY(progress->rolledBack());
    QVERIFY(progress->logView()->toPlainText().contains(QStringLiteral("rolled back")));
    progress->close();
    QVERIFY(w.database()->rows().isEmpty());
    QCOMPARE(adminColumn(
                 m_server, db,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                "tablename <> 'retort_history'")),
             QStringList());
}

void TestDbActions::destructiveWarnings()
{
    QTemporaryDir dir;
    const QString ini = writeSqlProject(
        dir.path(),
        {{QStringLiteral("de5000000001"), QString(),
          QStringLiteral(
              "CREATE TYPE mood AS ENUM ('sad', 'ok');\n"
              "CREATE TABLE account (id int PRIMARY KEY, name text, note text, m mood);\n"
              "CREATE INDEX ix_account_name ON account (name);"),
          QStringLiteral("DROP TABLE account;\nDROP TYPE mood;")},
         {QStringLiteral("de5000000002"), QStringLiteral("de5000000001"),
          QStringLiteral("ALTER TABLE account DROP COLUMN note;\n"
                         "ALTER TABLE account ALTER COLUMN name TYPE varchar(10);\n"
                         "ALTER TABLE account ALTER COLUMN name SET NOT NULL;\n"
                         "DELETE FROM account;\nTRUNCATE account;\n"
                         "ALTER TABLE account DROP COLUMN m;\nDROP TYPE mood;\n"
                         "DROP TABLE account;"),
          QStringLiteral("SELECT 1;")}});
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_destructive"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("destructive")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QCOMPARE(plan->stepModel()->rowCount(), 2);
    QVERIFY(plan->preview().destructive());
    QCOMPARE(plan->stepModel()->index(0, 0).data(PlanStepModel::WarningCountRole).toInt(), 0);
    QCOMPARE(plan->stepModel()->index(1, 0).data(PlanStepModel::WarningCountRole).toInt(), 8);
    const QString warnings = plan->warningsText();
    for (const char *expected :
         {"destructive statement", "DROP COLUMN account.note", "ALTER COLUMN account.name TYPE",
          "SET NOT NULL on account.name", "DELETE FROM account without WHERE", "TRUNCATE account",
          "DROP TYPE mood", "DROP TABLE account"})
        QVERIFY2(warnings.contains(QLatin1String(expected)), qPrintable(warnings));
    // The first step's summary: what it creates.
    QStringList created;
    for (const SqlChange &c : plan->preview().steps.first().summary.changes)
        created.append(c.text);
    QCOMPARE(created, QStringList({QStringLiteral("type mood created"),
                                   QStringLiteral("table account created"),
                                   QStringLiteral("index ix_account_name on account created")}));
    // The warned step is shown first; Run waits for the explicit confirmation.
    QCOMPARE(plan->stepView()->currentIndex().row(), 1);
    QVERIFY(plan->stepDetails()->toPlainText().contains(QStringLiteral("Warnings")));
    QVERIFY(plan->confirmBox()->isVisible());
    QVERIFY(plan->runButton()->isVisible());
    QVERIFY(!plan->runButton()->isEnabled());
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QVERIFY(plan->grab().save(QDir(m_shots).filePath(QStringLiteral("plan-destructive.png"))));
    plan->confirmBox()->click();
    QVERIFY(plan->confirmBox()->isChecked());
    QVERIFY(plan->runButton()->isEnabled());
    QVERIFY(runPlan(w, plan));
    w.database()->progressDialog()->close();
    QCOMPARE(w.database()->rows(), QStringList{QStringLiteral("de5000000002")});
    QCOMPARE(adminColumn(
                 m_server, db,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                "tablename <> 'retort_history'")),
             QStringList{QStringLiteral("alembic_version")});
}

void TestDbActions::refusedSteps()
{
    // A step the engine cannot render (it reads the database through op.get_bind()) and no
    // Python bridge ($RETORT_PYTHON=none): the plan is refused, naming file and line.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("versions"));
    const QString ini = QDir(dir.path()).filePath(QStringLiteral("alembic.ini"));
    for (const auto &[path, text] :
         {std::pair{ini, QByteArray("[alembic]\nscript_location = %(here)s\n")},
          std::pair{QDir(dir.path()).filePath(QStringLiteral("versions/rf01_read.py")),
                    QByteArray("from alembic import op\nimport sqlalchemy as sa\n\n"
                               "revision = 'rf01'\ndown_revision = None\n\n\n"
                               "def upgrade():\n"
                               "    n = op.get_bind().execute(sa.text('SELECT 1')).scalar()\n"
                               "    if n:\n"
                               "        op.create_table('t', sa.Column('id', sa.Integer()))\n\n\n"
                               "def downgrade():\n    op.drop_table('t')\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QByteArray savedPython = qgetenv("RETORT_PYTHON");
    qputenv("RETORT_PYTHON", "none");
    const auto restore = qScopeGuard([savedPython] { qputenv("RETORT_PYTHON", savedPython); });
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_refused"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("refused")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY(plan->preview().refused());
    QVERIFY(!plan->runButton()->isVisible());
    const QString warnings = plan->warningsText();
    QVERIFY2(warnings.contains(QStringLiteral("cannot run")), qPrintable(warnings));
    const PlanStepPreview &step = plan->preview().steps.first();
    QVERIFY(step.refused());
    QVERIFY2(step.errorFile.endsWith(QStringLiteral(".py")), qPrintable(step.errorFile));
    QVERIFY(step.errorLine > 0);
    QVERIFY(warnings.contains(QStringLiteral("%1:%2").arg(step.errorFile).arg(step.errorLine)));
    QVERIFY(plan->stepModel()->index(0, 0).data(PlanStepModel::RefusedRole).toBool());
    plan->reject();
    QCOMPARE(adminColumn(m_server, db,
                         QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                        "schemaname = 'public' AND tablename <> 'retort_history'")),
             QStringList{QStringLiteral("0")});
}

void TestDbActions::bridgedStepRuns()
{
    // A step the engine cannot render (it reads the database through op.get_bind()) runs with
    // Alembic through the Python bridge that its plan showed: $RETORT_PYTHON names the tests'
    // Python with Alembic, and python3 on PATH is a script that cannot run anything, whatever
    // python3 this machine has.
    QTemporaryDir dir;
    const QString ini = writeBridgedProject(dir.path());
    QVERIFY(!ini.isEmpty());
    const QString bin = QDir(dir.path()).filePath(QStringLiteral("bin"));
    QVERIFY(writeFailingPython(bin));
    const QByteArray savedPath = qgetenv("PATH");
    const QByteArray savedPython = qgetenv("RETORT_PYTHON");
    qputenv("PATH", bin.toUtf8() + ':' + savedPath);
    qputenv("RETORT_PYTHON", python().toUtf8());
    const auto restore = qScopeGuard([savedPath, savedPython] {
        qputenv("PATH", savedPath);
        qputenv("RETORT_PYTHON", savedPython);
    });
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_bridged"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("bridged")));
    // A dry run cannot include the bridged step (the bridge commits it): its plan says so
    // instead of offering a run that the run would refuse.
    QVERIFY(w.selectRevision(QStringLiteral("rb02")));
    PlanDialog *dry = planFor(w, RevisionAction::DryRun);
    QVERIFY(dry);
    QCOMPARE(dry->preview().refusedCount, 1);
    QVERIFY(!dry->preview().bridge);
    QVERIFY(!dry->runButton()->isVisible());
    QVERIFY2(dry->preview().steps.at(1).error.contains(QStringLiteral("dry run")),
             qPrintable(dry->preview().steps.at(1).error));
    dry->reject();

    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QCOMPARE(plan->stepModel()->rowCount(), 2);
    QVERIFY2(!plan->preview().refused(), qPrintable(plan->warningsText()));
    QCOMPARE(plan->preview().bridgedCount, 1);
    QVERIFY(plan->preview().steps.at(0).bridged.isEmpty());
    QVERIFY(!plan->preview().steps.at(1).bridged.isEmpty());
    // The bridge shown is the one $RETORT_PYTHON names, with its Alembic.
    QVERIFY(plan->preview().bridge.has_value());
    QCOMPARE(plan->preview().bridge->python, python());
    QCOMPARE(plan->preview().bridge->foundBy, QStringLiteral("$RETORT_PYTHON"));
    QVERIFY(!plan->preview().bridge->alembicVersion.isEmpty());
    const QString warnings = plan->warningsText();
    QVERIFY2(warnings.contains(QStringLiteral("Python bridge")), qPrintable(warnings));
    QVERIFY2(warnings.contains(python()), qPrintable(warnings));
    plan->selectStep(1);
    QVERIFY2(plan->stepDetails()->toPlainText().contains(plan->preview().bridge->description()),
             qPrintable(plan->stepDetails()->toPlainText()));

    QVERIFY(runPlan(w, plan));
    RunProgressDialog *progress = w.database()->progressDialog();
    QVERIFY(progress);
    QVERIFY2(progress->succeeded(), qPrintable(progress->resultMessage()));
    const QString log = progress->logView()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("through the Python bridge (%1)").arg(python())),
             qPrintable(log));
    progress->close();
    QCOMPARE(w.database()->rows(), QStringList{QStringLiteral("rb02")});
    QCOMPARE(adminColumn(m_server, db, QStringLiteral("SELECT version_num FROM alembic_version")),
             QStringList{QStringLiteral("rb02")});
    QCOMPARE(adminColumn(
                 m_server, db,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                "tablename <> 'retort_history'")),
             (QStringList{QStringLiteral("alembic_version"), QStringLiteral("bridged_one"),
                          QStringLiteral("bridged_two")}));
}

void TestDbActions::pythonSetting()
{
    // The project's "Python for steps Retort cannot render": the search order of the CLI,
    // shown with what each place names now; Check says which Alembic the search finds; the
    // setting is kept per project and a run uses it. $RETORT_PYTHON is unset and python3 on
    // PATH cannot run Alembic, whatever python3 this machine has.
    QTemporaryDir dir;
    const QString ini = writeBridgedProject(dir.path());
    QVERIFY(!ini.isEmpty());
    const QString bin = QDir(dir.path()).filePath(QStringLiteral("bin"));
    QVERIFY(writeFailingPython(bin));
    const QString failing = QDir(bin).filePath(QStringLiteral("python3"));
    // The project's .venv: a Python with Alembic (the tests' one, started through a script).
    const QString venv = QDir(dir.path()).filePath(QStringLiteral(".venv/bin/python"));
    QVERIFY(QDir().mkpath(QFileInfo(venv).absolutePath()));
    {
        QFile f(venv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexec '" + python().toUtf8() + "' \"$@\"\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    QString error;
    const QString expectedAlembic =
        runProgram(
            python(),
            {QStringLiteral("-c"), QStringLiteral("import alembic; print(alembic.__version__)")},
            &error)
            .trimmed();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray savedPath = qgetenv("PATH");
    const QByteArray savedPython = qgetenv("RETORT_PYTHON");
    qputenv("PATH", bin.toUtf8() + ':' + savedPath);
    qputenv("RETORT_PYTHON", failing.toUtf8());
    const auto restore = qScopeGuard([savedPath, savedPython] {
        qputenv("PATH", savedPath);
        qputenv("RETORT_PYTHON", savedPython);
    });

    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    DatabaseController *db = w.database();
    QVERIFY(db->pythonAction()->isEnabled());
    QSignalSpy opened(db, &DatabaseController::pythonDialogOpened);
    db->pythonAction()->trigger();
    QCOMPARE(opened.size(), 1);
    PythonBridgeDialog *dialog = db->pythonDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->python().isEmpty());

    // The search order, in the CLI's order, with what each place names now.
    QTreeWidget *order = dialog->searchOrder();
    QCOMPARE(order->topLevelItemCount(), 6);
    QStringList places;
    for (int i = 0; i < order->topLevelItemCount(); ++i)
        places.append(order->topLevelItem(i)->text(0));
    QCOMPARE(places, (QStringList{QStringLiteral("1. This setting"),
                                  QStringLiteral("2. The environment variable $RETORT_PYTHON"),
                                  QStringLiteral("3. retort_python in alembic.ini"),
                                  QStringLiteral("4. .venv/bin/python next to alembic.ini"),
                                  QStringLiteral("5. venv/bin/python next to alembic.ini"),
                                  QStringLiteral("6. python3 on PATH")}));
    QCOMPARE(order->topLevelItem(1)->text(1), failing);
    QCOMPARE(order->topLevelItem(3)->text(1), venv);
    QCOMPARE(order->topLevelItem(5)->text(1), failing);

    const auto check = [dialog] {
        QSignalSpy checked(dialog, &PythonBridgeDialog::checked);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        return checked.wait(30000) && dialog->lastCheck().has_value();
    };
    // $RETORT_PYTHON comes before the .venv, and must work: the check fails as the CLI does.
    QVERIFY(check());
    QVERIFY(!dialog->lastCheck()->bridge);
    const QString envError = dialog->lastCheck()->error;
    QVERIFY2(envError.contains(QStringLiteral("$RETORT_PYTHON")) && envError.contains(failing),
             qPrintable(envError));
    QVERIFY(dialog->checkLabel()->text().contains(envError));
    QProcess cli;
    cli.start(qEnvironmentVariable("RETORT_CLI"),
              {QStringLiteral("-c"), ini, QStringLiteral("--url"),
               QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("cli.db")),
               QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY(cli.waitForFinished(60000));
    const QString cliOutput =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() != 0 && cliOutput.contains(envError), qPrintable(cliOutput));

    // Without $RETORT_PYTHON: the project's .venv, with the tests' Alembic.
    qunsetenv("RETORT_PYTHON");
    dialog->pythonEdit()->setText(QStringLiteral(" ")); // the order is read again
    dialog->pythonEdit()->clear();
    QCOMPARE(order->topLevelItem(1)->text(1), QStringLiteral("(not set)"));
    QVERIFY(check());
    QVERIFY(dialog->lastCheck()->bridge.has_value());
    QCOMPARE(dialog->lastCheck()->bridge->python, venv);
    QCOMPARE(dialog->lastCheck()->bridge->foundBy, QStringLiteral(".venv"));
    QCOMPARE(dialog->lastCheck()->bridge->alembicVersion, expectedAlembic);
    QVERIFY2(
        dialog->checkLabel()->text().contains(QStringLiteral("Alembic %1").arg(expectedAlembic)),
        qPrintable(dialog->checkLabel()->text()));
    QVERIFY(order->topLevelItem(3)->font(0).bold());

    // This setting comes first, and must work.
    QTest::keyClicks(dialog->pythonEdit(), failing);
    QVERIFY(!dialog->lastCheck());
    QCOMPARE(order->topLevelItem(0)->text(1), failing);
    QVERIFY(check());
    QVERIFY2(dialog->lastCheck()->error.contains(QStringLiteral("the project's Python setting")),
             qPrintable(dialog->lastCheck()->error));

    // Chosen with the file chooser.
    QTest::mouseClick(dialog->browseButton(), Qt::LeftButton);
    QFileDialog *chooser = dialog->fileDialog();
    QVERIFY(chooser);
    QCOMPARE(QDir(chooser->directory()), QDir(bin));
    chooser->selectFile(python());
    auto *chooserButtons = chooser->findChild<QDialogButtonBox *>();
    QVERIFY(chooserButtons);
    QTest::mouseClick(chooserButtons->button(QDialogButtonBox::Open), Qt::LeftButton);
    QCOMPARE(dialog->python(), python());
    QVERIFY(check());
    QVERIFY(dialog->lastCheck()->bridge.has_value());
    QCOMPARE(dialog->lastCheck()->bridge->python, python());
    QCOMPARE(dialog->lastCheck()->bridge->foundBy, pythonsetting::origin());
    QVERIFY(order->topLevelItem(0)->font(0).bold());
    QVERIFY(dialog->grab().save(QDir(m_shots).filePath(QStringLiteral("python-bridge.png"))));

    // Kept for this project, and only for it.
    dialog->accept();
    QCOMPARE(pythonsetting::load(ini), python());
    QVERIFY(pythonsetting::load(m_genIni).isEmpty());
    db->pythonAction()->trigger();
    QVERIFY(db->pythonDialog());
    QCOMPARE(db->pythonDialog()->python(), python());
    db->pythonDialog()->reject();

    // A plan uses it (and its run is handed the bridge the plan shows, see bridgedStepRuns):
    // without the .venv nothing else could run the bridged step.
    QVERIFY(QDir(dir.filePath(QStringLiteral(".venv"))).removeRecursively());
    const QString database = freshDatabase(m_server, QStringLiteral("gui_setting"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, database), QStringLiteral("setting")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY2(!plan->preview().refused(), qPrintable(plan->warningsText()));
    QCOMPARE(plan->preview().bridgedCount, 1);
    QVERIFY(plan->preview().bridge.has_value());
    QCOMPARE(plan->preview().bridge->python, python());
    QCOMPARE(plan->preview().bridge->foundBy, pythonsetting::origin());
    QVERIFY(plan->runButton()->isEnabled());
    plan->reject();
    pythonsetting::save(ini, QString());
    QVERIFY(pythonsetting::load(ini).isEmpty());
}

void TestDbActions::cancelLongStep()
{
    QTemporaryDir dir;
    const QString ini = writeSqlProject(
        dir.path(),
        {{QStringLiteral("ca0000000001"), QString(),
          QStringLiteral("CREATE TABLE keep_me (id int);"), QStringLiteral("DROP TABLE keep_me;")},
         {QStringLiteral("ca0000000002"), QStringLiteral("ca0000000001"),
          QStringLiteral("CREATE TABLE gone (id int);\n"
                         "SELECT pg_sleep(30);"),
          QStringLiteral("DROP TABLE gone;")}});
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_cancel"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("cancel")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    DatabaseController *ctl = w.database();
    QSignalSpy finished(ctl, &DatabaseController::runFinished);
    QTest::mouseClick(plan->runButton(), Qt::LeftButton);
    RunProgressDialog *progress = ctl->progressDialog();
    QVERIFY(progress);
    // The GUI keeps running while the statement sleeps: a timer ticks, the clock advances.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(progress->stepModel()->state(1) == PlanStepModel::State::Running,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->logView()->toPlainText().contains(QStringLiteral("statement 1 done")), 20000);
    QTest::qWait(700); // well inside pg_sleep(30)
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(progress->isRunning());
    QVERIFY(progress->elapsedLabel()->text().startsWith(QStringLiteral("Elapsed")));
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    if (!finished.wait(10000))
        qWarning("log:\n%s", qPrintable(progress->logView()->toPlainText()));
    QVERIFY(!finished.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(progress->resultMessage().contains(QStringLiteral("57014")),
             qPrintable(progress->resultMessage()));
    QVERIFY(progress->rolledBack());
    QCOMPARE(progress->stepModel()->state(1), PlanStepModel::State::Failed);
    QCOMPARE(progress->stepModel()->state(0), PlanStepModel::State::RolledBack);
    QVERIFY(progress->elapsedMs() < 30000);
    QVERIFY(progress->grab().save(QDir(m_shots).filePath(QStringLiteral("run-cancelled.png"))));
    // Everything rolled back: no table of step 1, no version table; the audit table (made
    // before the run, outside its transaction) has the cancelled step as failed, and no
    // applied row.
    QCOMPARE(adminColumn(
                 m_server, db,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                "tablename <> 'retort_history'")),
             QStringList());
    QCOMPARE(
        adminColumn(m_server, db, QStringLiteral("SELECT outcome FROM retort_history ORDER BY id")),
        QStringList{QStringLiteral("failed")});
    QSignalSpy refreshed(ctl, &DatabaseController::stateRefreshed);
    QVERIFY(refreshed.wait(20000) || ctl->rows().isEmpty());
    QVERIFY(ctl->rows().isEmpty());
    // No statement is left running on the server.
    QCOMPARE(adminColumn(m_server, QStringLiteral("postgres"),
                         QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                        "'%pg_sleep(30)%' AND state = 'active' AND pid <> "
                                        "pg_backend_pid()")),
             QStringList{QStringLiteral("0")});
    progress->close();
}

void TestDbActions::closeDuringRunAsks()
{
    QTemporaryDir dir;
    const QString ini = writeSqlProject(
        dir.path(), {{QStringLiteral("cl0000000001"), QString(),
                      QStringLiteral("CREATE TABLE closing (id int);\nSELECT pg_sleep(30);"),
                      QStringLiteral("DROP TABLE closing;")}});
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_close"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("close")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    DatabaseController *ctl = w.database();
    QSignalSpy finished(ctl, &DatabaseController::runFinished);
    QTest::mouseClick(plan->runButton(), Qt::LeftButton);
    RunProgressDialog *progress = ctl->progressDialog();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->logView()->toPlainText().contains(QStringLiteral("statement 1 done")), 20000);

    // Closing while the run goes asks first; "Keep Running" keeps both.
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QPointer<QMessageBox> question = ctl->closeQuestion();
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("A migration is running")));
    QAbstractButton *keep = nullptr;
    QAbstractButton *stop = nullptr;
    for (QAbstractButton *b : question->buttons()) {
        if (b->text() == QStringLiteral("Keep Running"))
            keep = b;
        if (b->text() == QStringLiteral("Cancel Run and Close"))
            stop = b;
    }
    QVERIFY(keep && stop);
    QCOMPARE(question->defaultButton(), keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(question.isNull());
    QTest::qWait(300);
    QVERIFY(progress->isRunning());
    QVERIFY(finished.isEmpty());

    // "Cancel Run and Close" cancels the statement, rolls back, then closes the window.
    QVERIFY(!w.close());
    question = ctl->closeQuestion();
    QVERIFY(question);
    for (QAbstractButton *b : question->buttons())
        if (b->text() == QStringLiteral("Cancel Run and Close"))
            stop = b;
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(adminColumn(
                 m_server, db,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                "tablename <> 'retort_history'")),
             QStringList());
}

void TestDbActions::mergeHeads()
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QString error;
    const QString ini = installDemoProject(&error);
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QVERIFY2(!ini.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QCOMPARE(w.snapshot()->heads.size(), 2);
    QVERIFY(w.revisionAction(RevisionAction::MergeSelectedHeads)->isEnabled());
    QVERIFY(w.mergeButton()->isEnabled());
    // Select both heads (the banner's Select Heads), then Merge Selected Heads.
    QStringList heads;
    for (int h : w.snapshot()->heads)
        heads.append(w.snapshot()->id(h));
    QVERIFY(w.selectRevision(heads.first()));
    const auto buttons = w.headsBanner()->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == QStringLiteral("Select Heads"))
            b->click();
    QCOMPARE(sorted(w.selectedRevisionIds()), sorted(heads));
    DatabaseController *ctl = w.database();
    QSignalSpy opened(ctl, &DatabaseController::messageDialogOpened);
    w.revisionAction(RevisionAction::MergeSelectedHeads)->trigger();
    QCOMPARE(opened.size(), 1);
    RevisionMessageDialog *dialog = ctl->messageDialog();
    dialog->messageEdit()->setText(QStringLiteral("merge the demo heads"));
    QSignalSpy written(ctl, &DatabaseController::authoringFinished);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    dialog->accept();
    QVERIFY(written.wait(20000));
    QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
    const QString path = written.first().at(1).toString();
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(ctl->lastWrittenPath(), path);
    QVERIFY(loaded.wait(20000));
    QTRY_COMPARE(w.snapshot()->heads.size(), 1);
    const QString merge = w.snapshot()->id(w.snapshot()->heads.first());
    QVERIFY(path.contains(merge));
    QTRY_COMPARE(w.currentRevisionId(), merge); // the new revision is selected
    QVERIFY(w.model()->kinds(w.snapshot()->heads.first()) & RevisionModel::MergePoint);
    QVERIFY(!w.headsBanner()->isVisible());
    // Alembic loads it: one head, the merge.
    const QString out = runProgram(python(),
                                   {QStringLiteral("-m"), QStringLiteral("alembic"),
                                    QStringLiteral("-c"), ini, QStringLiteral("heads")},
                                   &error, QFileInfo(ini).absolutePath());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    QVERIFY2(out.startsWith(merge + QLatin1Char(' ')) && out.endsWith(QStringLiteral("(head)\n")),
             qPrintable(out));
}

void TestDbActions::newRevisionAfter()
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QString error;
    const QString ini = installDemoProject(&error);
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QVERIFY2(!ini.isEmpty(), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    const QString head = w.snapshot()->id(w.snapshot()->heads.first());
    QVERIFY(w.selectRevision(head));
    DatabaseController *ctl = w.database();
    QSignalSpy opened(ctl, &DatabaseController::messageDialogOpened);
    w.revisionAction(RevisionAction::NewRevisionAfter)->trigger();
    QCOMPARE(opened.size(), 1);
    RevisionMessageDialog *dialog = ctl->messageDialog();
    QTest::keyClicks(dialog->messageEdit(), QStringLiteral("add audit column"));
    dialog->branchLabelEdit()->setText(QStringLiteral("bad label!"));
    dialog->accept(); // refused: a label is one word
    QVERIFY(dialog->isVisible());
    dialog->branchLabelEdit()->setText(QStringLiteral("auditing"));
    QSignalSpy written(ctl, &DatabaseController::authoringFinished);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    dialog->accept();
    QVERIFY(written.wait(20000));
    QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
    const QString path = written.first().at(1).toString();
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY(w.currentRevisionId() != head);
    const QString created = w.currentRevisionId();
    QVERIFY(path.contains(created));
    const ProjectSnapshot &s = *w.snapshot();
    const int node = s.nodeOf(created);
    QVERIFY(s.isHead(node));
    QCOMPARE(s.message(node), QStringLiteral("add audit column"));
    QCOMPARE(s.revisions.at(node).downRevision, std::optional<QStringList>(QStringList{head}));
    QCOMPARE(s.revisions.at(node).branchLabels,
             std::optional<QStringList>(QStringList{QStringLiteral("auditing")}));
    const QString out = runProgram(python(),
                                   {QStringLiteral("-m"), QStringLiteral("alembic"),
                                    QStringLiteral("-c"), ini, QStringLiteral("heads")},
                                   &error, QFileInfo(ini).absolutePath());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(out.contains(created), qPrintable(out));
}

void TestDbActions::environmentProfile()
{
    // $RETORT_DATABASE_URL is a built-in profile, used on open, shown redacted.
    QTemporaryDir dir;
    const QString ini =
        writeSqlProject(dir.path(), {{QStringLiteral("e00000000001"), QString(),
                                      QStringLiteral("CREATE TABLE env_one (id int);"),
                                      QStringLiteral("DROP TABLE env_one;")}});
    const QString url = serverUrl(m_server, m_genDb);
    const QString withPassword = urlWithPassword(url, QStringLiteral("s3cr3t-not-needed"));
    qputenv("RETORT_DATABASE_URL", withPassword.toUtf8());
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QVERIFY(w.database()->isConnected() || refreshed.wait(20000));
    QVERIFY2(w.database()->isConnected(), qPrintable(w.database()->lastError()));
    QCOMPARE(w.database()->profile()->origin, ConnectionProfile::Origin::Environment);
    const QString status = w.statusSummary()->text();
    QVERIFY2(status.contains(QStringLiteral(":***@")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("s3cr3t")));
    // The connection dialog lists it read-only, redacted, next to the ini's.
    QSignalSpy opened(w.database(), &DatabaseController::connectionDialogOpened);
    w.database()->openConnectionDialog();
    ConnectionDialog *dialog = w.database()->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->urlEdit()->isReadOnly());
    QVERIFY(dialog->urlEdit()->text().contains(QStringLiteral(":***@")));
    QVERIFY(!dialog->passwordEdit()->isEnabled());
    QCOMPARE(dialog->model()->rowCount(), 2);
    QVERIFY(dialog->model()->index(0).data(ConnectionProfileModel::BuiltInRole).toBool());
    for (int i = 0; i < dialog->model()->rowCount(); ++i)
        QVERIFY(!dialog->model()
                     ->index(i)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("s3cr3t")));
    // Save keeps a new profile without connecting.
    dialog->newProfile();
    dialog->nameEdit()->setText(QStringLiteral("saved only"));
    dialog->urlEdit()->setText(QStringLiteral("postgresql://someone:typed-pw@db.example/app"));
    emit dialog->urlEdit()->editingFinished(); // the password moves out of the URL
    QCOMPARE(dialog->urlEdit()->text(), QStringLiteral("postgresql://someone@db.example/app"));
    QCOMPARE(dialog->passwordEdit()->text(), QStringLiteral("typed-pw"));
    dialog->passwordEdit()->clear();
    dialog->findChild<QPushButton *>(QStringLiteral("saveProfiles"))->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(w.database()->isConnected());
    QCOMPARE(w.database()->profile()->origin, ConnectionProfile::Origin::Environment);
    bool saved = false;
    for (const ConnectionProfile &p : profilestore::load(ini))
        saved = saved || (p.name == QStringLiteral("saved only") &&
                          p.url == QStringLiteral("postgresql://someone@db.example/app"));
    QVERIFY(saved);
    dialog->reject();
    qunsetenv("RETORT_DATABASE_URL");
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("s3cr3t")));
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("typed-pw")));
    }
}

void TestDbActions::driftWarning()
{
    // A project migrated by the CLI: no drift; a column added by hand: the status bar warns,
    // naming it; and no shadow database is left on the server.
    const QString dir = m_home.filePath(QStringLiteral("drift"));
    const QString ini = writeSqlProject(
        dir, {{QStringLiteral("d1"), QString(), QStringLiteral("CREATE TABLE items (id int);"),
               QStringLiteral("DROP TABLE items;")},
              {QStringLiteral("d2"), QStringLiteral("d1"),
               QStringLiteral("ALTER TABLE items ADD COLUMN name text;"),
               QStringLiteral("ALTER TABLE items DROP COLUMN name;")}});
    QVERIFY(!ini.isEmpty());
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_drift"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString url = serverUrl(m_server, db);
    runProgram(qEnvironmentVariable("RETORT_CLI"),
               {QStringLiteral("-c"), ini, QStringLiteral("--url"), url, QStringLiteral("upgrade"),
                QStringLiteral("head")},
               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    DatabaseController *database = w.database();
    QVERIFY(database->autoDriftAction()->isChecked());
    QSignalSpy checked(database, &DatabaseController::driftChecked);
    QVERIFY(connectThroughDialog(w, url, QStringLiteral("drift")));
    QVERIFY(checked.count() > 0 || checked.wait(60000));
    QVERIFY2(database->drift().known, qPrintable(database->drift().error));
    QCOMPARE(database->drift().changes, 0);
    QVERIFY(!database->driftLabel()->isVisible());

    QCOMPARE(adminExec(m_server, QStringLiteral("ALTER TABLE items ADD COLUMN extra integer"), db),
             QString());
    checked.clear();
    database->checkDriftAction()->trigger();
    QVERIFY(checked.wait(60000));
    QVERIFY2(database->drift().known, qPrintable(database->drift().error));
    QCOMPARE(database->drift().changes, 1);
    QVERIFY(database->driftLabel()->isVisible());
    QVERIFY2(database->driftLabel()->text().contains(QLatin1String("1 change")),
             qPrintable(database->driftLabel()->text()));
    QVERIFY2(database->driftLabel()->toolTip().contains(QLatin1String("public.items.extra")),
             qPrintable(database->driftLabel()->toolTip()));
    QVERIFY2(database->drift().text.startsWith(QLatin1String("+ column public.items.extra")),
             qPrintable(database->drift().text));
    QCOMPARE(adminColumn(m_server, QStringLiteral("postgres"),
                         QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE "
                                        "'retort\\_shadow\\_%1\\_%'")
                             .arg(QCoreApplication::applicationPid())),
             QStringList());
    database->disconnectDatabase();
    QVERIFY(!database->driftLabel()->isVisible());
}

void TestDbActions::modelTesters()
{
    PlanStepModel steps;
    QAbstractItemModelTester stepTester(&steps,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanPreview preview;
    for (int i = 0; i < 3; ++i) {
        PlanStepPreview s;
        s.title = QStringLiteral("upgrade %1").arg(i);
        s.statements = {QStringLiteral("DROP TABLE t%1").arg(i)};
        s.summary = summarizeSql(s.statements);
        preview.steps.append(s);
    }
    preview.steps[2].error = QStringLiteral("cannot run");
    steps.setPreview(preview);
    QCOMPARE(steps.rowCount(), 3);
    steps.setState(0, PlanStepModel::State::Done, 12);
    steps.setState(1, PlanStepModel::State::Running);
    steps.markRolledBack();
    QCOMPARE(steps.state(0), PlanStepModel::State::RolledBack);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < steps.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole)})
                (void)steps.index(r, c).data(role);
    steps.setPreview(PlanPreview{});
    QCOMPARE(steps.rowCount(), 0);

    ConnectionProfileModel profiles;
    QAbstractItemModelTester profileTester(&profiles,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionProfile p;
    p.name = QStringLiteral("a");
    p.url = QStringLiteral("postgresql://u:pw@h/db");
    profiles.setProfiles({p});
    QVERIFY(!profiles.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("pw")));
    QCOMPARE(profiles.uniqueName(QStringLiteral("a")), QStringLiteral("a 2"));
    p.name = profiles.uniqueName(QStringLiteral("a"));
    QCOMPARE(profiles.append(p), 1);
    p.url = QStringLiteral("sqlite://");
    profiles.replace(1, p);
    profiles.remove(0);
    QCOMPARE(profiles.rowCount(), 1);
    QCOMPARE(profiles.rowOf(QStringLiteral("a 2")), 0);
}

QTEST_MAIN(TestDbActions)
#include "tst_dbactions.moc"
