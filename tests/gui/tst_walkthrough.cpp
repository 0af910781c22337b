// retort-gui as a new user meets it (issue 13, item 6), one test per thing found broken or
// awkward while walking every flow under Xvfb with a window manager: the first window size,
// dialogs that are windows and fit the screen, search both ways, unique mnemonics, the
// details' names on one line (English and German), the Python search order as the engine
// has it, the plan built off the GUI thread, the plan's steps given room, the run dialog
// after a cancel, and a password role without a keychain (the cursor in the password field;
// upgrade, cancel and stamp through the dialogs). SQLite for the project-only parts, the
// fixture's PostgreSQL (its password role) for the rest. No session bus: no keychain.

#include "comparewindow.h"
#include "connectiondialog.h"
#include "databasecontroller.h"
#include "dbtesthelpers.h"
#include "demoproject.h"
#include "detailspanel.h"
#include "graphview.h"
#include "guitesthelpers.h"
#include "language.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "pythonbridgedialog.h"
#include "revisionmessagedialog.h"
#include "revisionmodel.h"
#include "runprogressdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QWindow>

using namespace retort;
using namespace retort::test;

namespace {

bool waitConnected(MainWindow &w)
{
    for (int i = 0; i < 400; ++i) {
        if (w.database()->isConnected() && !w.database()->isBusy())
            return true;
        QTest::qWait(50);
    }
    qWarning("not connected: %s", qPrintable(w.database()->lastError()));
    return false;
}

/** The demo's SQLite database removed: the next connection finds it empty, at base. */
bool resetDemoDatabase(const QString &demoIni)
{
    const QString db = QFileInfo(demoIni).absoluteDir().filePath(QStringLiteral("demo.db"));
    return !QFileInfo::exists(db) || QFile::remove(db);
}

/** Triggers `action` and waits for its plan dialog (or an error). */
/** Mnemonics (Alt+letter) that more than one visible control of `root` answers to. */
QStringList mnemonicClashes(QWidget *root)
{
    QMap<QString, QStringList> byKey;
    const auto add = [&byKey](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString()].append(text);
    };
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(root))
            add(button->text());
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(root))
            add(label->text());
    for (QTabBar *bar : root->findChildren<QTabBar *>())
        if (bar->isVisibleTo(root))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(it.key() + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(" | ")));
    return clashes;
}

/** The names (first column) of the details' table that take more than one line. */
QStringList wrappedSummaryNames(MainWindow &w)
{
    QLabel *summary = nullptr;
    for (QLabel *label : w.detailsPanel()->findChildren<QLabel *>())
        if (label->accessibleName() == DetailsPanel::tr("Revision summary"))
            summary = label;
    if (!summary)
        return {QStringLiteral("no summary label")};
    // The label's own document, as it laid the text out at its width.
    QTextDocument *shown = summary->findChild<QTextDocument *>();
    if (!shown)
        return {QStringLiteral("the summary has no text document")};
    QTextDocument &doc = *shown;
    doc.size(); // laid out
    QStringList wrapped;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            const QTextTableCell cell = table->cellAt(row, 0);
            int lines = 0;
            QString text;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                if (block.isValid() && block.layout()) {
                    lines += block.layout()->lineCount();
                    text += block.text();
                }
            }
            if (lines > 1)
                wrapped.append(text);
        }
    }
    return wrapped;
}

/** Whether `window` is a top-level window of its own, decorated by the window manager. */
QString notARealWindow(QWidget *window, MainWindow &main)
{
    if (!window->isWindow())
        return QStringLiteral("%1 is not a window").arg(window->objectName());
    if (window->windowType() != Qt::Dialog && window->windowType() != Qt::Window)
        return QStringLiteral("%1 has window type %2")
            .arg(window->objectName())
            .arg(int(window->windowType()));
    if (!window->windowHandle() || window->windowHandle()->transientParent() != main.windowHandle())
        return QStringLiteral("%1 is not transient for the main window").arg(window->objectName());
    if (window->windowFlags() & Qt::FramelessWindowHint)
        return QStringLiteral("%1 is frameless").arg(window->objectName());
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(QRect(window->pos(), window->size())) &&
        (window->width() > available.width() || window->height() > available.height()))
        return QStringLiteral("%1 (%2x%3) does not fit the screen's available %4x%5")
            .arg(window->objectName())
            .arg(window->width())
            .arg(window->height())
            .arg(available.width())
            .arg(available.height());
    return {};
}

/** A project of two Python revisions on SQLite: rb02 reads the database (op.get_bind()),
 *  which Retort cannot render: only the Python bridge can run it. */
QString writeBridgedProject(const QString &dir)
{
    QDir(dir).mkpath(QStringLiteral("versions"));
    const QString ini = QDir(dir).filePath(QStringLiteral("alembic.ini"));
    const QByteArray head("from alembic import op\nimport sqlalchemy as sa\n\n");
    for (const auto &[path, text] :
         {std::pair{ini, QByteArray("[alembic]\nscript_location = %(here)s\n"
                                    "sqlalchemy.url = sqlite:///%(here)s/bridged.db\n")},
          std::pair{QDir(dir).filePath(QStringLiteral("versions/rb01_base.py")),
                    head + "revision = 'rb01'\ndown_revision = None\n\n\n"
                           "def upgrade():\n"
                           "    op.create_table('one', sa.Column('id', sa.Integer()))\n\n\n"
                           "def downgrade():\n    op.drop_table('one')\n"},
          std::pair{QDir(dir).filePath(QStringLiteral("versions/rb02_read.py")),
                    head + "revision = 'rb02'\ndown_revision = 'rb01'\n\n\n"
                           "def upgrade():\n"
                           "    n = op.get_bind().execute(sa.text('SELECT 1')).scalar()\n"
                           "    if n:\n"
                           "        op.create_table('two', sa.Column('id', sa.Integer()))\n\n\n"
                           "def downgrade():\n    op.drop_table('two')\n"}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
    }
    return ini;
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultWindowUsesAvailableScreen();
    void dialogsAreRealWindowsThatFit();
    void searchGoesBothWays();
    void toolbarIconsAreDistinct();
    void mnemonicsAreUnique();
    void menuMnemonicsAreUnique();
    void detailNamesStayOnOneLine_data();
    void detailNamesStayOnOneLine();
    void pythonOrderIsTheEngines();
    void planPreviewOffGuiThread();
    void planStepsGetRoom();
    void passwordRoleUpgradeCancelStamp();
    void cleanup();

private:
    QTemporaryDir m_home;
    QString m_demoIni;
};

void TestWalkthrough::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    qunsetenv("RETORT_PYTHON");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_walkthrough"));
    QString error;
    m_demoIni = installDemoProject(&error);
    QVERIFY2(!m_demoIni.isEmpty(), qPrintable(error));
}

void TestWalkthrough::init()
{
    // Every test is a first start: no saved window geometry, no remembered profile.
    QSettings().clear();
    removeUiTranslators();
}

void TestWalkthrough::cleanup()
{
    removeUiTranslators();
}

void TestWalkthrough::defaultWindowUsesAvailableScreen()
{
    MainWindow w;
    const QRect available = w.screen()->availableGeometry();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QRect frame = w.frameGeometry();
    QVERIFY2(available.contains(frame),
             qPrintable(QStringLiteral("window %1x%2+%3+%4 outside the available %5x%6")
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(available.width())
                            .arg(available.height())));
    // Most of the screen, not a fixed size made for another screen.
    const double share =
        double(w.width()) * w.height() / (double(available.width()) * available.height());
    QVERIFY2(share >= 0.7, qPrintable(QString::number(share)));
}

void TestWalkthrough::dialogsAreRealWindowsThatFit()
{
    QVERIFY(resetDemoDatabase(m_demoIni));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    QVERIFY(waitConnected(w)); // the demo's SQLite
    DatabaseController *db = w.database();

    db->openConnectionDialog();
    QVERIFY(db->connectionDialog());
    QVERIFY(QTest::qWaitForWindowExposed(db->connectionDialog()));
    QCOMPARE(notARealWindow(db->connectionDialog(), w), QString());
    db->connectionDialog()->reject();

    QVERIFY(w.selectRevision(QStringLiteral("2f0e696c46da")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QCOMPARE(notARealWindow(plan, w), QString());
    QSignalSpy started(db, &DatabaseController::runStarted);
    QSignalSpy finished(db, &DatabaseController::runFinished);
    if (plan->confirmBox()->isVisible())
        plan->confirmBox()->setChecked(true);
    plan->runButton()->click();
    QVERIFY(started.size() == 1 || started.wait(10000));
    RunProgressDialog *run = db->progressDialog();
    QVERIFY(run);
    QVERIFY(QTest::qWaitForWindowExposed(run));
    QCOMPARE(notARealWindow(run, w), QString());
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    run->accept();

    db->openPythonDialog();
    QVERIFY(db->pythonDialog());
    QVERIFY(QTest::qWaitForWindowExposed(db->pythonDialog()));
    QCOMPARE(notARealWindow(db->pythonDialog(), w), QString());
    db->pythonDialog()->reject();

    w.revisionAction(RevisionAction::NewRevisionAfter)->trigger();
    QVERIFY(db->messageDialog());
    QVERIFY(QTest::qWaitForWindowExposed(db->messageDialog()));
    QCOMPARE(notARealWindow(db->messageDialog(), w), QString());
    db->messageDialog()->reject();

    QAction *compare = w.findChild<QAction *>(QStringLiteral("compareSchemasAction"));
    QVERIFY(compare);
    compare->trigger();
    auto *window = w.findChild<CompareWindow *>();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(notARealWindow(window, w), QString());
    window->close();
}

void TestWalkthrough::searchGoesBothWays()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    auto *status = w.findChild<QLabel *>(QStringLiteral("searchStatus"));
    QVERIFY(status);
    QLineEdit *search = w.searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("attendance"));
    QCOMPARE(status->text(), QStringLiteral("1 of 5"));
    const int first = w.graphView()->currentRow();
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("3 of 5"));
    const int third = w.graphView()->currentRow();
    // Shift+Return steps back, as in a browser's find bar; from the first, round to the last.
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status->text(), QStringLiteral("2 of 5"));
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status->text(), QStringLiteral("1 of 5"));
    QCOMPARE(w.graphView()->currentRow(), first);
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status->text(), QStringLiteral("5 of 5"));
    // Edit › Find Previous (Shift+F3) from anywhere.
    QAction *previous = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::FindPrevious))
            previous = a;
    QVERIFY2(previous, "no action with the Find Previous shortcut");
    previous->trigger();
    previous->trigger();
    QCOMPARE(status->text(), QStringLiteral("3 of 5"));
    QCOMPARE(w.graphView()->currentRow(), third);
}

void TestWalkthrough::toolbarIconsAreDistinct()
{
    MainWindow w;
    auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar);
    // Two buttons side by side that look the same but do different things (Open Project
    // and Connect to Database had the same folder) make a user stop and read tooltips.
    QMap<QString, QByteArray> seen;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator() || action->icon().isNull())
            continue;
        const QImage image = action->icon().pixmap(24, 24).toImage();
        const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                               image.sizeInBytes());
        const QString name = action->text().remove(QLatin1Char('&'));
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(
                it.value() != bytes,
                qPrintable(QStringLiteral("%1 and %2 have the same icon").arg(it.key(), name)));
        seen.insert(name, bytes);
    }
    QVERIFY(seen.size() >= 6);
}

void TestWalkthrough::mnemonicsAreUnique()
{
    QVERIFY(resetDemoDatabase(m_demoIni));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    QVERIFY(waitConnected(w));
    DatabaseController *db = w.database();
    db->openConnectionDialog();
    QVERIFY(db->connectionDialog());
    db->connectionDialog()->newButton()->click();
    QVERIFY2(mnemonicClashes(db->connectionDialog()).isEmpty(),
             qPrintable(mnemonicClashes(db->connectionDialog()).join(QLatin1Char('\n'))));
    db->connectionDialog()->reject();

    // A destructive plan: the confirmation is reachable from the keyboard too.
    QVERIFY(w.selectRevision(QStringLiteral("2f0e696c46da")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    plan->accept();
    QSignalSpy finished(db, &DatabaseController::runFinished);
    QVERIFY(finished.wait(60000));
    db->progressDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!db->isBusy(), 20000);
    QVERIFY(w.selectRevision(QStringLiteral("8f5b2a7f341a")));
    plan = planFor(w, RevisionAction::DowngradeOneStep);
    QVERIFY(plan);
    QVERIFY(plan->confirmBox()->isVisibleTo(plan));
    QVERIFY2(mnemonicClashes(plan).isEmpty(),
             qPrintable(mnemonicClashes(plan).join(QLatin1Char('\n'))));
    const QKeySequence confirm = QKeySequence::mnemonic(plan->confirmBox()->text());
    QVERIFY2(!confirm.isEmpty(), qPrintable(plan->confirmBox()->text()));
    plan->show();
    QVERIFY(QTest::qWaitForWindowActive(plan));
    QTest::keySequence(plan, confirm);
    QTRY_VERIFY(plan->confirmBox()->isChecked()); // a mnemonic clicks with an animation
    QVERIFY(plan->runButton()->isEnabled());
    plan->reject();
}

void TestWalkthrough::menuMnemonicsAreUnique()
{
    // In English: tst_germanui checks the German menus. A letter two items of one menu share
    // only moves between them, it runs neither.
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    QStringList clashes;
    for (const QAction *menuAction : w.menuBar()->actions()) {
        QMap<QString, QStringList> byKey;
        for (const QAction *a : menuAction->menu()->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (!a->isSeparator() && a->isVisible() && !key.isEmpty())
                byKey[key.toString()].append(a->text());
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (it.value().size() > 1)
                clashes.append(menuAction->text() + QStringLiteral(": ") + it.key() +
                               QStringLiteral(": ") + it.value().join(QStringLiteral(" | ")));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestWalkthrough::detailNamesStayOnOneLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestWalkthrough::detailNamesStayOnOneLine()
{
    QFETCH(QString, language);
    const UiLanguage installed = installUiTranslators(language);
    QCOMPARE(installed.name, language);
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    // The details narrow, as beside a wide graph: long file names take the room.
    auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(split);
    split->setSizes({split->width() - 360, 360});
    QTRY_VERIFY(w.detailsPanel()->width() <= 370);
    for (const QString &id : {QStringLiteral("8f5b2a7f341a"), QStringLiteral("8d91d29f0c4d"),
                              QStringLiteral("f3d3dcb3cb5c")}) {
        QVERIFY(w.selectRevision(id));
        QCOMPARE(wrappedSummaryNames(w), QStringList());
    }
}

void TestWalkthrough::pythonOrderIsTheEngines()
{
    QTemporaryDir dir;
    const QString ini = writeBridgedProject(dir.path());
    QVERIFY(!ini.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(w.selectRevision(QStringLiteral("rb02")));
    const QString text = w.detailsPanel()->upgradeView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Python bridge")), qPrintable(text));
    // PythonBridge::sources()'s one order: the explicit choice, $RETORT_PYTHON,
    // retort_python, .venv, venv, PATH.
    const QStringList order = {QStringLiteral("Python for Steps Retort Cannot Render"),
                               QStringLiteral("$RETORT_PYTHON"),
                               QStringLiteral("retort_python in alembic.ini"),
                               QStringLiteral(".venv/bin/python"),
                               QStringLiteral(" venv/bin/python"),
                               QStringLiteral("python3 on PATH")};
    qsizetype last = -1;
    for (const QString &place : order) {
        const qsizetype at = text.indexOf(place);
        QVERIFY2(at > last, qPrintable(place + QStringLiteral(" out of order in:\n") + text));
        last = at;
    }
}

void TestWalkthrough::planPreviewOffGuiThread()
{
    QTemporaryDir dir;
    const QString ini = writeBridgedProject(dir.path());
    QVERIFY(!ini.isEmpty());
    // The project's Python takes two seconds to answer (and has no Alembic).
    const QString slow = dir.filePath(QStringLiteral("slow-python"));
    QFile script(slow);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nsleep 2\necho 'no alembic here' >&2\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    pythonsetting::save(ini, slow);

    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, ini));
    QVERIFY(waitConnected(w));
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(50);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QSignalSpy failed(w.database(), &DatabaseController::errorReported);
    QVERIFY(w.selectRevision(QStringLiteral("rb02")));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    ticker.stop();
    QVERIFY(plan || !failed.isEmpty());
    // The event loop ran while the Python was asked: the window answered all along.
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    // And the chosen Python's failure is what the plan says about the step.
    QVERIFY(plan);
    QVERIFY(plan->preview().refused());
    if (plan)
        plan->reject();
    pythonsetting::save(ini, QString());
}

void TestWalkthrough::planStepsGetRoom()
{
    QVERIFY(resetDemoDatabase(m_demoIni));
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_demoIni));
    QVERIFY(waitConnected(w));
    PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
    QVERIFY(plan);
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QTreeView *steps = plan->stepView();
    auto *splitter = qobject_cast<QSplitter *>(steps->parentWidget());
    QVERIFY(splitter);
    // 25 steps: the list shows a good part of them, not five rows above an empty pane.
    const double share = double(steps->height()) / splitter->height();
    QVERIFY2(share >= 0.3, qPrintable(QStringLiteral("%1: steps %2 of %3, tabs minimum %4")
                                          .arg(share)
                                          .arg(steps->height())
                                          .arg(splitter->height())
                                          .arg(splitter->widget(1)->minimumSizeHint().height())));
    plan->reject();
}

void TestWalkthrough::passwordRoleUpgradeCancelStamp()
{
    PgTestServer server = PgTestServer::fromEnvironment();
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const QString user = conninfoValue(QStringLiteral("pw_user"));
    const QString password = conninfoValue(QStringLiteral("pw_password"));
    QVERIFY2(!user.isEmpty() && !password.isEmpty(), "conninfo has no pw_user/pw_password");
    QCOMPARE(adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS walk_pw WITH (FORCE)")),
             QString());
    QCOMPARE(adminExec(server, QStringLiteral("CREATE DATABASE walk_pw OWNER %1").arg(user)),
             QString());
    const QString url =
        QStringLiteral("postgresql://%1@%2:%3/walk_pw").arg(user, server.host()).arg(server.port());
    QTemporaryDir dir;
    const QString ini = writeSqlProject(
        dir.path(),
        {{QStringLiteral("aa0000000001"), QString(),
          QStringLiteral("CREATE TABLE walk_a (id int);"), QStringLiteral("DROP TABLE walk_a;")},
         {QStringLiteral("aa0000000002"), QStringLiteral("aa0000000001"),
          QStringLiteral("SELECT pg_sleep(60);"), QStringLiteral("SELECT 1;")}});
    QVERIFY(!ini.isEmpty());
    const QString rows = QStringLiteral("SELECT version_num FROM alembic_version");

    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, ini));
        DatabaseController *db = w.database();
        // Opening the project connects to its ini URL in the background: let that finish
        // first, so that the state read below is the password role's.
        QTRY_VERIFY_WITH_TIMEOUT(!db->isBusy(), 20000);
        db->openConnectionDialog();
        ConnectionDialog *dialog = db->connectionDialog();
        QVERIFY(dialog);
        dialog->newButton()->click();
        dialog->nameEdit()->setText(QStringLiteral("password role"));
        dialog->urlEdit()->clear();
        QTest::keyClicks(dialog->urlEdit(), url);
        QTest::keyClicks(dialog->passwordEdit(), password);
        dialog->connectButton()->click();
        // Connect stores the password first (the keychain answers asynchronously, here that
        // it is unavailable), then connects: wait for the password role's state, not for
        // any refresh (the project folder's watcher refreshes too).
        QTRY_VERIFY2_WITH_TIMEOUT(
            db->isConnected() && !db->isBusy() &&
                w.statusSummary()->text().contains(QStringLiteral("/walk_pw")),
            qPrintable(w.statusSummary()->text() + QLatin1Char(' ') + db->lastError()), 20000);

        // Upgrade to heads; the second step sleeps: cancel it.
        PlanDialog *plan = planFor(w, RevisionAction::UpgradeToHeads);
        QVERIFY(plan);
        QSignalSpy started(db, &DatabaseController::runStarted);
        QSignalSpy finished(db, &DatabaseController::runFinished);
        plan->runButton()->click();
        QVERIFY(started.size() == 1 || started.wait(10000));
        RunProgressDialog *run = db->progressDialog();
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(
            run->logView()->toPlainText().contains(QStringLiteral("-> aa0000000002")), 20000);
        QTest::qWait(300); // inside pg_sleep
        run->cancelButton()->click();
        QVERIFY2(finished.wait(30000), qPrintable(run->logView()->toPlainText()));
        QCOMPARE(finished.first().first().toBool(), false);
        // The title says what happened, not "Running:" any more.
        QVERIFY2(run->windowTitle().startsWith(QStringLiteral("Cancelled: ")),
                 qPrintable(run->windowTitle()));
        // The status bar says the outcome, not a path cut off by the summary.
        QCOMPARE(w.statusBar()->currentMessage(), run->statusText());
        QCOMPARE(run->statusText(), QStringLiteral("Cancelled: the run was rolled back."));
        // The step number takes the room of a number.
        QHeaderView *header = run->stepView()->header();
        QVERIFY2(header->sectionSize(0) * 4 < header->sectionSize(1),
                 qPrintable(QStringLiteral("# %1, step %2")
                                .arg(header->sectionSize(0))
                                .arg(header->sectionSize(1))));
        run->accept();
        // The cancelled step was rolled back (the one before it may have committed).
        QVERIFY(!adminColumn(server, QStringLiteral("walk_pw"), rows)
                     .contains(QStringLiteral("aa0000000002")));
        QTRY_VERIFY_WITH_TIMEOUT(!db->isBusy(), 20000);
    }

    // A new session: no keychain, so the saved profile waits for its password.
    MainWindow w;
    w.show();
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QVERIFY(openAndWait(w, ini));
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.first().first().toBool(), false);
    DatabaseController *db = w.database();
    db->connectAction()->trigger();
    ConnectionDialog *dialog = db->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("password role"));
    // The cursor is where the password goes, and the dialog says why.
    QCOMPARE(dialog->focusWidget(), dialog->passwordEdit());
    QVERIFY(!dialog->testResultLabel()->text().isEmpty());
    QTest::keyClicks(dialog->passwordEdit(), password);
    refreshed.clear();
    dialog->connectButton()->click();
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(refreshed.last().first().toBool(), qPrintable(db->lastError()));

    // Stamp the head on PostgreSQL as the password role.
    QVERIFY(w.selectRevision(QStringLiteral("aa0000000002")));
    PlanDialog *plan = planFor(w, RevisionAction::StampHere);
    QVERIFY(plan);
    QSignalSpy finished(db, &DatabaseController::runFinished);
    plan->runButton()->click();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(db->lastError()));
    db->progressDialog()->accept();
    QCOMPARE(adminColumn(server, QStringLiteral("walk_pw"), rows),
             QStringList{QStringLiteral("aa0000000002")});
    QTRY_VERIFY_WITH_TIMEOUT(!db->isBusy(), 20000);
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
