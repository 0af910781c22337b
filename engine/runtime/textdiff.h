#pragma once

#include <QString>

namespace retort::textdiff {

/**
 * A unified diff of `before` and `after` (lines split at '\n'), as `diff -u` prints it:
 * the `---`/`+++` header lines with the given labels, then hunks with three lines of context.
 * Empty when the texts are equal. Deterministic (a longest common subsequence of lines,
 * preferring deletions first); very large edits fall back to one hunk that replaces the lines
 * between the common prefix and suffix.
 */
QString unified(const QString &before,
                const QString &after,
                const QString &beforeLabel,
                const QString &afterLabel);

} // namespace retort::textdiff
