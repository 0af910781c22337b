#include "initproject.h"

#include "authoring/makotemplate.h"
#include "config/inifile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// Mirrors alembic 1.8.1 command.init. The templates are embedded (resources/templates, see
// engine/authoring/CMakeLists.txt) so that they are found from the build tree and from an
// installed package alike.

// Q_INIT_RESOURCE must be used outside any namespace (an anonymous one included): it declares
// the resource's initialiser, which nothing runs by itself in a static library.
static void initTemplateResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(retort_templates);
        return true;
    }();
    Q_UNUSED(done);
}

namespace retort::authoring {

namespace {

const QString kRoot = QStringLiteral(":/retort/templates");

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/** Writes a file that must not exist yet. */
Result<void> writeNewFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        file.write(content) != content.size() || !file.flush()) {
        return makeError(ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()),
                         path);
    }
    return {};
}

void report(const FileObserver &observer, FileEvent::Kind kind, const QString &path, bool ok = true)
{
    if (observer)
        observer(FileEvent{kind, path, ok, {}});
}

/** The `script_location` value written to the ini (see initProject's documentation). */
QString scriptLocationValue(const QString &directory, const QString &iniAbsolute)
{
    const QString iniFolder = QFileInfo(iniAbsolute).absolutePath();
    const QString percent = QStringLiteral("%%"); // configparser interpolation
    if (QDir::isRelativePath(directory) &&
        QDir::cleanPath(iniFolder) != QDir::cleanPath(QDir::currentPath())) {
        const QString relative = QDir(iniFolder).relativeFilePath(cleanAbsolute(directory));
        return QStringLiteral("%(here)s/") + QString(relative).replace(QLatin1Char('%'), percent);
    }
    return QString(directory).replace(QLatin1Char('%'), percent);
}

} // namespace

QStringList projectTemplates()
{
    initTemplateResources();
    return QDir(kRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList projectTemplateFiles(const QString &templateName)
{
    initTemplateResources();
    QStringList files =
        QDir(kRoot + QLatin1Char('/') + templateName).entryList(QDir::Files, QDir::Name);
    // The order Alembic's init prints for its generic template on Debian 12.
    static const QStringList order = {QStringLiteral("script.py.mako"),
                                      QStringLiteral("script.sql.mako"), QStringLiteral("README"),
                                      QStringLiteral("env.py"), QStringLiteral("alembic.ini.mako")};
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia < ib;
    });
    return files;
}

QByteArray projectTemplateFile(const QString &templateName, const QString &fileName)
{
    initTemplateResources();
    QFile file(kRoot + QLatin1Char('/') + templateName + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

Result<QStringList> initProject(const QString &directory,
                                const QString &templateName,
                                bool package,
                                const QString &iniPath,
                                const FileObserver &observer)
{
    const QFileInfo dirInfo(directory);
    if (dirInfo.exists() && !dirInfo.isDir()) {
        return makeError(ErrorKind::Command,
                         Tr::tr("%1 already exists and is not a directory").arg(directory));
    }
    if (dirInfo.exists() && !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                     QDir::Hidden | QDir::System)) {
        return makeError(ErrorKind::Command,
                         Tr::tr("Directory %1 already exists and is not empty").arg(directory));
    }
    if (!projectTemplates().contains(templateName)) {
        return makeError(ErrorKind::Command,
                         Tr::tr("No such template %1").arg(detail::pythonRepr(templateName)));
    }
    const QString ini = cleanAbsolute(iniPath);
    const bool iniExists = QFileInfo::exists(ini);
    if (!iniExists && !QFileInfo(ini).absoluteDir().exists()) {
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot write the config file %1: the folder %2 does not exist")
                             .arg(ini, QFileInfo(ini).absolutePath()));
    }

    QStringList written;
    const QString dir = cleanAbsolute(directory);
    const QString versions = dir + QStringLiteral("/versions");
    for (const QString &folder : {dir, versions}) {
        if (folder == dir && dirInfo.exists())
            continue;
        if (!QDir().mkpath(folder)) {
            report(observer, FileEvent::Kind::CreateDirectory, folder, false);
            return makeError(ErrorKind::Io, Tr::tr("Cannot create the directory %1").arg(folder),
                             folder);
        }
        report(observer, FileEvent::Kind::CreateDirectory, folder);
        written.append(folder);
    }

    for (const QString &file : projectTemplateFiles(templateName)) {
        const QByteArray content = projectTemplateFile(templateName, file);
        QString target = dir + QLatin1Char('/') + file;
        QByteArray output = content;
        if (file == u"alembic.ini.mako") {
            if (iniExists) {
                report(observer, FileEvent::Kind::SkipExisting, ini);
                continue;
            }
            const QString source =
                kRoot + QLatin1Char('/') + templateName + QLatin1Char('/') + file;
            Result<MakoTemplate> mako = MakoTemplate::parse(QString::fromUtf8(content), source);
            if (!mako)
                return mako.error();
            Result<QString> text =
                mako->render({{QStringLiteral("script_location"),
                               TemplateValue::string(scriptLocationValue(directory, ini))}});
            if (!text)
                return text.error();
            output = text->toUtf8();
            target = ini;
        }
        if (Result<void> r = writeNewFile(target, output); !r) {
            report(observer, FileEvent::Kind::Generate, target, false);
            return r.error();
        }
        report(observer, FileEvent::Kind::Generate, target);
        written.append(target);
    }

    if (package) {
        for (const QString &folder : {dir, versions}) {
            const QString init = folder + QStringLiteral("/__init__.py");
            if (Result<void> r = writeNewFile(init, QByteArray()); !r) {
                report(observer, FileEvent::Kind::Add, init, false);
                return r.error();
            }
            report(observer, FileEvent::Kind::Add, init);
            written.append(init);
        }
    }
    return written;
}

} // namespace retort::authoring
