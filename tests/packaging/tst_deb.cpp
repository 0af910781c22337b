// `cpack -G DEB` makes a .deb with both executables and the desktop integration under /usr,
// whose Depends name the Qt libraries (dpkg-shlibdeps) and the plugins Qt loads at run
// time; unpacked with dpkg-deb, its retort and retort-gui start.

#include "packagecheck.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace packagecheck;

class TestDeb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contents();
    void control();
    void unpackedAppsStart();

private:
    QString m_dpkgDeb;
    QString m_deb;
    QTemporaryDir m_root;
};

void TestDeb::initTestCase()
{
    m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (m_dpkgDeb.isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
        QFAIL("dpkg-deb and dpkg-shlibdeps (package dpkg-dev, installed by "
              "packaging/install-deps.sh) are needed to build a .deb");
    QVERIFY(m_root.isValid());
    const QString out = QStringLiteral(RETORT_PACKAGE_DIR);
    QDir(out).removeRecursively();
    QVERIFY(QDir().mkpath(out));
    const Run cpack = run(QStringLiteral(RETORT_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out},
                          {}, 600000, QStringLiteral(RETORT_BUILD_DIR));
    QVERIFY2(cpack.ok(), qPrintable(cpack.describe()));
    const QStringList debs = QDir(out).entryList({QStringLiteral("retort_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    const Run arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QVERIFY2(arch.ok(), qPrintable(arch.describe()));
    QCOMPARE(debs.first(), QStringLiteral("retort_%1_%2.deb")
                               .arg(QStringLiteral(RETORT_PROJECT_VERSION), arch.out.trimmed()));
    qInfo("package: %s", qPrintable(m_deb));
}

void TestDeb::contents()
{
    const Run list = run(m_dpkgDeb, {QStringLiteral("--contents"), m_deb});
    QVERIFY2(list.ok(), qPrintable(list.describe()));
    QStringList files;
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "-rwxr-xr-x root/root 123 2026-01-01 00:00 ./usr/bin/retort"
        const QString path = line.section(QLatin1Char(' '), -1);
        QVERIFY2(path.startsWith(QStringLiteral("./usr/")) || path == QStringLiteral("./"),
                 qPrintable(line));
        if (!line.startsWith(QLatin1Char('d')))
            files.append(path.mid(1));
    }
    const QString id = QStringLiteral(RETORT_APP_ID);
    QStringList expected = {
        QStringLiteral("/usr/bin/retort"),
        QStringLiteral("/usr/bin/retort-gui"),
        QStringLiteral("/usr/share/applications/%1.desktop").arg(id),
        QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id),
    };
    for (int size : parseSizes(QStringLiteral(RETORT_ICON_SIZES)))
        expected.append(
            QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id));
    for (const QString &file : std::as_const(expected))
        QVERIFY2(files.contains(file),
                 qPrintable(file + QStringLiteral(" is not in\n") + files.join(QLatin1Char('\n'))));
    QCOMPARE(files.size(), expected.size());
}

void TestDeb::control()
{
    const Run fields = run(m_dpkgDeb, {QStringLiteral("--field"), m_deb, QStringLiteral("Package"),
                                       QStringLiteral("Version"), QStringLiteral("Depends"),
                                       QStringLiteral("Recommends")});
    QVERIFY2(fields.ok(), qPrintable(fields.describe()));
    QHash<QString, QString> control;
    for (const QString &line : fields.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        control.insert(line.section(QStringLiteral(": "), 0, 0),
                       line.section(QStringLiteral(": "), 1));
    QCOMPARE(control.value(QStringLiteral("Package")), QStringLiteral("retort"));
    QCOMPARE(control.value(QStringLiteral("Version")), QStringLiteral(RETORT_PROJECT_VERSION));
    const QString depends = control.value(QStringLiteral("Depends"));
    qInfo("Depends: %s", qPrintable(depends));
    QSet<QString> packages;
    for (const QString &item : depends.split(QLatin1Char(','), Qt::SkipEmptyParts))
        packages.insert(item.trimmed().section(QLatin1Char(' '), 0, 0));
    // From dpkg-shlibdeps: the libraries the executables link to.
    for (const char *package : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6",
                                "libqt6widgets6", "libqt6sql6", "libpq5"})
        QVERIFY2(packages.contains(QLatin1String(package)), package);
    // Named explicitly: what Qt loads as plugins.
    for (const char *package : {"libqt6sql6-psql", "libqt6sql6-sqlite", "libqt6keychain1",
                                "qt6-qpa-plugins", "libqt6svg6"})
        QVERIFY2(packages.contains(QLatin1String(package)), package);
    // shlibdeps gives versioned dependencies on the Qt libraries.
    QVERIFY2(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6\\.")).match(depends).hasMatch(),
             qPrintable(depends));
    QCOMPARE(control.value(QStringLiteral("Recommends")), QStringLiteral("qt6-translations-l10n"));
}

void TestDeb::unpackedAppsStart()
{
    const QString root = m_root.filePath(QStringLiteral("root"));
    const Run extract = run(m_dpkgDeb, {QStringLiteral("--extract"), m_deb, root});
    QVERIFY2(extract.ok(), qPrintable(extract.describe()));
    const QString error = checkAppsStart(QDir(root).filePath(QStringLiteral("usr/bin")),
                                         QStringLiteral(RETORT_PROJECT_VERSION),
                                         m_root.filePath(QStringLiteral("home")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList notes;
    const QString integration = checkDesktopIntegration(
        QDir(root).filePath(QStringLiteral("usr/share")),
        QDir(root).filePath(QStringLiteral("usr/bin")), QStringLiteral(RETORT_APP_ID),
        parseSizes(QStringLiteral(RETORT_ICON_SIZES)), &notes);
    QVERIFY2(integration.isEmpty(), qPrintable(integration));
}

QTEST_GUILESS_MAIN(TestDeb)
#include "tst_deb.moc"
