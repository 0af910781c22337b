#include "scriptdirectory.h"

#include "script/pyheader.h"
#include "script/sqlrevision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace retort {

namespace {

bool isLegacyRevisionFileName(const QString &fileName)
{
    // Alembic's _legacy_rev: ([a-f0-9]+)\.py$ matched from the start of the name.
    if (!fileName.endsWith(QStringLiteral(".py")) || fileName.size() <= 3)
        return false;
    for (qsizetype i = 0; i < fileName.size() - 3; ++i) {
        const char16_t c = fileName.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isCompiledName(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".pyc")) || fileName.endsWith(QStringLiteral(".pyo"));
}

} // namespace

bool ScriptDirectory::isRevisionFileName(const QString &fileName)
{
    if (fileName.startsWith(QStringLiteral(".#")) ||
        fileName.startsWith(QStringLiteral("__init__")))
        return false;
    return fileName.endsWith(QStringLiteral(".py")) || fileName.endsWith(QStringLiteral(".sql"));
}

Result<ScriptDirectory> ScriptDirectory::load(const AlembicConfig &config)
{
    ScriptDirectory dir;
    dir.m_config = config;
    QSet<QString> seen;
    for (const QString &location : config.versionLocations) {
        if (!QFileInfo(location).isDir()) {
            // Alembic skips configured locations that do not exist; the default one must.
            if (config.versionLocationsConfigured)
                continue;
            return makeError(ErrorKind::Io,
                             Tr::tr("The versions folder %1 does not exist; create it or set "
                                    "version_locations")
                                 .arg(location),
                             config.iniPath);
        }
        if (auto r = dir.scanFolder(location, config.recursiveVersionLocations, seen); !r)
            return r.error();
    }
    return dir;
}

Result<void> ScriptDirectory::scanFolder(const QString &folder, bool recursive, QSet<QString> &seen)
{
    const QDir qdir(folder);
    const QStringList files = qdir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    const QSet<QString> stems = [&] {
        QSet<QString> s;
        for (const QString &f : files)
            s.insert(f.section(QLatin1Char('.'), 0, 0));
        return s;
    }();
    // Files reached twice through overlapping locations are recognised by the folder's
    // canonical path (one realpath per folder, not per file: 50,000 files load fast).
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    for (const QString &name : files) {
        if (m_config.sourceless && isCompiledName(name) &&
            !name.startsWith(QStringLiteral("__init__"))) {
            const QString source = name.left(name.size() - 1);
            if (!files.contains(source))
                return makeError(ErrorKind::Io,
                                 Tr::tr("%1 is a compiled revision without its source; Retort "
                                        "reads revision files as text and needs the .py file")
                                     .arg(qdir.filePath(name)));
            continue;
        }
        if (!isRevisionFileName(name))
            continue;
        const QString real = canonicalFolder + QLatin1Char('/') + name;
        if (seen.contains(real)) {
            m_warnings.append(Tr::tr("File %1 loaded twice! ignoring. Please ensure "
                                     "version_locations is unique.")
                                  .arg(real));
            continue;
        }
        seen.insert(real);
        if (auto r = loadFile(QDir::cleanPath(folder), name); !r)
            return r;
    }
    if (m_config.sourceless && qdir.exists(QStringLiteral("__pycache__"))) {
        const QDir cache(qdir.filePath(QStringLiteral("__pycache__")));
        for (const QString &name : cache.entryList(QDir::Files, QDir::Name))
            if (isCompiledName(name) && !stems.contains(name.section(QLatin1Char('.'), 0, 0)) &&
                !name.startsWith(QStringLiteral("__init__")))
                return makeError(ErrorKind::Io,
                                 Tr::tr("%1 is a compiled revision without its source; Retort "
                                        "reads revision files as text and needs the .py file")
                                     .arg(cache.filePath(name)));
    }
    if (recursive) {
        const QStringList subdirs =
            qdir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QString &sub : subdirs) {
            if (sub == QStringLiteral("__pycache__"))
                continue;
            if (auto r = scanFolder(qdir.filePath(sub), true, seen); !r)
                return r;
        }
    }
    return {};
}

Result<void> ScriptDirectory::loadFile(const QString &folder, const QString &fileName)
{
    const QString path = folder + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read revision file: %1").arg(file.errorString()), path);
    const QByteArray source = file.readAll();
    const bool sql = fileName.endsWith(QStringLiteral(".sql"));
    Result<RevisionHeader> parsed =
        sql ? parseSqlRevision(source, path) : parsePythonRevision(source, path);
    if (!parsed)
        return parsed.error();
    RevisionHeader header = std::move(parsed).value();
    header.path = path;
    if (!header.revision) {
        if (sql || !isLegacyRevisionFileName(fileName))
            return makeError(ErrorKind::Parse,
                             Tr::tr("Could not determine revision id from filename %1. Be sure "
                                    "the 'revision' variable is declared inside the script.")
                                 .arg(fileName),
                             path, 1);
        header.revision = fileName.left(fileName.size() - 3);
    }
    if (!header.downRevision)
        return makeError(ErrorKind::Parse,
                         Tr::tr("Revision %1 has no 'down_revision' variable; a base revision "
                                "declares down_revision = None")
                             .arg(*header.revision),
                         path, header.revisionLine > 0 ? header.revisionLine : 1);
    m_scripts.append(std::move(header));
    return {};
}

} // namespace retort
