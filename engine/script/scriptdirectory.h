#pragma once

#include "config/alembicconfig.h"
#include "core/error.h"
#include "script/revisionheader.h"

#include <QList>
#include <QStringList>

namespace retort {

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
    /** Non-fatal findings (e.g. a file reached twice through overlapping locations). */
    const QStringList &warnings() const { return m_warnings; }

    /** True when a file name is a revision file name (Alembic's filter plus `.sql`). */
    static bool isRevisionFileName(const QString &fileName);

private:
    AlembicConfig m_config;
    QList<RevisionHeader> m_scripts;
    QStringList m_warnings;

    Result<void> scanFolder(const QString &folder, bool recursive, QSet<QString> &seen);
    Result<void> loadFile(const QString &folder, const QString &fileName);
};

} // namespace retort
