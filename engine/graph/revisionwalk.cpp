// Ranges and ordering: Alembic's _parse_upgrade_target, _parse_downgrade_target,
// _collect_upgrade_revisions and _topological_sort, plus the public RevisionMap entry points.
#include "revisionquery_p.h"

#include <QSet>

#include <vector>

namespace retort {

using namespace detail;

namespace {

Error relativeError(const QString &relative, qint64 count)
{
    return revisionError(
        ErrorKind::Revision,
        Tr::tr("Relative revision %1 didn't produce %2 migrations").arg(relative).arg(count));
}

/** What both topological sorts start from: the pending revisions as flags, how many there
 *  are, and the heads among them in the map's (load) order, as Alembic sorts them. */
struct SortStart
{
    std::vector<char> todo;
    qsizetype remaining = 0;
    QList<int> current;
};

SortStart sortStart(const RevisionMap &map, const QList<int> &revisions, const QList<int> &heads)
{
    SortStart start;
    start.todo.assign(size_t(map.size()), 0);
    for (int i : revisions)
        if (!start.todo[size_t(i)]) {
            start.todo[size_t(i)] = 1;
            ++start.remaining;
        }
    for (int h : heads)
        if (start.todo[size_t(h)] && !start.current.contains(h))
            start.current.append(h);
    std::sort(start.current.begin(), start.current.end());
    return start;
}

/** Marks the revisions on `stack` and everything below them along normalized down
 *  revisions, going on through a revision only where `follow` says so. */
template<typename Follow>
void markBelow(const RevisionMap &map,
               std::vector<int> &stack,
               std::vector<char> &marks,
               Follow follow)
{
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (marks[size_t(i)])
            continue;
        marks[size_t(i)] = 1;
        for (int d : map.at(i).normalizedDown)
            if (!marks[size_t(d)] && follow(d))
                stack.push_back(d);
    }
}

} // namespace

Result<RevNodes> RevisionQuery::parseUpgradeTarget(const Revs &current,
                                                   const Revs &targets,
                                                   bool assertRelativeLength) const
{
    if (!targets.isString) // a tuple of identifiers (e.g. the database's rows)
        return getRevisions(targets.ids);
    const QString &target = targets.ids.first();
    const std::optional<Relative> match = matchRelative(target);
    if (!match)
        return getRevisions(Ident(target));

    const qint64 relative = match->relative;
    if (relative > 0) {
        RevNode start;
        if (!match->symbol) {
            // Start from the current revisions (None when there are none).
            QList<RevNode> startRevs;
            bool fromStrings = true;
            if (truthy(match->branch)) {
                auto currentRevs = getRevisions(current.ids);
                if (!currentRevs)
                    return currentRevs.error();
                QList<int> currentIdx;
                for (RevNode n : std::as_const(*currentRevs))
                    if (n.isRevision())
                        currentIdx.append(n.index);
                auto onBranch = filterForLineage(idsOf(currentIdx), match->branch);
                if (!onBranch)
                    return onBranch.error();
                for (const QString &id : std::as_const(*onBranch))
                    startRevs.append(RevNode{m.indexOf(id)});
                if (startRevs.isEmpty()) {
                    // The branch is not among the current heads: find its tips below them.
                    auto active =
                        filterForLineage(idsOf(m.ancestors(currentIdx, true)), match->branch);
                    if (!active)
                        return active.error();
                    QSet<int> below;
                    for (const QString &id : std::as_const(*active))
                        for (int d : m.at(m.indexOf(id)).normalizedDown)
                            below.insert(d);
                    for (const QString &id : std::as_const(*active))
                        if (!below.contains(m.indexOf(id)))
                            startRevs.append(RevNode{m.indexOf(id)});
                    if (startRevs.isEmpty())
                        startRevs.append(RevNode{});
                }
                fromStrings = false;
            }
            if ((fromStrings ? current.ids.size() : startRevs.size()) > 1)
                return revisionError(ErrorKind::Revision,
                                     Tr::tr("Ambiguous upgrade from multiple current revisions"));
            if (fromStrings) {
                auto resolved =
                    getRevision(current.isEmpty() ? Ident() : Ident(current.ids.first()));
                if (!resolved)
                    return resolved.error();
                start = *resolved;
            } else {
                start = startRevs.first();
            }
        } else {
            auto resolved = getRevision(match->symbol);
            if (!resolved)
                return resolved.error();
            start = *resolved;
        }
        auto rev = walk(start, relative, match->branch, assertRelativeLength);
        if (!rev)
            return rev.error();
        if (!match->symbol && !rev->isRevision() && rev->index != RevNode::Base)
            return relativeError(match->relativeText, relative);
        return RevNodes{*rev};
    }
    if (!match->symbol)
        return relativeError(QString::number(relative), std::abs(relative));
    const QString symbol =
        match->branch ? *match->branch + QLatin1Char('@') + *match->symbol : *match->symbol;
    auto start = getRevision(symbol);
    if (!start)
        return start.error();
    auto rev = walk(*start, relative, std::nullopt, assertRelativeLength);
    if (!rev)
        return rev.error();
    return RevNodes{*rev};
}

Result<RevNode> RevisionQuery::parseDowngradeTarget(const Revs &current,
                                                    const Ident &target,
                                                    bool assertRelativeLength) const
{
    if (!target)
        return RevNode{};
    const std::optional<Relative> match = matchRelative(*target);
    if (match) {
        const qint64 rel = match->relative;
        if (rel >= 0) {
            if (!match->symbol)
                return relativeError(match->relativeText, std::abs(rel));
            auto start = getRevision(match->symbol);
            if (!start)
                return start.error();
            auto rev = walk(*start, rel, match->branch, assertRelativeLength);
            if (!rev)
                return rev.error();
            if (!rev->isRevision() && rev->index != RevNode::Base)
                return revisionError(ErrorKind::Revision, Tr::tr("Walked too far"));
            return *rev;
        }
        std::optional<QString> branch = match->branch;
        QString symbol = match->symbol.value_or(QString());
        const bool relativeToCurrent = !match->symbol;
        if (relativeToCurrent) {
            const QStringList &currentIds = current.ids;
            if (truthy(branch)) {
                auto onBranch = filterForLineage(currentIds, branch);
                if (!onBranch)
                    return onBranch.error();
                QStringList symbols = *onBranch;
                if (symbols.isEmpty()) {
                    auto tops = getRevisions(currentIds);
                    if (!tops)
                        return tops.error();
                    QList<int> top;
                    for (RevNode n : std::as_const(*tops))
                        if (n.isRevision())
                            top.append(n.index);
                    const QList<int> all = m.ancestors(top, true);
                    QList<int> branchHeads;
                    for (int i : all) {
                        bool hasDescendantInSet = false;
                        for (int d : m.descendants({i}, false))
                            if (d != i && all.contains(d))
                                hasDescendantInSet = true;
                        if (!hasDescendantInSet)
                            branchHeads.append(i);
                    }
                    auto filtered = filterForLineage(idsOf(branchHeads), branch);
                    if (!filtered)
                        return filtered.error();
                    symbols = *filtered;
                }
                if (symbols.size() != 1)
                    return revisionError(ErrorKind::Revision,
                                         Tr::tr("Ambiguous relative revision %1 on branch '%2'")
                                             .arg(match->relativeText, *branch));
                symbol = symbols.first();
            } else {
                if (currentIds.isEmpty())
                    return relativeError(match->relativeText, std::abs(rel));
                symbol = currentIds.first();
                branch = symbol;
            }
        }
        auto start = getRevision(branch ? *branch + QLatin1Char('@') + symbol : symbol);
        if (!start)
            return start.error();
        auto rev = walk(*start, rel, std::nullopt, assertRelativeLength);
        if (!rev)
            return rev.error();
        if (!rev->isRevision() && rev->index != RevNode::Base) {
            if (relativeToCurrent)
                return relativeError(match->relativeText, std::abs(rel));
            return revisionError(ErrorKind::Revision, Tr::tr("Walked too far"));
        }
        return *rev;
    }
    const qsizetype at = target->lastIndexOf(QLatin1Char('@'));
    return getRevision(at < 0 ? *target : target->mid(at + 1));
}

Result<QList<int>> RevisionQuery::collectUpgrade(const Revs &upper,
                                                 Revs lower,
                                                 bool inclusive,
                                                 bool implicitBase,
                                                 bool assertRelativeLength,
                                                 QList<int> *targetsOut) const
{
    auto parsed = parseUpgradeTarget(lower, upper, assertRelativeLength);
    if (!parsed)
        return parsed.error();
    QList<int> targets;
    for (RevNode n : std::as_const(*parsed))
        if (n.isRevision() && !targets.contains(n.index))
            targets.append(n.index);

    // "label@..." as the lower bound keeps only targets on that branch.
    if (lower.isString && lower.ids.first().contains(QLatin1Char('@'))) {
        QString branch = lower.ids.first().left(lower.ids.first().indexOf(QLatin1Char('@')));
        auto branchRev = getRevision(branch);
        if (!branchRev)
            return branchRev.error();
        if (branchRev->isRevision() && m.at(branchRev->index).id == branch &&
            m.branchLabels(branchRev->index).size() == 1)
            branch = m.branchLabels(branchRev->index).first();
        QList<int> kept;
        for (int t : std::as_const(targets))
            if (m.hasBranchLabel(t, branch))
                kept.append(t);
        targets = kept;
    }

    auto requiredList = related(targets, true, true, true);
    if (!requiredList)
        return requiredList.error();
    std::vector<char> required(size_t(m.size()), 0);
    for (int i : std::as_const(*requiredList))
        required[size_t(i)] = 1;

    auto currentNodes = getRevisions(lower.ids);
    if (!currentNodes)
        return currentNodes.error();
    if (!implicitBase) {
        for (RevNode n : std::as_const(*currentNodes))
            if (n.isRevision() && !required[size_t(n.index)]) {
                Error e = revisionError(ErrorKind::RangeNotAncestor,
                                        Tr::tr("Revision %1 is not an ancestor of revision %2")
                                            .arg(lower.display(), upper.display()));
                e.argument = lower.isEmpty() ? QString() : lower.ids.first();
                return e;
            }
    }
    QList<int> current;
    if (!currentNodes->isEmpty() && !currentNodes->first().isRevision() &&
        currentNodes->first().index == RevNode::None) {
        // A relative lower bound that getRevisions could not walk: resolve it downwards.
        auto rev = parseDowngradeTarget(upper, lower.string(), assertRelativeLength);
        if (!rev)
            return rev.error();
        if (rev->isRevision()) {
            current = {rev->index};
            lower = Ident(m.at(rev->index).id);
        } else {
            lower = Revs();
        }
    } else {
        for (RevNode n : std::as_const(*currentNodes))
            if (n.isRevision())
                current.append(n.index);
    }

    auto currentSet = related(current, true, true, true);
    if (!currentSet)
        return currentSet.error();
    std::vector<char> need(required);
    for (int i : std::as_const(*currentSet))
        need[size_t(i)] = 0;
    if (inclusive) {
        auto lowers = getRevisions(lower.ids);
        if (!lowers)
            return lowers.error();
        for (RevNode n : std::as_const(*lowers))
            if (n.isRevision())
                need[size_t(n.index)] = 1;
    }
    if (!current.isEmpty() && !implicitBase) {
        auto below = related(current, false, false, true);
        if (!below)
            return below.error();
        std::vector<char> keep(size_t(m.size()), 0);
        for (int i : std::as_const(*below))
            keep[size_t(i)] = 1;
        for (size_t i = 0; i < need.size(); ++i)
            need[i] = char(need[i] && keep[i]);
    }
    QList<int> out;
    for (int i = 0; i < m.size(); ++i)
        if (need[size_t(i)])
            out.append(i);
    if (targetsOut)
        *targetsOut = targets;
    return out;
}

Result<QList<int>> RevisionQuery::collectDowngrade(const Revs &upper,
                                                   const Ident &target,
                                                   bool inclusive,
                                                   bool implicitBase,
                                                   bool assertRelativeLength,
                                                   QList<int> *headsOut) const
{
    auto parsedTarget = parseDowngradeTarget(upper, target, assertRelativeLength);
    if (!parsedTarget)
        return parsedTarget.error();
    const RevNode targetRev = *parsedTarget;
    std::optional<QString> branch;
    if (target && !matchRelative(*target)) {
        const qsizetype at = target->lastIndexOf(QLatin1Char('@'));
        if (at > 0)
            branch = target->left(at);
    } else if (target) {
        // A relative target: the branch is the one it names, or the current head it
        // starts from.
        const std::optional<Relative> rel = matchRelative(*target);
        if (truthy(rel->branch))
            branch = rel->branch;
        else if (rel->relative < 0 && !rel->symbol && !upper.isEmpty())
            branch = upper.ids.first();
    }

    QList<int> roots;
    if (!targetRev.isRevision()) {
        for (int i = 0; i < m.size(); ++i)
            if (m.at(i).down.isEmpty())
                roots.append(i);
    } else if (inclusive) {
        roots = {targetRev.index};
    } else {
        roots = m.at(targetRev.index).next;
    }

    if (truthy(branch) && roots.size() > 1) {
        auto labelRev = resolveBranch(*branch);
        if (!labelRev)
            return labelRev.error();
        QList<int> kept;
        if (labelRev->isRevision()) {
            auto below = related({labelRev->index}, true, false, false);
            if (!below)
                return below.error();
            const QSet<int> ancestorsOfLabel(below->cbegin(), below->cend());
            for (int r : std::as_const(roots))
                if (ancestorsOfLabel.contains(r))
                    kept.append(r);
        }
        if (kept.isEmpty())
            return revisionError(ErrorKind::Revision,
                                 Tr::tr("Not a valid downgrade target from current heads"));
        roots = kept;
    }

    auto headNodes = getRevisions(upper.ids);
    if (!headNodes)
        return headNodes.error();
    QList<int> heads;
    for (RevNode n : std::as_const(*headNodes))
        if (n.isRevision() && !heads.contains(n.index))
            heads.append(n.index);

    auto dropped = related(roots, false, true, false);
    if (!dropped)
        return dropped.error();
    auto active = related(heads, true, true, false);
    if (!active)
        return active.error();
    std::vector<char> isActive(size_t(m.size()), 0);
    for (int i : std::as_const(*active))
        isActive[size_t(i)] = 1;
    std::vector<char> drop(size_t(m.size()), 0);
    for (int i : std::as_const(*dropped))
        if (isActive[size_t(i)])
            drop[size_t(i)] = 1;
    if (implicitBase) {
        auto belowRoots = related(roots, true, true, false);
        if (!belowRoots)
            return belowRoots.error();
        std::vector<char> keep(size_t(m.size()), 0);
        for (int i : std::as_const(*belowRoots))
            keep[size_t(i)] = 1;
        for (int i : std::as_const(*active))
            if (!keep[size_t(i)])
                drop[size_t(i)] = 1;
    }
    QList<int> out;
    for (int i = 0; i < m.size(); ++i)
        if (drop[size_t(i)])
            out.append(i);
    if (targetRev.isRevision() && out.isEmpty() && !heads.contains(targetRev.index)) {
        Error e = revisionError(ErrorKind::RangeNotAncestor, Tr::tr("Nothing to drop"));
        e.argument = upper.display();
        return e;
    }
    if (headsOut)
        *headsOut = heads;
    return out;
}

Result<QList<int>> RevisionQuery::topologicalSortExact(const QList<int> &revisions,
                                                       const QList<int> &heads) const
{
    const size_t n = size_t(m.size());
    auto [todo, remaining, current] = sortStart(m, revisions, heads);
    std::vector<int> stack;
    const auto ancestorsOf = [&](int rev) {
        // Ancestors (itself included) along normalized down revisions, as membership flags.
        std::vector<char> set(n, 0);
        stack.assign(1, rev);
        markBelow(m, stack, set, [](int) { return true; });
        return set;
    };

    std::vector<std::vector<char>> ancestors;
    for (int h : std::as_const(current))
        ancestors.push_back(ancestorsOf(h));

    QList<int> output;
    qsizetype idx = 0;
    qint64 guard = 0;
    const qint64 limit = (qint64(n) + 1) * (qint64(n) + 8) * 4;
    while (!current.isEmpty() || remaining > 0) {
        if (current.isEmpty()) {
            // Alembic asserts here (a range whose upper bound reaches its revisions only
            // through a dependency, e.g. `history -r B:heads` when only a depends_on points
            // at B's branch). The semantically right answer still lists every revision of
            // the range: carry on from the pending revisions that nothing pending sits on.
            std::vector<char> below(n, 0);
            for (size_t i = 0; i < n; ++i)
                if (todo[i])
                    for (int d : m.at(int(i)).normalizedDown)
                        below[size_t(d)] = 1;
            for (size_t i = 0; i < n; ++i)
                if (todo[i] && !below[i]) {
                    current.append(int(i));
                    ancestors.push_back(ancestorsOf(int(i)));
                }
            idx = 0;
        }
        if (++guard > limit)
            return revisionError(ErrorKind::Revision, Tr::tr("Revision ordering did not converge"));
        const int candidate = current.at(idx);
        bool deferred = false;
        for (qsizetype check = 0; check < current.size(); ++check) {
            if (check != idx && ancestors[size_t(check)][size_t(candidate)]) {
                idx = check;
                deferred = true;
                break;
            }
        }
        if (deferred)
            continue;
        if (todo[size_t(candidate)]) {
            output.append(candidate);
            todo[size_t(candidate)] = 0;
            --remaining;
        }
        const Revision &rev = m.at(candidate);
        QList<int> toAdd;
        for (int d : rev.normalizedDown)
            if (todo[size_t(d)] && !current.contains(d))
                toAdd.append(d);
        if (toAdd.isEmpty()) {
            current.removeAt(idx);
            ancestors.erase(ancestors.begin() + idx);
            idx = std::max<qsizetype>(idx - 1, 0);
        } else if (rev.normalizedDeps.isEmpty() && rev.down.size() == 1) {
            current[idx] = toAdd.first();
            ancestors[size_t(idx)][size_t(candidate)] = 0;
        } else {
            current[idx] = toAdd.first();
            ancestors[size_t(idx)] = ancestorsOf(toAdd.first());
            for (qsizetype k = 1; k < toAdd.size(); ++k) {
                current.append(toAdd.at(k));
                ancestors.push_back(ancestorsOf(toAdd.at(k)));
            }
        }
    }
    return output;
}

Result<QList<int>> RevisionQuery::topologicalSort(const QList<int> &revisions,
                                                  const QList<int> &heads) const
{
    // Alembic's _topological_sort keeps, for every current head, the set of its ancestors,
    // and recomputes it at each merge: quadratic on big graphs. The same order comes out
    // cheaper: while every pending revision is an ancestor of some current head (true unless
    // a range leaves holes), "the candidate is an ancestor of another current head" is
    // "the candidate still has a pending child", and which head to switch to is found by a
    // search bounded by the topological rank. Otherwise the exact algorithm runs.
    const size_t n = size_t(m.size());
    auto [todo, remaining, current] = sortStart(m, revisions, heads);
    std::vector<int> pendingChildren(n, 0);
    for (int i : revisions)
        for (int d : m.at(i).normalizedDown)
            if (todo[size_t(d)])
                ++pendingChildren[size_t(d)];

    std::vector<int> stack;
    // Precondition of the shortcut: every pending revision lies below a current head along
    // pending revisions only (no holes).
    {
        std::vector<char> covered(n, 0);
        stack.assign(current.cbegin(), current.cend());
        markBelow(m, stack, covered, [&todo = todo](int d) { return todo[size_t(d)] != 0; });
        for (int i : revisions)
            if (!covered[size_t(i)])
                return topologicalSortExact(revisions, heads);
        // ...and no path between two pending revisions leaves the pending set (a range
        // cut by a dependency could have one): no pending revision has a child that is not
        // pending yet lies below a pending revision.
        std::vector<char> belowPending(n, 0);
        stack.assign(revisions.cbegin(), revisions.cend());
        markBelow(m, stack, belowPending, [](int) { return true; });
        for (int c : revisions)
            for (int x : m.at(c).allNext)
                if (!todo[size_t(x)] && belowPending[size_t(x)] &&
                    m.at(x).normalizedDown.contains(c))
                    return topologicalSortExact(revisions, heads);
    }

    const QList<int> &rank = m.m_topoPosition;
    std::vector<int> stamp(n, 0);
    int visit = 0;
    const auto reaches = [&](int from, int target) {
        // Is `target` an ancestor-or-self of `from` (along pending revisions)?
        ++visit;
        stack.assign(1, from);
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            if (i == target)
                return true;
            if (stamp[size_t(i)] == visit || rank.at(i) <= rank.at(target))
                continue;
            stamp[size_t(i)] = visit;
            for (int d : m.at(i).normalizedDown)
                if (todo[size_t(d)] && stamp[size_t(d)] != visit)
                    stack.push_back(d);
        }
        return false;
    };

    QList<int> output;
    output.reserve(remaining);
    qsizetype idx = 0;
    while (!current.isEmpty()) {
        const int candidate = current.at(idx);
        bool deferred = false;
        if (pendingChildren[size_t(candidate)] > 0) {
            for (qsizetype check = 0; check < current.size(); ++check) {
                if (check != idx && reaches(current.at(check), candidate)) {
                    idx = check;
                    deferred = true;
                    break;
                }
            }
            if (!deferred)
                return topologicalSortExact(revisions, heads);
        }
        if (deferred)
            continue;
        if (todo[size_t(candidate)]) {
            output.append(candidate);
            todo[size_t(candidate)] = 0;
            --remaining;
            for (int d : m.at(candidate).normalizedDown)
                if (todo[size_t(d)])
                    --pendingChildren[size_t(d)];
        }
        const Revision &rev = m.at(candidate);
        QList<int> toAdd;
        for (int d : rev.normalizedDown)
            if (todo[size_t(d)] && !current.contains(d))
                toAdd.append(d);
        if (toAdd.isEmpty()) {
            current.removeAt(idx);
            idx = std::max<qsizetype>(idx - 1, 0);
        } else {
            current[idx] = toAdd.first();
            for (qsizetype k = 1; k < toAdd.size(); ++k)
                current.append(toAdd.at(k));
        }
    }
    if (remaining != 0)
        return topologicalSortExact(revisions, heads);
    return output;
}

// ---- public RevisionMap API -------------------------------------------------------------

Result<RevNodes> RevisionMap::revisionsFor(const QString &identifier) const
{
    return RevisionQuery(*this).getRevisions(Ident(identifier));
}

Result<RevNodes> RevisionMap::revisionsFor(const QStringList &identifiers) const
{
    return RevisionQuery(*this).getRevisions(identifiers);
}

Result<RevNode> RevisionMap::revisionFor(const QString &identifier) const
{
    return RevisionQuery(*this).getRevision(Ident(identifier));
}

Result<QList<int>> RevisionMap::iterateRevisions(const QString &upper,
                                                 const QString &lower,
                                                 bool inclusive,
                                                 bool implicitBase,
                                                 bool assertRelativeLength) const
{
    const RevisionQuery q(*this);
    QList<int> targets;
    auto needs = q.collectUpgrade(Ident(upper), Ident(lower), inclusive, implicitBase,
                                  assertRelativeLength, &targets);
    if (!needs)
        return needs.error();
    return q.topologicalSort(*needs, targets);
}

Result<QList<int>> RevisionMap::iterateRevisions(const std::optional<QStringList> &upperRows,
                                                 const QString &upper,
                                                 const std::optional<QStringList> &lowerRows,
                                                 const QString &lower,
                                                 bool inclusive,
                                                 bool implicitBase,
                                                 bool assertRelativeLength) const
{
    const RevisionQuery q(*this);
    QList<int> targets;
    auto needs = q.collectUpgrade(upperRows ? Revs::tuple(*upperRows) : Revs(Ident(upper)),
                                  lowerRows ? Revs::tuple(*lowerRows) : Revs(Ident(lower)),
                                  inclusive, implicitBase, assertRelativeLength, &targets);
    if (!needs)
        return needs.error();
    return q.topologicalSort(*needs, targets);
}

Result<QList<int>> RevisionMap::upgradePath(const QString &destination,
                                            const QStringList &currentHeads) const
{
    const RevisionQuery q(*this);
    QList<int> targets;
    auto needs = q.collectUpgrade(Ident(destination), Revs::tuple(currentHeads), false, true, true,
                                  &targets);
    if (!needs)
        return needs.error();
    auto order = q.topologicalSort(*needs, targets);
    if (!order)
        return order.error();
    std::reverse(order->begin(), order->end());
    return order;
}

Result<QList<int>> RevisionMap::downgradePath(const QString &destination,
                                              const QStringList &currentHeads) const
{
    const RevisionQuery q(*this);
    QList<int> heads;
    auto drops = q.collectDowngrade(Revs::tuple(currentHeads), Ident(destination), false, false,
                                    true, &heads);
    if (!drops)
        return drops.error();
    return q.topologicalSort(*drops, heads);
}

Result<QList<int>> RevisionMap::allCurrent(const QStringList &currentHeads) const
{
    const RevisionQuery q(*this);
    auto nodes = q.getRevisions(currentHeads);
    if (!nodes)
        return nodes.error();
    QList<int> tops;
    for (RevNode n : std::as_const(*nodes))
        if (n.isRevision())
            tops.append(n.index);
    const QList<int> all = ancestors(tops, true);
    std::vector<char> inSet(size_t(size()), 0);
    for (int i : all)
        inSet[size_t(i)] = 1;
    QList<int> out;
    for (int i : all) {
        // Kept unless one of its versioned descendants is in the set too. The set is closed
        // under ancestry, so that is the same as one of its children being in it.
        bool covered = false;
        for (int c : at(i).next)
            covered = covered || inSet[size_t(c)];
        if (!covered)
            out.append(i);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QStringList> RevisionMap::filterForLineage(const QStringList &ids,
                                                  const QString &checkAgainst,
                                                  bool includeDependencies) const
{
    return RevisionQuery(*this).filterForLineage(ids, Ident(checkAgainst), includeDependencies);
}

QList<int> RevisionMap::ancestors(const QList<int> &targets, bool includeDependencies) const
{
    return RevisionQuery(*this).related(targets, true, includeDependencies, false).value();
}

QList<int> RevisionMap::descendants(const QList<int> &targets, bool includeDependencies) const
{
    return RevisionQuery(*this).related(targets, false, includeDependencies, false).value();
}

} // namespace retort
