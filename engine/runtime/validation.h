#pragma once

#include "graph/revisionmap.h"
#include "runtime/history.h"

#include <QList>
#include <QString>

namespace retort {

/** One problem `validate` found with an applied revision. */
struct ValidationFinding
{
    enum class Kind {
        Edited,  ///< the file's checksum differs from the one recorded when it was applied
        Missing, ///< a version row names a revision that no file of the project has
    };
    Kind kind = Kind::Edited;
    QString revision;
    QString path;          ///< Edited: the file on disk; Missing: the recorded file (or empty)
    QString diff;          ///< Edited: unified diff, recorded text -> file on disk
    bool hasRow = false;   ///< `recorded` holds the audit row that explains it
    HistoryRow recorded;   ///< the latest row that applied (or re-recorded) the revision
    QString currentSha256; ///< Edited: the file's checksum now
};

/** What `validate` found on one database. */
struct Validation
{
    bool hasTable = false; ///< the audit table exists
    QString table;         ///< its qualified name
    int applied = 0;       ///< revisions the version rows imply (those known to the project)
    int checked = 0;       ///< ... that have a recorded checksum and were compared
    QList<ValidationFinding> findings; ///< missing first (by id), then edited (load order)

    bool clean() const { return findings.isEmpty(); }
};

namespace validation {

/**
 * Compares the applied revisions (the version rows `heads` and everything they imply) with
 * their audit rows in `rows` (history::read()): a file whose checksum differs from the
 * recorded one, a version row that no file of the project has. Reads the files; pure
 * otherwise.
 */
Validation check(const RevisionMap &map,
                 const QStringList &heads,
                 const QList<HistoryRow> &rows,
                 const HistoryTable &table,
                 Dialect dialect);

/** The findings as text, deterministic; `displayUrl` names the database. */
QString text(const Validation &v, const QString &displayUrl, bool withDiffs = true);

/** The refusal of a run on a database with findings: names each revision and file. */
Error refusal(const Validation &v, const QString &displayUrl);

/** The repair rows of `v`'s edited findings (direction "repair", the file as it is now). */
QList<HistoryRow>
repairRows(const RevisionMap &map, const Validation &v, const HistoryTable &table);

} // namespace validation
} // namespace retort
