#include "scriptdirectory.h"

#include "script/pyheader.h"
#include "script/pyimportpath.h"
#include "script/sqlrevision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

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

/** Names of the regular files (or, with `directories`, sub-folders) of a folder, sorted.
 *  readdir's d_type spares a stat per file; 50,000-file projects are listed in milliseconds. */
QStringList listFolder(const QString &folder, bool directories)
{
    QStringList names;
    const QByteArray native = QFile::encodeName(folder);
    DIR *dir = ::opendir(native.constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            const QFileInfo info(folder + QLatin1Char('/') + QFile::decodeName(name));
            type = info.isDir() ? DT_DIR : info.isFile() ? DT_REG : DT_UNKNOWN;
        }
        if (directories ? type == DT_DIR : type == DT_REG)
            names.append(QFile::decodeName(name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end()); // UTF-16 code unit order: deterministic
    return names;
}

/** Reads a whole file relative to an open folder with plain POSIX calls (no stat, no path
 *  walk), into `buffer`. */
bool readWholeFile(int folderFd, const QByteArray &name, QByteArray &buffer, QString *error)
{
    const int fd = ::openat(folderFd, name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    buffer.resize(0);
    qsizetype used = 0;
    while (true) {
        if (buffer.size() - used < 16384)
            buffer.resize(used + 65536);
        const ssize_t got = ::read(fd, buffer.data() + used, size_t(buffer.size() - used));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return false;
        }
        if (got == 0)
            break;
        used += got;
        // A regular file returns less than asked only at its end: spare the final read.
        if (used < buffer.size())
            break;
    }
    ::close(fd);
    buffer.resize(used);
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
    if (auto r = dir.parseAll(); !r)
        return r.error();
    return dir;
}

Result<void> ScriptDirectory::scanFolder(const QString &folder, bool recursive, QSet<QString> &seen)
{
    const QDir qdir(folder);
    const QStringList files = listFolder(folder, false);
    QSet<QString> stems;
    if (m_config.sourceless)
        for (const QString &f : files)
            stems.insert(f.section(QLatin1Char('.'), 0, 0));
    // A folder reached twice (overlapping version locations, or a location inside a
    // recursive one) is recognised by its canonical path: one realpath per folder, not per
    // file, so 50,000 files load fast. Alembic warns once per file, and so does Retort.
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    const bool again = seen.contains(canonicalFolder);
    seen.insert(canonicalFolder);
    const QString clean = QDir::cleanPath(folder);
    int folderIndex = -1;
    for (const QString &name : files) {
        if (m_config.sourceless && isCompiledName(name) &&
            !name.startsWith(QStringLiteral("__init__"))) {
            if (!stems.contains(name.section(QLatin1Char('.'), 0, 0)) ||
                !files.contains(name.left(name.size() - 1)))
                return makeError(ErrorKind::Io,
                                 Tr::tr("%1 is a compiled revision without its source; Retort "
                                        "reads revision files as text and needs the .py file")
                                     .arg(qdir.filePath(name)));
            continue;
        }
        if (!isRevisionFileName(name))
            continue;
        if (again) {
            m_warnings.append(Tr::tr("File %1 loaded twice! ignoring. Please ensure "
                                     "version_locations is unique.")
                                  .arg(canonicalFolder + QLatin1Char('/') + name));
            continue;
        }
        if (folderIndex < 0) {
            m_folders.append(clean);
            folderIndex = int(m_folders.size() - 1);
            m_pending.reserve(m_pending.size() + files.size());
        }
        m_pending.append({name, folderIndex, name.endsWith(QStringLiteral(".sql"))});
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

Result<void> ScriptDirectory::parseAll()
{
    // Read and parse on every core.
    const qsizetype count = m_pending.size();
    m_scripts.resize(count);
    std::vector<std::optional<Error>> errors(static_cast<size_t>(count));
    const int workers = int(
        std::clamp<qsizetype>(QThread::idealThreadCount(), 1, std::max<qsizetype>(1, count / 64)));
    std::vector<int> folderFds;
    for (const QString &folder : std::as_const(m_folders))
        folderFds.push_back(
            ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    // Files are handed out in small batches from a shared counter, so both cores finish
    // together; each result goes to its own slot, so the outcome does not depend on timing.
    std::atomic<qsizetype> nextBatch{0};
    // The project's modules that revision files import header values from, read once.
    const PyImportPath importPath = PyImportPath::forProject(m_config);
    constexpr qsizetype batch = 32;
    const auto work = [&](int) {
        QByteArray buffer;
        for (qsizetype first = nextBatch.fetch_add(batch); first < count;
             first = nextBatch.fetch_add(batch))
            for (qsizetype i = first; i < std::min(first + batch, count); ++i) {
                const Pending &file = m_pending.at(i);
                const QString path = m_folders.at(file.folder) + QLatin1Char('/') + file.name;
                if (auto e = loadOne(folderFds[size_t(file.folder)], file, path, importPath, buffer,
                                     m_scripts[i]);
                    !e.ok())
                    errors[size_t(i)] = e.error();
            }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (std::thread &t : threads)
        t.join();
    for (int fd : folderFds)
        if (fd >= 0)
            ::close(fd);
    m_pending.clear();
    for (const std::optional<Error> &e : errors)
        if (e) {
            m_scripts.clear();
            return *e;
        }
    return {};
}

Result<void> ScriptDirectory::loadOne(int folderFd,
                                      const Pending &file,
                                      const QString &path,
                                      const PyImportPath &importPath,
                                      QByteArray &buffer,
                                      RevisionHeader &out)
{
    QString readError;
    if (!readWholeFile(folderFd, QFile::encodeName(file.name), buffer, &readError))
        return makeError(ErrorKind::Io, Tr::tr("Cannot read revision file: %1").arg(readError),
                         path);
    Result<RevisionHeader> parsed =
        file.sql ? parseSqlRevision(buffer, path) : parsePythonRevision(buffer, path, &importPath);
    if (!parsed)
        return parsed.error();
    out = std::move(parsed).value();
    out.path = path;
    if (!out.revision) {
        if (file.sql || !isLegacyRevisionFileName(file.name))
            return makeError(ErrorKind::Parse,
                             Tr::tr("Could not determine revision id from filename %1. Be sure "
                                    "the 'revision' variable is declared inside the script.")
                                 .arg(file.name),
                             path, 1);
        out.revision = file.name.left(file.name.size() - 3);
    }
    if (!out.downRevision)
        return makeError(ErrorKind::Parse,
                         Tr::tr("Revision %1 has no 'down_revision' variable; a base revision "
                                "declares down_revision = None")
                             .arg(*out.revision),
                         path, out.revisionLine > 0 ? out.revisionLine : 1);
    return {};
}

} // namespace retort
