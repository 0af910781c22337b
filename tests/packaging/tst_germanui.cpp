// The main window in German on the demo project: translated menus, banner, status bar and
// details, unique accelerators in every menu, and screenshots of it in the build tree.

#include "detailspanel.h"
#include "graphview.h"
#include "language.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

namespace {

const QString mergeId = QStringLiteral("8d91d29f0c4d");

QStringList texts(const QList<QAction *> &actions)
{
    QStringList result;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            result.append(action->text());
    }
    return result;
}

// The mnemonic letters of `items` ("&Datei" -> "d") that occur more than once.
QStringList clashingAccelerators(const QStringList &items)
{
    QHash<QChar, QStringList> byKey;
    for (const QString &text : items) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != QLatin1Char('&'))
            byKey[text.at(amp + 1).toLower()].append(text);
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.value().join(QStringLiteral(" / ")));
    }
    return clashes;
}

} // namespace

class TestGermanUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusInGerman();
    void demoInGerman();
    void screenshots();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    QString m_demoIni = QStringLiteral(RETORT_SOURCE_DIR "/resources/demo/alembic.ini");
};

void TestGermanUi::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings (recent projects, geometry) go to a private folder, never the user's.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_germanui"));
    const UiLanguage language = installUiTranslators(QStringLiteral("de"));
    QCOMPARE(language.name, QStringLiteral("de"));
}

void TestGermanUi::menusInGerman()
{
    MainWindow w;
    w.show();
    QCOMPARE(w.windowTitle(), QStringLiteral("Retort"));
    const QList<QAction *> bar = w.menuBar()->actions();
    QCOMPARE(texts(bar), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                      QStringLiteral("&Ansicht"), QStringLiteral("Date&nbank"),
                                      QStringLiteral("&Revision"), QStringLiteral("&Hilfe")}));
    QVERIFY2(clashingAccelerators(texts(bar)).isEmpty(),
             qPrintable(clashingAccelerators(texts(bar)).join(QLatin1Char('\n'))));
    for (const QAction *menuAction : bar) {
        const QStringList items = texts(menuAction->menu()->actions());
        QVERIFY2(clashingAccelerators(items).isEmpty(),
                 qPrintable(menuAction->text() + QStringLiteral(": ") +
                            clashingAccelerators(items).join(QLatin1Char('\n'))));
    }
    QCOMPARE(texts(bar.at(0)->menu()->actions()),
             (QStringList{QStringLiteral("&Projekt öffnen…"), QStringLiteral("&Zuletzt geöffnet"),
                          QStringLiteral("&Demoprojekt öffnen"), QStringLiteral("&Neu laden"),
                          QStringLiteral("&Beenden")}));
    QCOMPARE(w.revisionAction(RevisionAction::UpgradeToHeads)->text(),
             QStringLiteral("Upgrade auf alle &Heads"));
    QCOMPARE(w.revisionAction(RevisionAction::StampHere)->toolTip(),
             QStringLiteral("Verbinden Sie sich zuerst mit einer Datenbank (Datenbank › Mit "
                            "Datenbank verbinden…)"));
    QCOMPARE(w.searchField()->placeholderText(), QStringLiteral("ID, Nachricht oder Label suchen"));
    QCOMPARE(w.statusSummary()->text(), QStringLiteral("Kein Projekt"));
    // The node context menu shares these actions with the menus; its accelerators too.
    QStringList nodeMenu;
    for (RevisionAction a : {RevisionAction::UpgradeToHere, RevisionAction::DowngradeToHere,
                             RevisionAction::StampHere, RevisionAction::DryRun,
                             RevisionAction::MergeSelectedHeads, RevisionAction::NewRevisionAfter})
        nodeMenu.append(w.revisionAction(a)->text());
    nodeMenu.append(texts(bar.at(1)->menu()->actions()).mid(0, 2)); // copy id, open file
    QVERIFY2(clashingAccelerators(nodeMenu).isEmpty(),
             qPrintable(clashingAccelerators(nodeMenu).join(QLatin1Char('\n'))));
}

void TestGermanUi::demoInGerman()
{
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(m_demoIni);
    QVERIFY(loaded.wait(20000));
    QVERIFY(w.snapshot()->ok());
    QCOMPARE(w.windowTitle(),
             QStringLiteral("%1 — Retort").arg(QDir::toNativeSeparators(m_demoIni)));
    // The demo connects to its SQLite database at once: the summary names it.
    QVERIFY2(w.statusSummary()->text().startsWith(
                 QStringLiteral("25 Revisionen · 2 Heads · Verbindung: sqlite:///")),
             qPrintable(w.statusSummary()->text()));
    QVERIFY(w.headsBanner()->isVisible());
    QCOMPARE(w.headsBannerLabel()->text(),
             QStringLiteral(
                 "2 Heads — führen Sie sie zu einem zusammen, um mit „head“ zu aktualisieren"));
    QVERIFY(w.selectRevision(mergeId));
    QTabWidget *tabs = w.detailsPanel()->tabs();
    QStringList tabTexts;
    for (int i = 0; i < tabs->count(); ++i)
        tabTexts.append(tabs->tabText(i));
    QVERIFY2(tabTexts.contains(QStringLiteral("Upgrade-SQL")),
             qPrintable(tabTexts.join(QLatin1Char(','))));
    QVERIFY2(tabTexts.contains(QStringLiteral("Downgrade-SQL")),
             qPrintable(tabTexts.join(QLatin1Char(','))));
    QVERIFY2(tabTexts.contains(QStringLiteral("Quelltext")),
             qPrintable(tabTexts.join(QLatin1Char(','))));
}

void TestGermanUi::screenshots()
{
    const QString out = QStringLiteral(RETORT_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(out));
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(m_demoIni);
    QVERIFY(loaded.wait(20000));
    w.graphView()->resetZoom();
    QVERIFY(w.selectRevision(mergeId));
    QApplication::processEvents();
    const QString window = QDir(out).filePath(QStringLiteral("mainwindow-de.png"));
    QVERIFY(w.grab().save(window));
    QVERIFY(QFileInfo(window).size() > 10000);

    // The Database menu, open.
    QMenu *database = w.menuBar()->actions().at(3)->menu();
    database->popup(w.mapToGlobal(QPoint(300, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(database));
    const QString menu = QDir(out).filePath(QStringLiteral("menu-database-de.png"));
    QVERIFY(database->grab().save(menu));
    database->hide();
    qInfo("screenshots: %s, %s", qPrintable(window), qPrintable(menu));
}

void TestGermanUi::cleanupTestCase()
{
    removeUiTranslators();
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
