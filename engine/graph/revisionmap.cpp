#include "revisionmap.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace retort {

QString Revision::doc() const
{
    const qsizetype cut = longDoc.indexOf(QStringLiteral("\n\n"));
    return cut < 0 ? longDoc : longDoc.left(cut);
}

namespace {

void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

Error scriptError(ErrorKind kind, const QString &message, const RevisionHeader &h, int line)
{
    return makeError(kind, message, h.path, line > 0 ? line : h.revisionLine);
}

} // namespace

/** Builds a RevisionMap the way Alembic's RevisionMap._revision_map does. */
class RevisionMapBuilder
{
public:
    explicit RevisionMapBuilder(QList<RevisionHeader> &scripts)
        : m_scripts(scripts)
    {}

    Result<RevisionMap> build();

private:
    QList<RevisionHeader> &m_scripts; ///< moved from; only the line numbers stay valid
    RevisionMap m;
    QList<int> m_order; ///< parents (and dependencies) before children

    Result<void> addRevisions();
    Result<void> mapBranchLabels();
    Result<void> resolveDependencies();
    Result<void> linkParents();
    Result<void> detectCycles();
    void topologicalOrder();
    void normalizeDependencies();
    void addBranches();
    QList<int> reach(const QList<int> &starts, bool up, bool dependencies) const;
};

Result<void> RevisionMapBuilder::addRevisions()
{
    m.m_revs.reserve(m_scripts.size());
    m.m_keyOrder.reserve(m_scripts.size());
    m.m_ids.reserve(m_scripts.size());
    for (RevisionHeader &h : m_scripts) {
        Revision r;
        r.id = std::move(h.revision).value_or(QString());
        r.downRevisions = std::move(h.downRevision).value_or(QStringList());
        r.dependencies = std::move(h.dependsOn).value_or(QStringList());
        r.declaredLabels = std::move(h.branchLabels).value_or(QStringList());
        r.path = h.path; // kept in the header too, for error messages
        r.longDoc = std::move(h.longDoc);
        r.createDate = std::move(h.createDate);
        r.format = h.format;
        r.line = h.revisionLine;
        r.downRevisionLine = h.downRevisionLine;
        r.branchLabelsLine = h.branchLabelsLine;
        r.dependsOnLine = h.dependsOnLine;
        r.upgradeSql = std::move(h.upgradeSql);
        r.downgradeSql = std::move(h.downgradeSql);
        r.upgradeLine = h.upgradeLine;
        r.downgradeLine = h.downgradeLine;
        r.index = int(m.m_revs.size());

        QStringList illegal;
        for (QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@')})
            if (r.id.contains(c))
                illegal.append(c);
        if (r.id.isEmpty())
            return scriptError(ErrorKind::Parse, Tr::tr("The revision identifier is empty"), h, 0);
        if (!illegal.isEmpty())
            return scriptError(ErrorKind::Revision,
                               Tr::tr("Character(s) '%1' not allowed in revision identifier '%2'")
                                   .arg(illegal.join(QStringLiteral(", ")), r.id),
                               h, 0);
        if (r.downRevisions.contains(r.id))
            return scriptError(ErrorKind::Cycle,
                               Tr::tr("Self-loop is detected in revisions (%1)").arg(r.id), h,
                               h.downRevisionLine);
        if (r.dependencies.contains(r.id))
            return scriptError(
                ErrorKind::Cycle,
                Tr::tr("Dependency self-loop is detected in revisions (%1)").arg(r.id), h,
                h.dependsOnLine);
        const auto existing = m.m_ids.constFind(r.id);
        if (existing != m.m_ids.constEnd())
            return scriptError(ErrorKind::DuplicateRevision,
                               Tr::tr("Revision %1 is present more than once: also in %2")
                                   .arg(r.id, m.m_revs.at(*existing).path),
                               h, 0);
        m.m_ids.insert(r.id, int(m.m_revs.size()));
        m.m_keyOrder.append(r.id); // reserved below
        m.m_revs.append(std::move(r));
    }
    return {};
}

Result<void> RevisionMapBuilder::mapBranchLabels()
{
    for (int i = 0; i < m.size(); ++i) {
        const Revision &r = m.m_revs.at(i);
        for (const QString &label : r.declaredLabels) {
            int owner = m.m_ids.value(label, -1);
            if (owner < 0)
                owner = m.m_labels.value(label, -1);
            if (owner >= 0)
                return scriptError(ErrorKind::BranchLabel,
                                   Tr::tr("Branch name '%1' in revision %2 already used by "
                                          "revision %3")
                                       .arg(label, r.id, m.m_revs.at(owner).id),
                                   m_scripts.at(i), m_scripts.at(i).branchLabelsLine);
            m.m_labels.insert(label, i);
            m.m_keyOrder.append(label);
        }
    }
    return {};
}

Result<void> RevisionMapBuilder::resolveDependencies()
{
    for (int i = 0; i < m.size(); ++i) {
        Revision &r = m.m_revs[i];
        for (const QString &dep : std::as_const(r.dependencies)) {
            int target = m.m_ids.value(dep, -1);
            if (target < 0)
                target = m.m_labels.value(dep, -1);
            if (target < 0)
                return scriptError(ErrorKind::MissingRevision,
                                   Tr::tr("Revision %1 depends on '%2', which is neither a "
                                          "revision nor a branch label")
                                       .arg(r.id, dep),
                                   m_scripts.at(i), m_scripts.at(i).dependsOnLine);
            if (target == i)
                return scriptError(
                    ErrorKind::Cycle,
                    Tr::tr("Dependency self-loop is detected in revisions (%1)").arg(r.id),
                    m_scripts.at(i), m_scripts.at(i).dependsOnLine);
            appendUnique(r.resolvedDeps, target);
        }
    }
    return {};
}

Result<void> RevisionMapBuilder::linkParents()
{
    for (int i = 0; i < m.size(); ++i) {
        Revision &r = m.m_revs[i];
        for (const QString &down : std::as_const(r.downRevisions)) {
            const int parent = m.m_ids.value(down, -1);
            if (parent < 0) {
                const QString message =
                    m.m_labels.contains(down)
                        ? Tr::tr("Revision %1 names branch label '%2' as its down_revision; "
                                 "down_revision must name revision identifiers")
                              .arg(r.id, down)
                        : Tr::tr("Revision %1 referenced from %2 is not present").arg(down, r.id);
                return scriptError(ErrorKind::MissingRevision, message, m_scripts.at(i),
                                   m_scripts.at(i).downRevisionLine);
            }
            appendUnique(r.down, parent);
        }
        r.allDown = r.down;
        for (int dep : std::as_const(r.resolvedDeps))
            appendUnique(r.allDown, dep);
        for (int parent : std::as_const(r.allDown)) {
            Revision &p = m.m_revs[parent];
            appendUnique(p.allNext, i);
            if (r.down.contains(parent))
                appendUnique(p.next, i);
        }
    }
    for (int i = 0; i < m.size(); ++i) {
        const Revision &r = m.m_revs.at(i);
        if (r.isHead())
            m.m_heads.append(i);
        if (r.isRealHead())
            m.m_realHeads.append(i);
        if (r.isBase())
            m.m_bases.append(i);
        if (r.isRealBase())
            m.m_realBases.append(i);
    }
    return {};
}

QList<int> RevisionMapBuilder::reach(const QList<int> &starts, bool up, bool dependencies) const
{
    std::vector<char> seen(size_t(m.size()), 0);
    QList<int> out;
    QList<int> todo = starts;
    while (!todo.isEmpty()) {
        const int i = todo.takeLast();
        if (seen[size_t(i)])
            continue;
        seen[size_t(i)] = 1;
        out.append(i);
        const Revision &r = m.m_revs.at(i);
        const QList<int> &edges =
            up ? (dependencies ? r.allDown : r.down) : (dependencies ? r.allNext : r.next);
        todo.append(edges);
    }
    return out;
}

Result<void> RevisionMapBuilder::detectCycles()
{
    // A topological order over every edge (dependencies included) that reaches all
    // revisions proves there is no cycle of either kind; only otherwise is Alembic's own
    // test run, for its message: the revisions outside (ancestors of heads) ∩ (descendants
    // of bases).
    topologicalOrder();
    if (m.m_revs.isEmpty() || m_order.size() == m.m_revs.size())
        return {};
    const auto check = [this](const QList<int> &heads, const QList<int> &bases,
                              bool dependencies) -> Result<void> {
        const QString kind = dependencies ? Tr::tr("Dependency cycle") : Tr::tr("Cycle");
        QStringList culprits;
        if (heads.isEmpty() || bases.isEmpty()) {
            for (const Revision &r : std::as_const(m.m_revs))
                culprits.append(r.id);
        } else {
            std::vector<char> inSpace(size_t(m.size()), 0);
            for (int i : reach(heads, true, dependencies))
                inSpace[size_t(i)] = 1;
            for (int i : reach(bases, false, dependencies))
                inSpace[size_t(i)] |= 2;
            for (int i = 0; i < m.size(); ++i)
                if (inSpace[size_t(i)] != 3)
                    culprits.append(m.m_revs.at(i).id);
            culprits.sort();
        }
        if (culprits.isEmpty())
            return {};
        // Point at the file of the first revision involved.
        const int first = m.m_ids.value(culprits.first());
        return makeError(ErrorKind::Cycle,
                         Tr::tr("%1 is detected in revisions (%2)")
                             .arg(kind, culprits.join(QStringLiteral(", "))),
                         m.m_revs.at(first).path, m_scripts.at(first).downRevisionLine);
    };
    if (auto r = check(m.m_heads, m.m_bases, false); !r)
        return r;
    return check(m.m_realHeads, m.m_realBases, true);
}

void RevisionMapBuilder::topologicalOrder()
{
    const int n = m.size();
    std::vector<int> pending(size_t(n), 0);
    m_order.reserve(n);
    for (int i = 0; i < n; ++i) {
        pending[size_t(i)] = int(m.m_revs.at(i).allDown.size());
        if (pending[size_t(i)] == 0)
            m_order.append(i);
    }
    for (qsizetype k = 0; k < m_order.size(); ++k)
        for (int child : m.m_revs.at(m_order.at(k)).allNext)
            if (--pending[size_t(child)] == 0)
                m_order.append(child);
    m.m_topoPosition = QList<int>(n, 0);
    for (qsizetype k = 0; k < m_order.size(); ++k)
        m.m_topoPosition[m_order.at(k)] = int(k);
}

QList<int> RevisionMap::ancestorsAmong(const QList<int> &targets,
                                       const QList<int> &candidates,
                                       bool includeDependencies) const
{
    if (candidates.isEmpty() || targets.isEmpty())
        return {};
    int floor = std::numeric_limits<int>::max();
    for (int c : candidates)
        floor = std::min(floor, m_topoPosition.at(c));
    QSet<int> wanted(candidates.cbegin(), candidates.cend());
    QSet<int> found;
    QSet<int> seen;
    QList<int> todo = targets;
    while (!todo.isEmpty() && found.size() < wanted.size()) {
        const int i = todo.takeLast();
        if (m_topoPosition.at(i) < floor || seen.contains(i))
            continue;
        seen.insert(i);
        if (wanted.contains(i))
            found.insert(i);
        const Revision &r = m_revs.at(i);
        todo.append(includeDependencies ? r.normalizedDown : r.down);
    }
    QList<int> out;
    for (int c : candidates)
        if (found.contains(c) && !out.contains(c))
            out.append(c);
    return out;
}

void RevisionMapBuilder::normalizeDependencies()
{
    // A dependency already declared by a (versioned) ancestor is dropped: Alembic's
    // _normalize_depends_on. Only targets that two or more revisions depend on can be
    // dropped; for those, the set each revision inherits from its ancestors is a bitset
    // closed over the graph in topological order.
    const int n = m.size();
    QHash<int, int> dependents;
    for (const Revision &r : std::as_const(m.m_revs))
        for (int dep : r.resolvedDeps)
            ++dependents[dep];
    QHash<int, int> bitOf;
    for (auto it = dependents.cbegin(); it != dependents.cend(); ++it)
        if (it.value() > 1)
            bitOf.insert(it.key(), int(bitOf.size()));
    const qsizetype words = (bitOf.size() + 63) / 64;
    std::vector<quint64> inherited(words ? size_t(n) * size_t(words) : 0, 0);
    for (int i : std::as_const(m_order)) {
        Revision &r = m.m_revs[i];
        quint64 *mine = words ? &inherited[size_t(i) * size_t(words)] : nullptr;
        for (int parent : std::as_const(r.down)) {
            if (!words)
                break;
            const quint64 *theirs = &inherited[size_t(parent) * size_t(words)];
            for (qsizetype w = 0; w < words; ++w)
                mine[w] |= theirs[w];
            for (int dep : m.m_revs.at(parent).resolvedDeps)
                if (const auto bit = bitOf.constFind(dep); bit != bitOf.constEnd())
                    mine[*bit / 64] |= quint64(1) << (*bit % 64);
        }
        r.normalizedDeps.clear();
        for (int dep : std::as_const(r.resolvedDeps)) {
            const auto bit = bitOf.constFind(dep);
            if (bit == bitOf.constEnd() || !((mine[*bit / 64] >> (*bit % 64)) & 1))
                r.normalizedDeps.append(dep);
        }
        r.normalizedDown = r.down;
        for (int dep : std::as_const(r.normalizedDeps))
            appendUnique(r.normalizedDown, dep);
    }
}

void RevisionMapBuilder::addBranches()
{
    // Alembic's _add_branches: a label covers every descendant of the revision declaring
    // it (computed here as a closure in topological order, as bitsets: late revisions of a
    // big graph carry hundreds of labels), and then Alembic walks down from the last
    // descendant until a branch point or merge point, so when everything above the label
    // is one unbranched line, the label also covers the stem below it.
    QSet<QString> names;
    for (const Revision &r : std::as_const(m.m_revs))
        for (const QString &label : r.declaredLabels)
            names.insert(label);
    m.m_labelNames = QStringList(names.cbegin(), names.cend());
    m.m_labelNames.sort();
    for (qsizetype i = 0; i < m.m_labelNames.size(); ++i)
        m.m_labelBit.insert(m.m_labelNames.at(i), int(i));
    const qsizetype words = (m.m_labelNames.size() + 63) / 64;
    m.m_labelWords = words;
    m.m_labelBits = QList<quint64>(m.size() * words, 0);
    if (words == 0)
        return;
    quint64 *bits = m.m_labelBits.data();
    const auto setOwn = [&](int rev, const Revision &from) {
        for (const QString &label : from.declaredLabels) {
            const int bit = m.m_labelBit.value(label);
            bits[rev * words + bit / 64] |= quint64(1) << (bit % 64);
        }
    };
    for (int i : std::as_const(m_order)) {
        setOwn(i, m.m_revs.at(i));
        for (int parent : m.m_revs.at(i).down)
            for (qsizetype w = 0; w < words; ++w)
                bits[i * words + w] |= bits[parent * words + w];
    }
    for (int i = 0; i < m.size(); ++i) {
        const Revision &labelled = m.m_revs.at(i);
        if (labelled.declaredLabels.isEmpty())
            continue;
        // Is the line from the labelled revision up to its tip free of forks and merges?
        int node = i;
        bool unbranched = true;
        while (true) {
            const Revision &r = m.m_revs.at(node);
            if (r.isRealBranchPoint() || r.isMergePoint()) {
                unbranched = false;
                break;
            }
            if (r.next.isEmpty())
                break;
            node = r.next.first();
        }
        if (!unbranched || labelled.down.isEmpty())
            continue;
        for (int p = labelled.down.first();;) {
            const Revision &stem = m.m_revs.at(p);
            if (stem.isRealBranchPoint() || stem.isMergePoint())
                break;
            setOwn(p, labelled);
            if (stem.down.isEmpty())
                break;
            p = stem.down.first();
        }
    }
}

QStringList RevisionMap::branchLabels(int index) const
{
    QStringList out;
    for (qsizetype w = 0; w < m_labelWords; ++w) {
        quint64 word = m_labelBits.at(index * m_labelWords + w);
        while (word) {
            const int bit = qCountTrailingZeroBits(word);
            out.append(m_labelNames.at(w * 64 + bit));
            word &= word - 1;
        }
    }
    return out;
}

bool RevisionMap::hasBranchLabel(int index, const QString &label) const
{
    const auto it = m_labelBit.constFind(label);
    if (it == m_labelBit.constEnd())
        return false;
    return (m_labelBits.at(index * m_labelWords + *it / 64) >> (*it % 64)) & 1;
}

Result<RevisionMap> RevisionMapBuilder::build()
{
    for (auto step : {&RevisionMapBuilder::addRevisions, &RevisionMapBuilder::mapBranchLabels,
                      &RevisionMapBuilder::resolveDependencies, &RevisionMapBuilder::linkParents,
                      &RevisionMapBuilder::detectCycles}) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    normalizeDependencies();
    addBranches();
    return std::move(m);
}

Result<RevisionMap> RevisionMap::build(QList<RevisionHeader> scripts)
{
    return RevisionMapBuilder(scripts).build();
}

} // namespace retort
