// Profiles shown on the graph (issue 12) whose server asks for a password: the overlay reads
// it from the system keychain (PasswordStore), never from the settings. Built twice (see
// CMakeLists.txt): inside a private D-Bus session with an unlocked gnome-keyring, the shown
// profile connects with the stored password; without a session bus it says that there is no
// keychain, in the status bar's tooltip, and nothing blocks. Both connect as the fixture's
// password role (SCRAM over TCP).

#include "connectionprofile.h"
#include "databasecontroller.h"
#include "dbtesthelpers.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "profileoverlay.h"
#include "runworker.h"

#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifndef RETORT_KEYCHAIN_AVAILABLE
#error "RETORT_KEYCHAIN_AVAILABLE must be 0 or 1"
#endif

using namespace retort;
using namespace retort::test;

class TestAuditGuiKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shownProfileUsesKeychain();

private:
    QTemporaryDir m_home;
    PgTestServer m_server;
    QString m_ini;
    QString m_url; ///< the password role's URL, without the password
    QString m_password;
};

void TestAuditGuiKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditgui_keychain"));
    QSettings().setValue(QStringLiteral("database/checkDrift"), false);
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    const QString user = conninfoValue(QStringLiteral("pw_user"));
    m_password = conninfoValue(QStringLiteral("pw_password"));
    QVERIFY2(!user.isEmpty() && !m_password.isEmpty(), "conninfo has no pw_user/pw_password");
    m_url = QStringLiteral("postgresql://%1@%2:%3/postgres")
                .arg(user, m_server.host())
                .arg(m_server.port());
    m_ini = writeSqlProject(m_home.filePath(QStringLiteral("project")),
                            {{QStringLiteral("e1"), QString(), QStringLiteral("SELECT 1;"),
                              QStringLiteral("SELECT 1;")},
                             {QStringLiteral("e2"), QStringLiteral("e1"),
                              QStringLiteral("SELECT 2;"), QStringLiteral("SELECT 2;")}});
    QVERIFY(!m_ini.isEmpty());
    // Without the password the role is refused: the password is really needed.
    runcommands::Settings s;
    s.url = m_url;
    const RowsResult r = readRowsFor(s);
    QVERIFY(!r.ok);
    QVERIFY2(r.needsPassword, qPrintable(r.error));
}

void TestAuditGuiKeychain::shownProfileUsesKeychain()
{
    ConnectionProfile keyed;
    keyed.name = QStringLiteral("keyed");
    keyed.url = m_url;
    keyed.usesPassword = true;
    keyed.showOnGraph = true;
    // The same role on another database: its keychain entry (keyed by URL) does not exist.
    ConnectionProfile unkeyed = keyed;
    unkeyed.name = QStringLiteral("unkeyed");
    unkeyed.url = QString(m_url).replace(QStringLiteral("/postgres"), QStringLiteral("/template1"));
#if RETORT_KEYCHAIN_AVAILABLE
    {
        PasswordStore store;
        bool written = false;
        store.write(keyed.keychainKey(), m_password, nullptr,
                    [&written](const PasswordStore::Reply &r) { written = r.ok; });
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingJobs(), 0, 20000);
        QVERIFY(written);
    }
#endif
    profilestore::save(m_ini, {keyed, unkeyed});

    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(m_ini);
    QVERIFY(loaded.wait(20000));
    ProfileOverlay *overlay = w.database()->profileOverlay();
    QTRY_VERIFY_WITH_TIMEOUT(!overlay->isBusy() && overlay->entries().size() == 2, 30000);
    const ProfileOverlay::Entry &first = overlay->entries().at(0);
    const ProfileOverlay::Entry &second = overlay->entries().at(1);
    QLabel *status = overlay->statusLabel();
#if RETORT_KEYCHAIN_AVAILABLE
    // The stored password connects: no version table there, so both revisions are pending.
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY2(status->text().contains(QStringLiteral("keyed: 2 behind heads")),
             qPrintable(status->text()));
    QVERIFY(!second.ok);
    QVERIFY2(status->toolTip().contains(QStringLiteral("No password is stored in the keychain")),
             qPrintable(status->toolTip()));
#else
    QVERIFY(!first.ok);
    QVERIFY(!second.ok);
    QVERIFY2(status->text().contains(QStringLiteral("keyed: cannot connect")),
             qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("No keychain service is available")),
             qPrintable(status->toolTip()));
#endif
    QVERIFY(!status->toolTip().contains(m_password));
    // The password is in no settings file.
    QDirIterator it(m_home.filePath(QStringLiteral("config")), QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(m_password.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_MAIN(TestAuditGuiKeychain)
#include "tst_auditgui_keychain.moc"
