// Passwords and the system keychain, for real. Built twice:
//  - tst_keychain runs inside its own D-Bus session with an unlocked gnome-keyring (see
//    CMakeLists.txt): a password saved through the connection dialog is read back through
//    QtKeychain from the Secret Service, is used to reconnect, and appears in no file;
//  - tst_keychain_unavailable runs without a session bus: the dialog says that no keychain
//    service is available, the password is used for the session only and asked again.
// Both connect as the fixture's password role (SCRAM over TCP).

#include "connectiondialog.h"
#include "databasecontroller.h"
#include "dbtesthelpers.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::test;

namespace {

/** Files under `dirs` whose bytes contain `secret` (in UTF-8 or UTF-16). */
QStringList filesContaining(const QStringList &dirs, const QString &secret)
{
    QStringList hits;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            if (data.contains(utf8) || data.contains(utf16))
                hits.append(f.fileName());
        }
    }
    return hits;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
#if RETORT_KEYCHAIN_AVAILABLE
    void savedThroughDialogReadBack();
    void reconnectFromKeychain();
    void forgetPassword();
#else
    void unavailableAsksEachTime();
    void nextSessionAsksAgain();
    void storeGoneBeforeTheAnswer();
#endif

private:
    QTemporaryDir m_home;
    PgTestServer m_server;
    QString m_keyringDir; ///< where gnome-keyring keeps its (encrypted) files
    QString m_ini;
    QString m_url; ///< the password role's URL, without the password
    QString m_password;

    QStringList scannedDirs() const
    {
        QStringList dirs{m_home.path(), QFileInfo(m_ini).absolutePath()};
        if (!m_keyringDir.isEmpty() && QFileInfo::exists(m_keyringDir))
            dirs.append(m_keyringDir);
        return dirs;
    }
    ConnectionDialog *openDialog(MainWindow &w)
    {
        QSignalSpy opened(w.database(), &DatabaseController::connectionDialogOpened);
        w.database()->connectAction()->trigger();
        return opened.isEmpty() ? nullptr : w.database()->connectionDialog();
    }
    /** A new profile for the password role with `password` typed; Connect clicked. */
    bool connectWithPassword(MainWindow &w, bool remember);
};

void TestKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    // gnome-keyring was started with the XDG_DATA_HOME of the ctest environment: scan it too.
    m_keyringDir = qEnvironmentVariable("XDG_DATA_HOME");
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychain"));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    const QString user = conninfoValue(QStringLiteral("pw_user"));
    m_password = conninfoValue(QStringLiteral("pw_password"));
    QVERIFY2(!user.isEmpty() && !m_password.isEmpty(), "conninfo has no pw_user/pw_password");
    m_url = QStringLiteral("postgresql://%1@%2:%3/postgres")
                .arg(user, m_server.host())
                .arg(m_server.port());
    m_ini = writeSqlProject(m_home.filePath(QStringLiteral("project")),
                            {{QStringLiteral("c0ffee000001"), QString(),
                              QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 1;")}});
    QVERIFY(!m_ini.isEmpty());
    // Without the password the role is refused: the password is really needed.
    runcommands::Settings s;
    s.url = m_url;
    const RowsResult r = readRowsFor(s);
    QVERIFY(!r.ok);
    QVERIFY2(r.needsPassword, qPrintable(r.error));
}

bool TestKeychain::connectWithPassword(MainWindow &w, bool remember)
{
    ConnectionDialog *dialog = openDialog(w);
    if (!dialog)
        return false;
    for (int i = 0;
         i < 200 && w.database()->passwords()->status() == PasswordStore::Status::Unknown; ++i)
        QTest::qWait(50);
    if (w.database()->passwords()->status() == PasswordStore::Status::Unknown)
        return false;
    dialog->newButton()->click();
    dialog->nameEdit()->setText(QStringLiteral("password role"));
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), m_url);
    QTest::keyClicks(dialog->passwordEdit(), m_password);
    if (dialog->rememberBox()->isEnabled())
        dialog->rememberBox()->setChecked(remember);
    // Test Connection first.
    QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    if (!tested.wait(20000) || !tested.first().first().toBool()) {
        qWarning("test connection: %s", qPrintable(dialog->testResultLabel()->text()));
        return false;
    }
    if (!dialog->testResultLabel()->text().startsWith(QStringLiteral("Connected to")))
        return false;
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    if (!refreshed.wait(20000) || !refreshed.first().first().toBool()) {
        qWarning("connect: %s", qPrintable(w.database()->lastError()));
        return false;
    }
    return true;
}

#if RETORT_KEYCHAIN_AVAILABLE

void TestKeychain::savedThroughDialogReadBack()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_ini));
    QVERIFY(!w.database()->isConnected());
    QVERIFY(connectWithPassword(w, true));
    QCOMPARE(w.database()->passwords()->status(), PasswordStore::Status::Available);
    QTRY_COMPARE(w.database()->passwords()->pendingJobs(), 0);
    // The status bar shows the URL redacted.
    const QString status = w.statusSummary()->text();
    const QString redacted = QString(m_url).replace(QStringLiteral("@"), QStringLiteral(":***@"));
    QVERIFY2(status.contains(QStringLiteral("connection: ") + redacted), qPrintable(status));
    QVERIFY(!status.contains(m_password));

    // Read back through QtKeychain, from the Secret Service.
    QKeychain::ReadPasswordJob job(QStringLiteral("retort"));
    job.setAutoDelete(false);
    job.setKey(m_url);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(int(job.error()), int(QKeychain::NoError));
    QCOMPARE(job.textData(), m_password);

    // In no settings file and no file under the config and data folders.
    QSettings settings;
    settings.sync();
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY(settings.fileName().startsWith(m_home.path()));
    QVERIFY2(filesContaining(scannedDirs(), m_password).isEmpty(),
             qPrintable(filesContaining(scannedDirs(), m_password).join(QLatin1Char('\n'))));
    bool profileSaved = false;
    for (const QString &key : settings.allKeys())
        profileSaved = profileSaved || settings.value(key).toString() == m_url;
    QVERIFY(profileSaved);
}

void TestKeychain::reconnectFromKeychain()
{
    // A new window (the next start): the last profile is used, its password from the keychain.
    MainWindow w;
    w.show();
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QSignalSpy dialogs(w.database(), &DatabaseController::connectionDialogOpened);
    QVERIFY(openAndWait(w, m_ini));
    QVERIFY(w.database()->isConnected() || refreshed.wait(20000));
    QVERIFY2(w.database()->isConnected(), qPrintable(w.database()->lastError()));
    QCOMPARE(w.database()->profile()->name, QStringLiteral("password role"));
    QVERIFY(dialogs.isEmpty());
    // The dialog shows it stored and fills the password field from the keychain.
    ConnectionDialog *dialog = openDialog(w);
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->passwordEdit()->text(), m_password);
    QVERIFY(dialog->rememberBox()->isEnabled());
    QVERIFY(dialog->keychainLabel()->text().contains(QStringLiteral("system keychain")));
    dialog->reject();
}

void TestKeychain::forgetPassword()
{
    // Unchecking "Remember" removes the entry; the next start asks for the password.
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, m_ini));
        QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
        QVERIFY(w.database()->isConnected() || refreshed.wait(20000));
        ConnectionDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->passwordEdit()->text(), m_password);
        dialog->rememberBox()->setChecked(false);
        QSignalSpy again(w.database(), &DatabaseController::stateRefreshed);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QVERIFY(again.wait(20000));
        QVERIFY(w.database()->isConnected()); // this session still has it
        QTRY_COMPARE(w.database()->passwords()->pendingJobs(), 0);
    }
    QKeychain::ReadPasswordJob job(QStringLiteral("retort"));
    job.setAutoDelete(false);
    job.setKey(m_url);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(int(job.error()), int(QKeychain::EntryNotFound));
    MainWindow w;
    w.show();
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QVERIFY(openAndWait(w, m_ini));
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!w.database()->isConnected());
    QVERIFY2(w.database()->description().contains(QStringLiteral("password needed")),
             qPrintable(w.database()->description()));
}

#else

void TestKeychain::unavailableAsksEachTime()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, m_ini));
    ConnectionDialog *dialog = openDialog(w);
    QVERIFY(dialog);
    // The probe fails at once (no session bus): the dialog says so and stores nothing.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->keychainUnavailable(), 10000);
    const QString label = dialog->keychainLabel()->text();
    QVERIFY2(label.contains(QStringLiteral("No keychain service is available")), qPrintable(label));
    QVERIFY(label.contains(QStringLiteral("asks for it each time")));
    QVERIFY(!dialog->rememberBox()->isEnabled());
    QVERIFY(!dialog->rememberBox()->isChecked());
    QVERIFY(dialog->keychainLabel()->isVisible());
    QVERIFY(!w.database()->passwords()->unavailableReason().isEmpty());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(QDir().mkpath(QStringLiteral(RETORT_SCREENSHOT_DIR)));
    QVERIFY(
        dialog->grab().save(QStringLiteral(RETORT_SCREENSHOT_DIR "/connection-no-keychain.png")));
    dialog->reject();
    // The password typed is used for this session.
    QVERIFY(connectWithPassword(w, true));
    QVERIFY(w.database()->isConnected());
    QTRY_COMPARE(w.database()->passwords()->pendingJobs(), 0);
    QSettings().sync();
    QVERIFY2(filesContaining(scannedDirs(), m_password).isEmpty(),
             qPrintable(filesContaining(scannedDirs(), m_password).join(QLatin1Char('\n'))));
}

void TestKeychain::nextSessionAsksAgain()
{
    MainWindow w;
    w.show();
    QSignalSpy refreshed(w.database(), &DatabaseController::stateRefreshed);
    QVERIFY(openAndWait(w, m_ini));
    // The last profile needs a password that nothing stored: not connected, and it says why.
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!w.database()->isConnected());
    QVERIFY2(w.database()->description().contains(QStringLiteral("password needed")),
             qPrintable(w.database()->description()));
    QVERIFY(w.statusSummary()->text().contains(QStringLiteral("password needed")));
    QVERIFY2(w.database()->lastError().contains(QStringLiteral("No keychain service")),
             qPrintable(w.database()->lastError()));
    // Connect asks for it (the dialog opens on the profile, its password field empty).
    ConnectionDialog *dialog = openDialog(w);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("password role"));
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
    QVERIFY(dialog->passwordEdit()->isEnabled());
    QTRY_VERIFY(dialog->keychainUnavailable());
    QTest::keyClicks(dialog->passwordEdit(), m_password);
    QSignalSpy again(w.database(), &DatabaseController::stateRefreshed);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(again.wait(20000));
    QVERIFY2(w.database()->isConnected(), qPrintable(w.database()->lastError()));
}

void TestKeychain::storeGoneBeforeTheAnswer()
{
    // A window closed while the keychain was still answering (here: that there is no
    // service): the answer arrives after the store is gone. The job must outlive it (it
    // crashed in QKeychain::Job::emitFinishedWithError when the store owned its jobs), and
    // the callback of a store that is gone must not run.
    QList<bool> gone(8, false);
    int late = 0;
    QObject receiver;
    for (int i = 0; i < int(gone.size()); ++i) {
        auto *store = new PasswordStore;
        store->read(QStringLiteral("retort-gone-%1").arg(i), &receiver,
                    [&gone, &late, i](const PasswordStore::Reply &) { late += gone[i] ? 1 : 0; });
        QCOMPARE(store->pendingJobs(), 1);
        QTest::qWait(i * 2); // the job started, its D-Bus call on the way
        delete store;
        gone[i] = true;
    }
    // A store that stays gets its answer; the others' have arrived by then too.
    PasswordStore kept;
    bool answered = false;
    kept.read(QStringLiteral("retort-kept"), &receiver,
              [&answered](const PasswordStore::Reply &r) { answered = r.unavailable; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QTest::qWait(200);
    QCOMPARE(late, 0);
}

#endif

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
