// Identifier resolution, walks and ranges: Alembic's RevisionMap query methods.
#include "revisionquery_p.h"

#include <algorithm>
#include <vector>

namespace retort {

using namespace detail;

Result<RevisionQuery::Resolved> RevisionQuery::resolveNumber(const Ident &id) const
{
    Resolved out;
    Ident rest = id;
    if (id && id->contains(QLatin1Char('@'))) {
        const qsizetype at = id->indexOf(QLatin1Char('@'));
        out.branch = id->left(at);
        rest = id->mid(at + 1);
    }
    if (rest == QStringLiteral("heads")) {
        if (truthy(out.branch)) {
            auto filtered = filterForLineage(idsOf(m.m_heads), out.branch);
            if (!filtered)
                return filtered.error();
            out.ids = *filtered;
        } else {
            out.ids = idsOf(m.m_realHeads);
        }
    } else if (rest == QStringLiteral("head")) {
        auto head = currentHead(out.branch);
        if (!head)
            return head.error();
        if (head->isRevision())
            out.ids = QStringList{m.at(head->index).id};
    } else if (!rest || rest == QStringLiteral("base")) {
        // base: nothing
    } else {
        out.ids = QStringList{*rest};
    }
    return out;
}

Result<RevNode> RevisionQuery::currentHead(const std::optional<QString> &branch) const
{
    QStringList heads = idsOf(m.m_heads);
    if (truthy(branch)) {
        auto filtered = filterForLineage(heads, branch);
        if (!filtered)
            return filtered.error();
        heads = *filtered;
    }
    if (heads.size() > 1) {
        const QString argument =
            truthy(branch) ? *branch + QStringLiteral("@head") : QStringLiteral("head");
        Error e = revisionError(ErrorKind::MultipleHeads,
                                Tr::tr("Multiple heads are present for given argument '%1'; %2")
                                    .arg(argument, heads.join(QStringLiteral(", "))),
                                argument);
        return e;
    }
    if (heads.isEmpty())
        return RevNode{};
    return RevNode{m.indexOf(heads.first())};
}

Result<QStringList> RevisionQuery::filterForLineage(const QStringList &targets,
                                                    const Ident &checkAgainst,
                                                    bool includeDependencies) const
{
    auto resolved = resolveNumber(checkAgainst);
    if (!resolved)
        return resolved.error();
    QStringList shares;
    if (truthy(resolved->branch))
        shares.append(*resolved->branch);
    shares.append(resolved->ids);
    QStringList out;
    for (const QString &target : targets) {
        auto node = revisionForIdent(target);
        if (!node)
            return node.error();
        if (!node->isRevision())
            continue;
        auto shared = sharesLineage(node->index, shares, includeDependencies);
        if (!shared)
            return shared.error();
        if (*shared)
            out.append(target);
    }
    return out;
}

Result<bool>
RevisionQuery::sharesLineage(int target, const QStringList &against, bool includeDeps) const
{
    if (against.isEmpty())
        return true;
    QList<int> tests;
    for (const QString &name : against) {
        auto node = revisionForIdent(name);
        if (!node)
            return node.error();
        if (node->isRevision())
            tests.append(node->index);
    }
    if (tests.isEmpty())
        return false;
    for (int i : m.descendants({target}, includeDeps))
        if (tests.contains(i))
            return true;
    for (int i : m.ancestors({target}, includeDeps))
        if (tests.contains(i))
            return true;
    return false;
}

Result<RevNode> RevisionQuery::resolveBranch(const QString &label) const
{
    const int direct = lookupKey(label);
    if (direct >= 0)
        return RevNode{direct};
    auto node = revisionForIdent(label);
    if (!node) {
        Error e =
            revisionError(ErrorKind::Resolution, Tr::tr("No such branch: '%1'").arg(label), label);
        e.detail = node.error().message;
        return e;
    }
    return node;
}

Result<RevNode> RevisionQuery::revisionForIdent(const Ident &resolved,
                                                const std::optional<QString> &checkBranch) const
{
    RevNode branchRev;
    if (truthy(checkBranch)) {
        auto b = resolveBranch(*checkBranch);
        if (!b)
            return b.error();
        branchRev = *b;
    }
    if (!resolved)
        return RevNode{};
    RevNode revision;
    const int direct = lookupKey(*resolved);
    if (direct >= 0) {
        revision = RevNode{direct};
    } else {
        QStringList candidates;
        for (const QString &key : m.m_keyOrder)
            if (key.size() > 3 && key.startsWith(*resolved))
                candidates.append(key);
        if (branchRev.isRevision() && !candidates.isEmpty()) {
            auto filtered = filterForLineage(candidates, checkBranch);
            if (!filtered)
                return filtered.error();
            candidates = *filtered;
        }
        if (candidates.isEmpty()) {
            const QString hint = resolved->size() < 4
                                     ? Tr::tr("; please ensure at least four characters are "
                                              "present for partial revision identifier matches")
                                     : QString();
            return revisionError(ErrorKind::Resolution,
                                 Tr::tr("No such revision or branch '%1'%2").arg(*resolved, hint),
                                 *resolved);
        }
        if (candidates.size() > 1) {
            QStringList quoted;
            for (const QString &c : candidates.mid(0, 3))
                quoted.append(QLatin1Char('\'') + c + QLatin1Char('\''));
            return revisionError(ErrorKind::Resolution,
                                 Tr::tr("Multiple revisions start with '%1': %2...")
                                     .arg(*resolved, quoted.join(QStringLiteral(", "))),
                                 *resolved);
        }
        revision = RevNode{lookupKey(candidates.first())};
    }
    if (truthy(checkBranch) && revision.isRevision()) {
        auto shared = sharesLineage(revision.index, {m.at(branchRev.index).id}, false);
        if (!shared)
            return shared.error();
        if (!*shared)
            return revisionError(ErrorKind::Resolution,
                                 Tr::tr("Revision %1 is not a member of branch '%2'")
                                     .arg(m.at(revision.index).id, *checkBranch),
                                 *resolved);
    }
    return revision;
}

Result<RevNodes> RevisionQuery::getRevisions(const QStringList &ids) const
{
    RevNodes out;
    for (const QString &id : ids) {
        auto part = getRevisions(Ident(id));
        if (!part)
            return part.error();
        out.append(*part);
    }
    return out;
}

Result<RevNodes> RevisionQuery::getRevisions(const Ident &id) const
{
    auto resolved = resolveNumber(id);
    if (!resolved)
        return resolved.error();
    if (resolved->ids.size() == 1) {
        const auto number = pythonInt(resolved->ids.first());
        if (number && *number < 0) {
            QList<int> heads = m.m_realHeads;
            if (resolved->branch) {
                QList<int> kept;
                for (int h : std::as_const(heads))
                    if (m.at(h).branchLabels.contains(*resolved->branch))
                        kept.append(h);
                heads = kept;
            }
            RevNodes out;
            for (int h : std::as_const(heads)) {
                auto w = walk(RevNode{h}, *number, std::nullopt, true);
                if (!w)
                    return w.error();
                out.append(*w);
            }
            return out;
        }
    }
    RevNodes out;
    for (const QString &rid : std::as_const(resolved->ids)) {
        auto node = revisionForIdent(rid, resolved->branch);
        if (!node)
            return node.error();
        out.append(*node);
    }
    return out;
}

Result<RevNode> RevisionQuery::getRevision(const Ident &id) const
{
    auto resolved = resolveNumber(id);
    if (!resolved)
        return resolved.error();
    if (resolved->ids.size() > 1) {
        const QString argument = id.value_or(QString());
        return revisionError(ErrorKind::MultipleHeads,
                             Tr::tr("Multiple heads are present for given argument '%1'; %2")
                                 .arg(argument, resolved->ids.join(QStringLiteral(", "))),
                             argument);
    }
    const Ident one = resolved->ids.isEmpty() ? Ident() : Ident(resolved->ids.first());
    return revisionForIdent(one, resolved->branch);
}

Result<RevNode> RevisionQuery::walk(RevNode start,
                                    qint64 steps,
                                    const std::optional<QString> &branch,
                                    bool noOverwalk) const
{
    RevNode initial = start;
    for (qint64 step = 0; step < std::abs(steps); ++step) {
        RevNodes children;
        if (steps > 0) {
            const QList<int> &up = initial.isRevision() ? m.at(initial.index).next : m.m_bases;
            QStringList ids = idsOf(up);
            if (truthy(branch)) {
                auto filtered = filterForLineage(ids, branch);
                if (!filtered)
                    return filtered.error();
                ids = *filtered;
            }
            for (const QString &id : std::as_const(ids))
                children.append(RevNode{m.indexOf(id)});
        } else if (initial.index != RevNode::Base) {
            const QList<int> &down = initial.isRevision() ? m.at(initial.index).down : m.m_heads;
            for (int d : down)
                children.append(RevNode{d});
            if (children.isEmpty())
                children.append(RevNode{RevNode::Base});
        }
        if (children.isEmpty())
            return noOverwalk ? RevNode{} : initial;
        if (children.size() > 1)
            return revisionError(ErrorKind::Revision, Tr::tr("Ambiguous walk"));
        initial = children.first();
    }
    return initial;
}

Result<QList<int>>
RevisionQuery::related(const QList<int> &targets, bool up, bool deps, bool check) const
{
    std::vector<char> seen(size_t(m.size()), 0);
    std::vector<int> stamp(check ? size_t(m.size()) : 0, -1);
    QList<int> out;
    QList<int> todo;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        todo.append(targets.at(t));
        while (!todo.isEmpty()) {
            const int i = todo.takeLast();
            if (check)
                stamp[size_t(i)] = int(t);
            if (seen[size_t(i)])
                continue;
            seen[size_t(i)] = 1;
            const Revision &r = m.at(i);
            todo.append(up ? (deps ? r.normalizedDown : r.down) : (deps ? r.allNext : r.next));
            out.append(i);
        }
        if (check) {
            QStringList overlaps;
            for (int other : targets)
                if (other != targets.at(t) && stamp[size_t(other)] == int(t) &&
                    !overlaps.contains(m.at(other).id))
                    overlaps.append(m.at(other).id);
            if (!overlaps.isEmpty())
                return revisionError(
                    ErrorKind::Revision,
                    Tr::tr("Requested revision %1 overlaps with other requested "
                           "revisions %2")
                        .arg(m.at(targets.at(t)).id, overlaps.join(QStringLiteral(", "))));
        }
    }
    return out;
}

} // namespace retort
