#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/**
 * One revision as the lane layout needs it: what its file says, unresolved. Built from
 * parsed headers, so a project whose graph does not build (a down_revision naming a missing
 * revision, a cycle, a duplicate id) can still be drawn.
 */
struct LaneInput
{
    QString id;
    QStringList parents;      ///< down_revision, as written
    QStringList dependencies; ///< depends_on, as written (revision ids or branch labels)
    QStringList labels;       ///< branch_labels declared by this revision
    QString sortKey;          ///< orders heads (the create date); the newest head goes on top
};

/** Tuning of computeLaneLayout. */
struct LaneLayoutOptions
{
    /** A depends_on edge spanning more rows than this is drawn as a stub (a short dashed
     *  arrow at both ends) rather than a lane, so old dependencies do not widen the graph. */
    int maxDependencySpan = 40;
};

/**
 * A git-like lane layout of a revision graph: rows newest on top (every revision above its
 * parents and dependencies), each node's lane (column), and the edge segments drawn in each
 * row. Nodes are the inputs (indices 0..inputCount-1) followed by ghost nodes, one per
 * missing revision that some input names as parent or dependency.
 */
struct LaneLayout
{
    /** A piece of one edge inside one row. Lanes are columns; `from` is at the upper end.
     *  Each edge has its own lanes: edges to one parent meet at the parent's row. */
    struct Segment
    {
        enum Part : quint8 {
            Through, ///< from the top to the bottom of the row, in lane `from` (== `to`)
            Into,    ///< from the top of the row in lane `from` to the node (lane `to`)
            OutOf,   ///< from the node (lane `from`) to the bottom of the row in lane `to`
            StubOut, ///< a far dependency: a short dashed arrow leaving the node
            StubIn,  ///< a far dependency arriving: a short dashed arrow into the node
        };
        int from = 0;
        int to = 0;
        Part part = Through;
        bool dashed = false; ///< a depends_on edge (else a down_revision edge)
        int target = -1;     ///< node the edge leads to (the parent or dependency)
        int source = -1;     ///< node the edge comes from (the child or dependent)
    };

    /** A missing revision drawn as a node without parents. */
    struct Ghost
    {
        QString id;
        QString error;      ///< fit for a user: what is missing and who names it
        QList<int> namedBy; ///< input nodes naming it
    };

    int inputCount = 0;
    int laneCount = 0;
    QList<int> nodeAtRow;               ///< row -> node (inputs and ghosts)
    QList<int> rowOfNode;               ///< node -> row
    QList<int> laneOfNode;              ///< node -> lane
    QList<QList<int>> parents;          ///< node -> resolved parents (ghosts included)
    QList<QList<int>> dependencies;     ///< node -> resolved dependencies (ghosts included)
    QList<Ghost> ghosts;                ///< node inputCount + i is ghosts[i]
    QList<int> segmentStart;            ///< row -> first segment; size rows + 1
    QList<Segment> segments;            ///< every row's segments, row after row
    QList<QPair<int, int>> brokenEdges; ///< (child, parent) edges closing a cycle: not drawn
    QList<int> duplicates;              ///< inputs whose id an earlier input already has

    int rowCount() const { return int(nodeAtRow.size()); }
    int nodeCount() const { return int(rowOfNode.size()); }
    bool isGhost(int node) const { return node >= inputCount; }
    /** The segments of one row. */
    QList<Segment>::const_iterator rowBegin(int row) const
    {
        return segments.cbegin() + segmentStart.at(row);
    }
    QList<Segment>::const_iterator rowEnd(int row) const
    {
        return segments.cbegin() + segmentStart.at(row + 1);
    }
};

/**
 * Computes the lane layout once per load, in O((n + e) log n + n * w) for n revisions, e
 * edges and w lanes. Rows: a depth-first walk from the heads gives a topological order that
 * keeps each branch contiguous (a merge's second parent right below it, as git log --graph);
 * where inputs have sort keys (create dates), rows go by date instead (git's --date-order),
 * the depth-first order breaking ties, which keeps parallel lines of work side by side. Then
 * rows are swept top to bottom keeping, per lane, the edge it carries. Each
 * edge holds one lane from its child's row to its parent's row, where the edges to that parent
 * meet; a lane is reused as soon as it frees up (lowest free lane first), so real histories
 * stay a few lanes wide.
 *
 * Parents and dependencies resolve by full id (dependencies also by declared branch label);
 * a name that resolves to nothing becomes a ghost node carrying the error. Edges closing a
 * cycle are reported in brokenEdges and not drawn. Pure: no I/O, no Qt GUI types.
 */
LaneLayout computeLaneLayout(const QList<LaneInput> &nodes, const LaneLayoutOptions &options = {});

} // namespace retort
