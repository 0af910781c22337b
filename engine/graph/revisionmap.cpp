#include "revisionmap.h"

#include <QSet>

#include <algorithm>
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
    explicit RevisionMapBuilder(const QList<RevisionHeader> &scripts)
        : m_scripts(scripts)
    {}

    Result<RevisionMap> build();

private:
    const QList<RevisionHeader> &m_scripts;
    RevisionMap m;

    Result<void> addRevisions();
    Result<void> mapBranchLabels();
    Result<void> resolveDependencies();
    Result<void> linkParents();
    Result<void> detectCycles();
    void normalizeDependencies();
    void addBranches();
    QList<int> reach(const QList<int> &starts, bool up, bool dependencies) const;
};

Result<void> RevisionMapBuilder::addRevisions()
{
    m.m_revs.reserve(m_scripts.size());
    m.m_ids.reserve(m_scripts.size());
    for (const RevisionHeader &h : m_scripts) {
        Revision r;
        r.id = h.revision.value_or(QString());
        r.downRevisions = h.downRevision.value_or(QStringList());
        r.dependencies = h.dependsOn.value_or(QStringList());
        r.declaredLabels = h.branchLabels.value_or(QStringList());
        r.path = h.path;
        r.longDoc = h.longDoc;
        r.createDate = h.createDate;
        r.format = h.format;
        r.line = h.revisionLine;

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
        m.m_keyOrder.append(r.id);
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
    if (m.m_revs.isEmpty())
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

void RevisionMapBuilder::normalizeDependencies()
{
    // A dependency already declared by an ancestor is dropped (Alembic's
    // _normalize_depends_on). A revision that declares dependency d comes after d in any
    // topological order over all edges, so the upward walk can stop below the earliest of
    // the dependencies in question: nothing lower can declare one of them.
    const int n = m.size();
    std::vector<int> order(size_t(n), 0);
    {
        std::vector<int> pending(size_t(n), 0);
        QList<int> ready;
        for (int i = 0; i < n; ++i) {
            pending[size_t(i)] = int(m.m_revs.at(i).allDown.size());
            if (pending[size_t(i)] == 0)
                ready.append(i);
        }
        int position = 0;
        for (qsizetype k = 0; k < ready.size(); ++k) {
            const int i = ready.at(k);
            order[size_t(i)] = position++;
            for (int child : m.m_revs.at(i).allNext)
                if (--pending[size_t(child)] == 0)
                    ready.append(child);
        }
    }
    std::vector<int> seen(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        Revision &r = m.m_revs[i];
        r.normalizedDeps = r.resolvedDeps;
        if (!r.resolvedDeps.isEmpty()) {
            int bound = n;
            for (int dep : std::as_const(r.resolvedDeps))
                bound = std::min(bound, order[size_t(dep)]);
            QList<int> todo(r.down);
            while (!todo.isEmpty() && !r.normalizedDeps.isEmpty()) {
                const int a = todo.takeLast();
                if (seen[size_t(a)] == i || order[size_t(a)] <= bound)
                    continue;
                seen[size_t(a)] = i;
                const Revision &ancestor = m.m_revs.at(a);
                for (int dep : ancestor.resolvedDeps)
                    r.normalizedDeps.removeAll(dep);
                todo.append(ancestor.down);
            }
        }
        r.normalizedDown = r.down;
        for (int dep : std::as_const(r.normalizedDeps))
            appendUnique(r.normalizedDown, dep);
    }
}

void RevisionMapBuilder::addBranches()
{
    QList<QSet<QString>> labels(m.size());
    for (int i = 0; i < m.size(); ++i) {
        const Revision &r = m.m_revs.at(i);
        if (r.declaredLabels.isEmpty())
            continue;
        const QSet<QString> own(r.declaredLabels.cbegin(), r.declaredLabels.cend());
        const QList<int> branch = reach({i}, false, false);
        for (int d : branch)
            labels[d].unite(own);
        // Alembic then walks down from the last descendant it visited until a branch
        // point or merge point, so a label also covers the unbranched stem below it.
        int parent = branch.last();
        while (true) {
            const Revision &p = m.m_revs.at(parent);
            if (p.isRealBranchPoint() || p.isMergePoint())
                break;
            labels[parent].unite(own);
            if (p.down.isEmpty())
                break;
            parent = p.down.first();
        }
    }
    for (int i = 0; i < m.size(); ++i) {
        QStringList sorted(labels.at(i).cbegin(), labels.at(i).cend());
        sorted.sort();
        m.m_revs[i].branchLabels = sorted;
    }
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

Result<RevisionMap> RevisionMap::build(const QList<RevisionHeader> &scripts)
{
    return RevisionMapBuilder(scripts).build();
}

} // namespace retort
