#pragma once

#include "core/error.h"
#include "script/revisionheader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/**
 * One revision of the graph (≈ Alembic's Revision/Script). Plain data; the graph fields
 * (indices into RevisionMap::revisions()) are computed by RevisionMap::build.
 */
struct Revision
{
    QString id;
    QStringList downRevisions;  ///< versioned parents, as written
    QStringList dependencies;   ///< depends_on as written (ids or branch labels)
    QStringList declaredLabels; ///< branch_labels as written in this file
    QString path;
    QString longDoc;
    QString createDate;
    RevisionHeader::Format format = RevisionHeader::Format::Python;
    int line = 0; ///< line of the `revision` assignment (0 when unknown)
    int downRevisionLine = 0;
    int branchLabelsLine = 0;
    int dependsOnLine = 0;
    QString upgradeSql;   ///< .sql revisions: the upgrade section
    QString downgradeSql; ///< .sql revisions: the downgrade section
    int upgradeLine = 0;
    int downgradeLine = 0;

    QList<int> down;           ///< versioned parents (down_revision)
    QList<int> resolvedDeps;   ///< dependencies resolved to revisions
    QList<int> normalizedDeps; ///< resolvedDeps minus those already ancestors' dependencies
    QList<int> normalizedDown; ///< down + normalizedDeps (Alembic's _normalized_down_revisions)
    QList<int> allDown;        ///< down + resolvedDeps (Alembic's _all_down_revisions)
    QList<int> next;           ///< versioned children (nextrev)
    QList<int> allNext;        ///< children including dependents (_all_nextrev)
    int index = -1;            ///< position in RevisionMap::revisions() (load order)

    bool isHead() const { return next.isEmpty(); }
    bool isRealHead() const { return allNext.isEmpty(); }
    bool isBase() const { return down.isEmpty(); }
    bool isRealBase() const { return down.isEmpty() && dependencies.isEmpty(); }
    bool isBranchPoint() const { return next.size() > 1; }
    bool isRealBranchPoint() const { return allNext.size() > 1; }
    bool isMergePoint() const { return down.size() > 1; }
    /** First paragraph of the docstring (Alembic's Script.doc). */
    QString doc() const;
};

/**
 * A node as Alembic's revision functions return it: a revision, None (nothing / "no
 * revision"), or the symbolic "base" that a downward walk past a base yields.
 */
struct RevNode
{
    static constexpr int None = -1;
    static constexpr int Base = -2;
    int index = None;

    bool isRevision() const { return index >= 0; }
    friend bool operator==(RevNode, RevNode) = default;
};

using RevNodes = QList<RevNode>;

/**
 * The revision graph with Alembic's RevisionMap semantics: heads, bases, branch labels,
 * dependencies, identifier resolution (ids, prefixes, head/heads/base, label@head,
 * rev@+N, -N), walks and ranges. Immutable once built; cheap to copy (implicitly shared).
 */
class RevisionMap
{
public:
    /** Builds the graph from parsed revision files, in load order. The headers are moved
     *  into the revisions (touching each string once matters at 50,000 files). */
    static Result<RevisionMap> build(QList<RevisionHeader> scripts);

    const QList<Revision> &revisions() const { return m_revs; }
    const Revision &at(int index) const { return m_revs.at(index); }
    int size() const { return int(m_revs.size()); }
    /** Labels of the revision's branch, sorted: its own, those of the revisions it descends
     *  from, and, as Alembic does, those of a label declared just above an unbranched stem. */
    QStringList branchLabels(int index) const;
    bool hasBranchLabel(int index, const QString &label) const;

    /** Index of a full revision id, or -1. */
    int indexOf(const QString &id) const { return m_ids.value(id, -1); }

    /** Versioned heads (Alembic's `heads`), in load order. */
    const QList<int> &heads() const { return m_heads; }
    /** Heads counting dependencies (Alembic's `_real_heads`, what "heads" resolves to). */
    const QList<int> &realHeads() const { return m_realHeads; }
    const QList<int> &bases() const { return m_bases; }
    const QList<int> &realBases() const { return m_realBases; }

    /** Alembic's get_revisions(id) for one identifier (may hold None/base nodes). */
    Result<RevNodes> revisionsFor(const QString &identifier) const;
    /** get_revisions over several identifiers, concatenated. */
    Result<RevNodes> revisionsFor(const QStringList &identifiers) const;
    /** Alembic's get_revision(id): one revision or None; several is MultipleHeads. */
    Result<RevNode> revisionFor(const QString &identifier) const;

    /** Topologically sorted revisions between `upper` and `lower` as history and
     *  offline SQL walk them (Alembic's iterate_revisions for upgrades), newest first. */
    Result<QList<int>> iterateRevisions(const QString &upper,
                                        const QString &lower,
                                        bool inclusive,
                                        bool implicitBase,
                                        bool assertRelativeLength) const;

    /** iterateRevisions where either bound may instead be a tuple of revision ids (the
     *  database's rows, as `history -r current:` passes them). */
    Result<QList<int>> iterateRevisions(const std::optional<QStringList> &upperRows,
                                        const QString &upper,
                                        const std::optional<QStringList> &lowerRows,
                                        const QString &lower,
                                        bool inclusive,
                                        bool implicitBase,
                                        bool assertRelativeLength) const;
    /** The revisions an online `upgrade <destination>` runs from the given version-table
     *  rows, in the order they run (Alembic's ScriptDirectory._upgrade_revs). */
    Result<QList<int>> upgradePath(const QString &destination,
                                   const QStringList &currentHeads) const;
    /** The revisions `downgrade <destination>` runs, in order (Alembic's _downgrade_revs). */
    Result<QList<int>> downgradePath(const QString &destination,
                                     const QStringList &currentHeads) const;
    /** Alembic's _get_all_current: the branch heads of everything the rows imply, sorted
     *  by load order (what `current` prints). */
    Result<QList<int>> allCurrent(const QStringList &currentHeads) const;
    /** Alembic's filter_for_lineage over revision ids. */
    Result<QStringList> filterForLineage(const QStringList &ids,
                                         const QString &checkAgainst,
                                         bool includeDependencies) const;

    /** All ancestors of the given revisions (themselves included). */
    QList<int> ancestors(const QList<int> &targets, bool includeDependencies) const;
    /** All descendants of the given revisions (themselves included). */
    QList<int> descendants(const QList<int> &targets, bool includeDependencies) const;
    /**
     * Those of `candidates` that are ancestors of the given revisions (themselves included),
     * in the order of `candidates`: ancestors() intersected with them, but the walk stops
     * below the lowest candidate in the topological order (an ancestor always ranks lower),
     * so it costs what lies between, not the whole history.
     */
    QList<int> ancestorsAmong(const QList<int> &targets,
                              const QList<int> &candidates,
                              bool includeDependencies) const;

private:
    QList<Revision> m_revs;
    QHash<QString, int> m_ids;
    QHash<QString, int> m_labels; ///< declared branch label -> revision
    QStringList m_keyOrder;       ///< ids in load order, then labels (Alembic's map order)
    QList<int> m_heads, m_realHeads, m_bases, m_realBases;
    QList<int> m_topoPosition;      ///< per revision: rank with parents and dependencies first
    QStringList m_labelNames;       ///< every declared label, sorted
    QHash<QString, int> m_labelBit; ///< label -> bit in m_labelBits
    qsizetype m_labelWords = 0;     ///< 64-bit words per revision
    QList<quint64> m_labelBits;     ///< size() * m_labelWords bits of branch membership

    friend class RevisionMapBuilder;
    friend class RevisionQuery;
};

} // namespace retort
