#include "packagecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace packagecheck {

QString Run::describe() const
{
    return QStringLiteral("%1\nexit code %2%3\n--- stdout\n%4--- stderr\n%5")
        .arg(command)
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"), out, err);
}

Run run(const QString &program,
        const QStringList &args,
        const QProcessEnvironment &env,
        int timeoutMs,
        const QString &workingDirectory)
{
    Run result;
    result.command = QStringList(QStringList{program} + args).join(QLatin1Char(' '));
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment headlessEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(home);
    dir.mkpath(QStringLiteral("config"));
    dir.mkpath(QStringLiteral("data"));
    dir.mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    // Under the asan preset these runs check that the program starts and shows what it
    // should; leak checking is left to the in-process tests.
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    return env;
}

QString checkAppsStart(const QString &binDir, const QString &version, const QString &home)
{
    const QProcessEnvironment env = headlessEnvironment(home);
    const QString cli = QDir(binDir).filePath(QStringLiteral("retort"));
    const QString gui = QDir(binDir).filePath(QStringLiteral("retort-gui"));
    const Run cliVersion = run(cli, {QStringLiteral("--version")}, env);
    if (!cliVersion.ok() || !cliVersion.out.contains(version))
        return QStringLiteral("retort --version:\n") + cliVersion.describe();

    const Run demo =
        run(gui, {QStringLiteral("--demo"), QStringLiteral("--quit-after-start")}, env);
    if (!demo.ok() || !demo.out.contains(QStringLiteral("started\ten\t")) ||
        !demo.out.contains(QStringLiteral("alembic.ini — Retort")) ||
        !demo.out.contains(QStringLiteral("25 revisions · 2 heads")))
        return QStringLiteral("retort-gui --demo:\n") + demo.describe();

    const Run german = run(
        gui, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--print-ui-text")},
        env);
    if (!german.ok() || !german.out.contains(QStringLiteral("menu\t&Datei\n")) ||
        !german.out.contains(QStringLiteral("menu\tDate&nbank\n")))
        return QStringLiteral("retort-gui --lang de:\n") + german.describe();
    return {};
}

namespace {

// A desktop entry file: group -> key -> value (keys keep their locale suffix, "Name[de]").
using DesktopEntry = QHash<QString, QHash<QString, QString>>;

QString parseDesktopFile(const QString &path, DesktopEntry *entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("cannot read %1").arg(path);
    QString group;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            group = line.mid(1, line.size() - 2);
            if (entry->contains(group))
                return QStringLiteral("%1:%2: duplicate group %3").arg(path).arg(lineNo).arg(group);
            (*entry)[group];
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (group.isEmpty() || eq <= 0)
            return QStringLiteral("%1:%2: not a key=value line in a group").arg(path).arg(lineNo);
        const QString key = line.left(eq).trimmed();
        if ((*entry)[group].contains(key))
            return QStringLiteral("%1:%2: duplicate key %3").arg(path).arg(lineNo).arg(key);
        (*entry)[group].insert(key, line.mid(eq + 1).trimmed());
    }
    return {};
}

QString checkDesktopFile(const QString &path, const QString &binDir, const QString &appId)
{
    DesktopEntry entry;
    if (QString error = parseDesktopFile(path, &entry); !error.isEmpty())
        return error;
    if (!entry.contains(QStringLiteral("Desktop Entry")))
        return QStringLiteral("%1: no [Desktop Entry] group").arg(path);
    const QHash<QString, QString> &main = entry.value(QStringLiteral("Desktop Entry"));
    const auto expect = [&](const char *key, const QString &value) -> QString {
        const QString actual = main.value(QString::fromLatin1(key));
        if (actual == value)
            return {};
        return QStringLiteral("%1: %2=%3, expected %4")
            .arg(path, QLatin1String(key), actual, value);
    };
    for (const QString &error : {expect("Type", QStringLiteral("Application")),
                                 expect("Icon", appId), expect("Terminal", QStringLiteral("false")),
                                 expect("TryExec", QStringLiteral("retort-gui"))}) {
        if (!error.isEmpty())
            return error;
    }
    for (const char *key : {"Name", "Comment", "Exec", "Categories", "Comment[de]"}) {
        if (main.value(QString::fromLatin1(key)).isEmpty())
            return QStringLiteral("%1: %2 is missing").arg(path, QLatin1String(key));
    }
    if (!main.value(QStringLiteral("Categories")).endsWith(QLatin1Char(';')))
        return QStringLiteral("%1: Categories must end with ';'").arg(path);
    // Every Exec (the main one and the actions') runs the installed retort-gui.
    for (auto it = entry.cbegin(); it != entry.cend(); ++it) {
        const QString exec = it.value().value(QStringLiteral("Exec"));
        if (it.key() != QStringLiteral("Desktop Entry") &&
            !it.key().startsWith(QStringLiteral("Desktop Action ")))
            return QStringLiteral("%1: unexpected group [%2]").arg(path, it.key());
        const QString program = exec.section(QLatin1Char(' '), 0, 0);
        if (program != QStringLiteral("retort-gui"))
            return QStringLiteral("%1: [%2] Exec=%3 does not run retort-gui")
                .arg(path, it.key(), exec);
        if (!QFileInfo(QDir(binDir).filePath(program)).isExecutable())
            return QStringLiteral("%1: %2 is not installed in %3").arg(path, program, binDir);
    }
    return {};
}

QString checkMetainfo(const QString &path, const QString &appId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(path);
    QXmlStreamReader xml(&file);
    QString componentType;
    QStringList elements;
    QHash<QString, QStringList> texts; // element path -> texts of untranslated elements
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            elements.append(xml.name().toString());
            if (elements.size() == 1)
                componentType = xml.attributes().value(QStringLiteral("type")).toString();
            if (xml.attributes().hasAttribute(QStringLiteral("xml:lang")))
                elements.last() += QStringLiteral("@lang");
        } else if (xml.isEndElement()) {
            elements.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            texts[elements.join(QLatin1Char('/'))].append(xml.text().toString().trimmed());
        }
    }
    if (xml.hasError())
        return QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    if (componentType != QStringLiteral("desktop-application"))
        return QStringLiteral("%1: component type %2").arg(path, componentType);
    const auto one = [&](const char *element) {
        return texts.value(QString::fromLatin1(element)).value(0);
    };
    if (one("component/id") != appId)
        return QStringLiteral("%1: id %2, expected %3").arg(path, one("component/id"), appId);
    if (one("component/launchable") != appId + QStringLiteral(".desktop"))
        return QStringLiteral("%1: launchable %2").arg(path, one("component/launchable"));
    for (const char *element : {"component/name", "component/summary", "component/metadata_license",
                                "component/description/p"}) {
        if (one(element).isEmpty())
            return QStringLiteral("%1: %2 is missing").arg(path, QLatin1String(element));
    }
    const QStringList binaries = texts.value(QStringLiteral("component/provides/binary"));
    if (!binaries.contains(QStringLiteral("retort")) ||
        !binaries.contains(QStringLiteral("retort-gui")))
        return QStringLiteral("%1: provides %2").arg(path, binaries.join(QLatin1Char(',')));
    return {};
}

} // namespace

QString checkDesktopIntegration(const QString &dataDir,
                                const QString &binDir,
                                const QString &appId,
                                const QList<int> &iconSizes,
                                QStringList *notes)
{
    const QDir share(dataDir);
    const QString desktop = share.filePath(QStringLiteral("applications/%1.desktop").arg(appId));
    const QString metainfo = share.filePath(QStringLiteral("metainfo/%1.metainfo.xml").arg(appId));
    if (QString error = checkDesktopFile(desktop, binDir, appId); !error.isEmpty())
        return error;
    if (QString error = checkMetainfo(metainfo, appId); !error.isEmpty())
        return error;

    if (const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        !validator.isEmpty()) {
        const Run check = run(validator, {desktop});
        if (!check.ok() || !check.out.trimmed().isEmpty())
            return check.describe();
        notes->append(QStringLiteral("desktop-file-validate: valid"));
    } else {
        notes->append(QStringLiteral("desktop-file-validate not installed: parsed only"));
    }
    if (const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        !appstream.isEmpty()) {
        const Run check = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                          QStringLiteral("--no-color"), metainfo});
        if (!check.ok())
            return check.describe();
        notes->append(QStringLiteral("appstreamcli validate: ") + check.out.trimmed());
    } else {
        notes->append(QStringLiteral("appstreamcli not installed: parsed only"));
    }

    const QString svg =
        share.filePath(QStringLiteral("icons/hicolor/scalable/apps/%1.svg").arg(appId));
    if (!QFileInfo(svg).isFile())
        return QStringLiteral("missing %1").arg(svg);
    for (int size : iconSizes) {
        const QString png =
            share.filePath(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
        const QImage image(png);
        if (image.isNull() || image.size() != QSize(size, size))
            return QStringLiteral("%1: not a %2x%2 image").arg(png).arg(size);
        if (!image.hasAlphaChannel() || image.pixelColor(0, 0).alpha() != 0)
            return QStringLiteral("%1: the corners must be transparent").arg(png);
    }
    return {};
}

QList<int> parseSizes(const QString &list)
{
    QList<int> sizes;
    for (const QString &size : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.append(size.toInt());
    return sizes;
}

} // namespace packagecheck
