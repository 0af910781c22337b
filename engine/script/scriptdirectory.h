#pragma once

#include "config/alembicconfig.h"
#include "core/error.h"
#include "script/revisionheader.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace retort {

class PyImportPath;

/**
 * The revision files of a project (≈ Alembic's ScriptDirectory._load_revisions): every
 * version location scanned the way Alembic scans it, each file parsed without running it.
 *
 * Files count when their name ends in `.py` (or `.sql`, Retort's native format) and does
 * not start with `__init__` or `.#`; everything else (README, .gitkeep, *_HEAD, __pycache__)
 * is ignored. Within a folder files are taken in name order, so loading is deterministic.
 */
class ScriptDirectory
{
public:
    /** Scans and parses every revision file; the first malformed file is the error. */
    static Result<ScriptDirectory> load(const AlembicConfig &config);

    const AlembicConfig &config() const { return m_config; }
    /** Parsed revision files in load order, each with its revision id set. */
    const QList<RevisionHeader> &scripts() const { return m_scripts; }
    /** Hands the parsed files over (to RevisionMap::build), leaving none here. */
    QList<RevisionHeader> takeScripts() { return std::exchange(m_scripts, {}); }
    /** Non-fatal findings (e.g. a file reached twice through overlapping locations). */
    const QStringList &warnings() const { return m_warnings; }

    /** True when a file name is a revision file name (Alembic's filter plus `.sql`). */
    static bool isRevisionFileName(const QString &fileName);

private:
    AlembicConfig m_config;
    QList<RevisionHeader> m_scripts;
    QStringList m_warnings;

    struct Pending
    {
        QString name;   ///< file name
        int folder = 0; ///< index into m_folders
        bool sql = false;
    };
    QList<Pending> m_pending; ///< revision files found, in load order
    QStringList m_folders;    ///< clean folder paths of m_pending

    Result<void> scanFolder(const QString &folder, bool recursive, QSet<QString> &seen);
    Result<void> parseAll();
    static Result<void> loadOne(int folderFd,
                                const Pending &file,
                                const QString &path,
                                const PyImportPath &importPath,
                                QByteArray &buffer,
                                RevisionHeader &out);
};

} // namespace retort
