// `cmake --install` of the build tree into a temporary prefix puts the executables, the
// desktop file, the AppStream metadata and the icons in place, and the installed apps start.

#include "packagecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace packagecheck;

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void executables();
    void desktopIntegration();
    void installedAppsStart();

private:
    QTemporaryDir m_root;
    QString m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_prefix = m_root.filePath(QStringLiteral("usr"));
    const Run install = run(QStringLiteral(RETORT_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(RETORT_BUILD_DIR),
                             QStringLiteral("--prefix"), m_prefix},
                            {}, 300000);
    QVERIFY2(install.ok(), qPrintable(install.describe()));
}

void TestInstall::executables()
{
    for (const char *name : {"retort", "retort-gui"}) {
        const QFileInfo exe(QDir(m_prefix).filePath(QStringLiteral("bin/") + QLatin1String(name)));
        QVERIFY2(exe.isFile() && exe.isExecutable(), qPrintable(exe.filePath()));
    }
}

void TestInstall::desktopIntegration()
{
    QStringList notes;
    const QString error = checkDesktopIntegration(
        QDir(m_prefix).filePath(QStringLiteral("share")),
        QDir(m_prefix).filePath(QStringLiteral("bin")), QStringLiteral(RETORT_APP_ID),
        parseSizes(QStringLiteral(RETORT_ICON_SIZES)), &notes);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &note : std::as_const(notes))
        qInfo("%s", qPrintable(note));
}

void TestInstall::installedAppsStart()
{
    const QString error = checkAppsStart(QDir(m_prefix).filePath(QStringLiteral("bin")),
                                         QStringLiteral(RETORT_PROJECT_VERSION),
                                         m_root.filePath(QStringLiteral("home")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
