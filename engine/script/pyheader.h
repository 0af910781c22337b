#pragma once

#include "core/error.h"
#include "script/revisionheader.h"

#include <QByteArray>

namespace retort {

/**
 * Reads the module docstring and the module-level `revision`, `down_revision`,
 * `branch_labels` and `depends_on` assignments of a Python revision file, never executing it.
 *
 * Accepts annotated assignments (`revision: str = "x"`), every string form Python has
 * (quotes, triple quotes, raw, u/b prefixes, implicit concatenation, escapes), tuples, lists,
 * None, and names bound earlier in the same module to such literals. Anything else
 * assigned to one of these four names is an Error naming `path` and the line.
 */
Result<RevisionHeader> parsePythonRevision(const QByteArray &source, const QString &path);

} // namespace retort
