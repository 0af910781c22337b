#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace retort::oracle {

class ProjectGraph;

/** What one command line printed. */
struct RunResult
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
    QString problem; // set when the program could not be run or crashed
};

/**
 * How an output is compared. Only what depends on Python's hash seed or on the order of the
 * directory listing is normalised (see shared/ORACLE.md); everything else is byte-exact.
 */
enum class OutputKind {
    Lines,          // heads, heads --resolve-dependencies: one line per head, any order
    Entries,        // heads -v, show: "Rev: " blocks, any order
    Branches,       // branches [-v]: blocks in any order, the "-> child" lines of a block too
    History,        // history: the same entries, and an order that puts children first
    HistoryVerbose, // history -v: the same "Rev: " blocks, in such an order
};

/**
 * Canonical form of one output line: comma-separated branch labels of the revision a line
 * is about ("rev (b, a)", "x -> rev (b, a) (head), doc") and the lists of "Branch names:"
 * and "Branches into:" are sorted. Nothing else changes.
 */
QString canonicalLine(const QString &line);

/**
 * Empty when `actual` is what Alembic could have printed, given `expected` (Alembic's own
 * output for the same command); otherwise a readable report. Exit codes must be equal; a
 * failing command's output is compared byte for byte. For history kinds the order of
 * `actual` is checked against the graph (and that of `expected` too when
 * `checkExpectedOrder`, which validates the checker on Alembic itself).
 */
QString compareOutputs(OutputKind kind,
                       const RunResult &expected,
                       const RunResult &actual,
                       const ProjectGraph &graph,
                       bool checkExpectedOrder = false);

/**
 * For a history command on which Alembic crashed (its own bugs, see shared/ORACLE.md), there
 * is nothing to compare with: `actual` must succeed, list each revision at most once with
 * the very entry Alembic's full history (`fullHistory`: `history`, or `history -v` for
 * HistoryVerbose) prints for it, as entries do not depend on the range, and put children
 * first. Empty when it does.
 */
QString checkHistoryWithoutOracle(OutputKind kind,
                                  const RunResult &actual,
                                  const RunResult &fullHistory,
                                  const ProjectGraph &graph);

/** True when the Alembic run ended with a Python exception (alembic_driver.py's exit 1). */
inline bool alembicCrashed(const RunResult &result)
{
    return result.problem.isEmpty() && result.exitCode == 1;
}

/** The first lines where two texts differ, with a little context, for reports. */
QString firstDifference(const QByteArray &expected, const QByteArray &actual, int maxLines = 6);

} // namespace retort::oracle
