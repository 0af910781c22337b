// The planner: Alembic's step lists (script/base.py) and head maintenance
// (runtime/migration.py HeadMaintainer, RevisionStep, StampStep), simulated without a database.
#include "plan.h"

#include <QSet>

namespace retort {

QString MigrationStep::name() const
{
    switch (kind) {
    case Kind::Upgrade:
        return QStringLiteral("upgrade");
    case Kind::Downgrade:
        return QStringLiteral("downgrade");
    case Kind::Stamp:
        break;
    }
    return QStringLiteral("stamp_revision");
}

QString MigrationStep::shortLog() const
{
    return QStringLiteral("%1 %2 -> %3")
        .arg(name(), fromIds.join(QStringLiteral(", ")), toIds.join(QStringLiteral(", ")));
}

namespace planner {

namespace {

QStringList idsOf(const RevisionMap &map, const QList<int> &indices)
{
    QStringList out;
    out.reserve(indices.size());
    for (int i : indices)
        out.append(map.at(i).id);
    return out;
}

/**
 * The version rows while a plan is simulated. Each operation is Alembic's; where Alembic
 * would fail (an assertion, or a KeyError on a row that is not there) the operation does
 * what keeps the rows meaningful instead, and the step records Alembic's failure.
 */
class Rows
{
public:
    explicit Rows(QStringList rows)
        : m_rows(std::move(rows))
    {}

    const QStringList &rows() const { return m_rows; }
    bool has(const QString &v) const { return m_rows.contains(v); }
    QSet<QString> set() const { return QSet<QString>(m_rows.cbegin(), m_rows.cend()); }

    void begin(MigrationStep *step) { m_step = step; }

    void insert(const QString &v)
    {
        if (has(v))
            return fail(QStringLiteral("AssertionError: %1 is already a version row").arg(v));
        m_rows.append(v);
        m_step->changes.append({VersionChange::Op::Insert, {}, v});
    }
    void remove(const QString &v)
    {
        if (!has(v))
            return fail(QStringLiteral("KeyError: '%1' is not a version row").arg(v));
        m_rows.removeOne(v);
        m_step->changes.append({VersionChange::Op::Delete, v, {}});
    }
    void update(const QString &from, const QString &to)
    {
        if (has(to)) {
            fail(QStringLiteral("AssertionError: %1 is already a version row").arg(to));
            if (has(from))
                remove(from);
            return;
        }
        if (!has(from)) {
            fail(QStringLiteral("KeyError: '%1' is not a version row").arg(from));
            insert(to);
            return;
        }
        m_rows[m_rows.indexOf(from)] = to;
        m_step->changes.append({VersionChange::Op::Update, from, to});
    }
    void fail(const QString &why)
    {
        if (m_step->alembicFailure.isEmpty())
            m_step->alembicFailure = why;
    }

private:
    QStringList m_rows;
    MigrationStep *m_step = nullptr;
};

QStringList minus(const QStringList &list, const QSet<QString> &remove)
{
    QStringList out;
    for (const QString &s : list)
        if (!remove.contains(s))
            out.append(s);
    return out;
}

/** `ids` less those that are ancestors of `others` (themselves included). */
QStringList
minusAncestors(const RevisionMap &map, const QStringList &ids, const QSet<QString> &others)
{
    QList<int> candidates, targets;
    for (const QString &id : ids)
        if (const int i = map.indexOf(id); i >= 0)
            candidates.append(i);
    for (const QString &id : others)
        if (const int i = map.indexOf(id); i >= 0)
            targets.append(i);
    QSet<QString> remove;
    for (int i : map.ancestorsAmong(targets, candidates, true))
        remove.insert(map.at(i).id);
    return minus(ids, remove);
}

/** RevisionStep._unmerge_to_revisions */
QStringList unmergeTo(const RevisionMap &map,
                      const QString &rev,
                      const QStringList &down,
                      const QSet<QString> &heads)
{
    QSet<QString> other = heads;
    other.remove(rev);
    if (other.isEmpty())
        return down;
    return minusAncestors(map, down, other);
}

/** HeadMaintainer.update_to_step for a RevisionStep. */
void applyRevision(const RevisionMap &map, MigrationStep &step, Rows &rows)
{
    const Revision &r = map.at(step.revision);
    const QString &rev = r.id;
    const QStringList down = idsOf(map, r.normalizedDown);
    const QSet<QString> heads = rows.set();
    const bool upgrade = step.kind == MigrationStep::Kind::Upgrade;
    qsizetype present = 0;
    for (const QString &d : down)
        present += heads.contains(d) ? 1 : 0;

    if (!upgrade && heads.contains(rev) &&
        (down.isEmpty() || unmergeTo(map, rev, down, heads).isEmpty())) {
        rows.remove(rev); // delete a branch
    } else if (upgrade && (down.isEmpty() || present == 0)) {
        rows.insert(rev); // a new branch
    } else if (upgrade && down.size() > 1 && present > 1) {
        // merge: delete all but one of the merged rows, update the last one
        QSet<QString> other = heads;
        for (const QString &d : down)
            other.remove(d);
        const QStringList from = other.isEmpty() ? down : minusAncestors(map, down, other);
        if (from.isEmpty()) {
            rows.fail(QStringLiteral("IndexError: nothing to merge from"));
            rows.insert(rev);
            return;
        }
        for (qsizetype i = 0; i + 1 < from.size(); ++i)
            rows.remove(from.at(i));
        rows.update(from.last(), rev);
    } else if (!upgrade && heads.contains(rev) && down.size() > 1) {
        // unmerge: insert all but one of the parents, update this row to the last one
        const QStringList to = unmergeTo(map, rev, down, heads);
        for (qsizetype i = 0; i + 1 < to.size(); ++i)
            rows.insert(to.at(i));
        rows.update(rev, to.last());
    } else {
        QString downRev;
        if (down.size() == 1) {
            downRev = down.first();
        } else {
            QStringList candidates;
            for (const QString &d : down)
                if (heads.contains(d))
                    candidates.append(d);
            if (candidates.size() != 1) {
                rows.fail(QStringLiteral(
                    "AssertionError: Can't do an UPDATE because downrevision is ambiguous"));
                if (upgrade) {
                    for (const QString &c : std::as_const(candidates))
                        rows.remove(c);
                    rows.insert(rev);
                } else if (heads.contains(rev)) {
                    rows.remove(rev);
                }
                return;
            }
            downRev = candidates.first();
        }
        if (upgrade)
            rows.update(downRev, rev);
        else
            rows.update(rev, downRev);
    }
}

/** HeadMaintainer.update_to_step for a StampStep. */
void applyStamp(MigrationStep &step, bool branchMove, Rows &rows)
{
    const QStringList &from = step.fromIds;
    const QStringList &to = step.toIds;
    const QSet<QString> heads = rows.set();
    const auto missing = [&heads](const QStringList &ids) {
        for (const QString &id : ids)
            if (!heads.contains(id))
                return true;
        return false;
    };
    if (!step.isUpgrade && branchMove) {
        if (from.size() != 1)
            return rows.fail(QStringLiteral("AssertionError: a branch delete needs one row"));
        rows.remove(from.first());
    } else if (step.isUpgrade && (branchMove || missing(from)) && missing(to)) {
        if (to.size() != 1)
            return rows.fail(QStringLiteral("AssertionError: a branch insert needs one row"));
        rows.insert(to.first());
    } else if (from.size() > 1) {
        for (qsizetype i = 0; i + 1 < from.size(); ++i)
            rows.remove(from.at(i));
        rows.update(from.last(), to.value(0));
    } else if (to.size() > 1) {
        for (qsizetype i = 0; i + 1 < to.size(); ++i)
            rows.insert(to.at(i));
        rows.update(from.value(0), to.last());
    } else if (from.size() == 1 && to.size() == 1) {
        rows.update(from.first(), to.first());
    } else {
        rows.fail(QStringLiteral("AssertionError: a stamp update needs one row on each side"));
    }
}

MigrationPlan revisionPlan(const RevisionMap &map,
                           const QList<int> &path,
                           const QStringList &currentHeads,
                           MigrationStep::Kind kind)
{
    MigrationPlan plan;
    plan.startHeads = currentHeads;
    Rows rows(currentHeads);
    for (int i : path) {
        MigrationStep step;
        step.kind = kind;
        step.revision = i;
        step.isUpgrade = kind == MigrationStep::Kind::Upgrade;
        const Revision &r = map.at(i);
        const QStringList versionedDown = idsOf(map, r.down);
        step.fromIds = step.isUpgrade ? versionedDown : QStringList{r.id};
        step.toIds = step.isUpgrade ? QStringList{r.id} : versionedDown;
        rows.begin(&step);
        applyRevision(map, step, rows);
        step.headsAfter = rows.rows();
        plan.steps.append(std::move(step));
    }
    return plan;
}

} // namespace

Result<MigrationPlan>
upgrade(const RevisionMap &map, const QString &destination, const QStringList &currentHeads)
{
    auto path = map.upgradePath(destination, currentHeads);
    if (!path)
        return path.error();
    return revisionPlan(map, *path, currentHeads, MigrationStep::Kind::Upgrade);
}

Result<MigrationPlan>
downgrade(const RevisionMap &map, const QString &destination, const QStringList &currentHeads)
{
    auto path = map.downgradePath(destination, currentHeads);
    if (!path)
        return path.error();
    return revisionPlan(map, *path, currentHeads, MigrationStep::Kind::Downgrade);
}

Result<MigrationPlan> stamp(const RevisionMap &map,
                            const QStringList &destinations,
                            const QStringList &currentHeads,
                            bool purge)
{
    MigrationPlan plan;
    plan.purge = purge;
    plan.startHeads = purge ? QStringList{} : currentHeads;
    const QStringList &heads = plan.startHeads;

    auto headNodes = map.revisionsFor(heads);
    if (!headNodes)
        return headNodes.error();
    QStringList headIds;
    for (RevNode n : std::as_const(*headNodes))
        if (n.isRevision())
            headIds.append(map.at(n.index).id);

    const QStringList targets =
        destinations.isEmpty() ? QStringList{QStringLiteral("base")} : destinations;
    QStringList filtered;
    for (const QString &target : targets) {
        if (target.isEmpty())
            continue;
        auto kept = map.filterForLineage(headIds, target, true);
        if (!kept)
            return kept.error();
        for (const QString &id : std::as_const(*kept))
            if (!filtered.contains(id))
                filtered.append(id);
    }
    QList<int> filteredIdx;
    for (const QString &id : std::as_const(filtered))
        filteredIdx.append(map.indexOf(id));

    auto destNodes = map.revisionsFor(targets);
    if (!destNodes)
        return destNodes.error();
    RevNodes dests = *destNodes;
    if (dests.isEmpty())
        dests.append(RevNode{});

    Rows rows(heads);
    const auto add = [&](MigrationStep step, bool branchMove) {
        step.kind = MigrationStep::Kind::Stamp;
        rows.begin(&step);
        applyStamp(step, branchMove, rows);
        step.headsAfter = rows.rows();
        plan.steps.append(std::move(step));
    };
    for (RevNode dest : std::as_const(dests)) {
        if (!dest.isRevision()) {
            for (const QString &head : std::as_const(filtered)) {
                MigrationStep step;
                step.fromIds = {head};
                step.isUpgrade = false;
                add(std::move(step), true);
            }
            continue;
        }
        if (filteredIdx.contains(dest.index))
            continue;
        const QList<int> below = map.descendants({dest.index}, true);
        const QList<int> above = map.ancestors({dest.index}, true);
        bool isBelowHeads = false;
        bool isAboveHeads = false;
        for (int f : std::as_const(filteredIdx)) {
            isBelowHeads = isBelowHeads || below.contains(f);
            isAboveHeads = isAboveHeads || above.contains(f);
        }
        MigrationStep step;
        step.toIds = {map.at(dest.index).id};
        if (isBelowHeads || isAboveHeads) {
            step.fromIds = filtered;
            step.isUpgrade = !isBelowHeads;
            if (isBelowHeads && isAboveHeads)
                step.alembicFailure =
                    QStringLiteral("AssertionError: the target is both above and below the "
                                   "current heads");
            add(std::move(step), false);
        } else {
            step.isUpgrade = true;
            add(std::move(step), true);
        }
    }
    return plan;
}

} // namespace planner
} // namespace retort
