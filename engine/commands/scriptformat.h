#pragma once

#include "graph/revisionmap.h"

#include <QString>

namespace retort {

/** Text forms of a revision exactly as Alembic's Script prints them. */
namespace scriptformat {

struct HeadOnlyOptions
{
    bool includeBranches = false;
    bool includeDoc = false;
    bool includeParents = false;
    bool treeIndicators = true;
    bool headIndicators = true;
    bool current = false; ///< `history -i`: the revision is a row of the database (" (current)")
    /// Retort's `history -i`: when and by whom it was applied, from the audit table: the
    /// one-line note (" (applied ...)") or, verbose, the lines after Path; empty: nothing.
    QString applied;
};

/** `<base>` or the comma-separated versioned parents (Script._format_down_revision). */
QString downRevision(const Revision &rev);
/** One-line form (Script._head_only). */
QString headOnly(const RevisionMap &map, const Revision &rev, const HeadOnlyOptions &options);
/** The multi-line verbose form (Script.log_entry), ending with a newline; `appliedLines`
 *  (Retort's audit, history::appliedLines()) go after the Path line. */
QString logEntry(const RevisionMap &map,
                 const Revision &rev,
                 bool current = false,
                 const QString &appliedLines = {});
/** Script.cmd_format. */
QString cmdFormat(const RevisionMap &map,
                  const Revision &rev,
                  bool verbose,
                  const HeadOnlyOptions &options);

} // namespace scriptformat
} // namespace retort
