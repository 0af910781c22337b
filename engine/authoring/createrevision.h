#pragma once

#include "authoring/fileevent.h"
#include "commands/project.h"
#include "core/error.h"

#include <QStringList>

#include <optional>

namespace retort::authoring {

/** What `revision` is asked to create (≈ the options of Alembic's `revision` command). */
struct RevisionRequest
{
    /// -m; nullopt writes "empty message" in the file and an empty slug in its name.
    std::optional<QString> message;
    /// --head: identifiers of the parent(s) (Alembic's `head` argument; `merge` passes its
    /// revisions). "head" by default; "base" starts a new base; "heads" merges all heads.
    QStringList heads = {QStringLiteral("head")};
    bool splice = false;       ///< --splice: a parent may be a revision that is not a head
    QString branchLabel;       ///< --branch-label (empty: none)
    QString versionPath;       ///< --version-path (empty: chosen as Alembic does)
    QString revId;             ///< --rev-id (empty: a new one, as Alembic's util.rev_id())
    QStringList dependsOn;     ///< --depends-on: ids, partial ids or branch labels
    bool autogenerate = false; ///< refused: Retort does not compare a database with models
    bool sql = false;          ///< refused, as Alembic refuses it without revision_environment
};

/** The revision files a project writes: Alembic's `.py` (script.py.mako) or Retort's native
 *  `.sql` (script.sql.mako), chosen by which template the script location holds. */
struct RevisionTemplate
{
    RevisionHeader::Format format = RevisionHeader::Format::Python;
    QString path;   ///< absolute path of the template
    QString suffix; ///< ".py" or ".sql"
};

/** The template of a project: script.py.mako when present, else script.sql.mako; an Error
 *  when the script location holds neither. */
Result<RevisionTemplate> revisionTemplate(const AlembicConfig &config);

/**
 * Alembic's `revision` (ScriptDirectory.generate_revision): resolves the parents and the
 * dependencies, picks the version folder, names the file by `file_template`, renders the
 * project's template and writes the file. Returns its absolute path.
 *
 * Semantics and messages are Alembic 1.8.1's ("Multiple heads are present; please specify
 * the head revision ...", "Revision X is not a head revision; please specify --splice ...",
 * "Multiple version locations present, please specify --version-path", ...). Unlike Alembic,
 * everything is checked before anything is written: a revision id or branch label already in
 * use, an existing file, and a rendered file that does not read back as the requested
 * revision are errors, and the project is left as it was.
 */
Result<QString> createRevision(const Project &project,
                               const RevisionRequest &request,
                               const FileObserver &observer = {});

/**
 * Alembic's `merge`: a revision whose parents are `revisions` (identifiers; "heads" for all
 * heads). Returns the absolute path written.
 */
Result<QString> createMerge(const Project &project,
                            const QStringList &revisions,
                            const std::optional<QString> &message,
                            const QString &branchLabel,
                            const QString &revId,
                            const FileObserver &observer = {});

} // namespace retort::authoring
