#pragma once

#include "graph/revisionmap.h"

#include <QString>
#include <QStringList>

namespace retort {

/** One change to the version table's rows (Alembic's HeadMaintainer statements). */
struct VersionChange
{
    enum class Op { Insert, Update, Delete };
    Op op = Op::Insert;
    QString from; ///< Update and Delete: the row changed or removed
    QString to;   ///< Insert and Update: the row written

    friend bool operator==(const VersionChange &, const VersionChange &) = default;
};

/** One step of a run: a revision's upgrade() or downgrade(), or a stamp. */
struct MigrationStep
{
    enum class Kind { Upgrade, Downgrade, Stamp };
    Kind kind = Kind::Upgrade;
    int revision = -1;   ///< Upgrade/Downgrade: index in the RevisionMap
    QStringList fromIds; ///< versioned revisions the step leaves (Alembic's from_revisions_no_deps)
    QStringList toIds;   ///< versioned revisions the step reaches
    bool isUpgrade = true;        ///< stamps move up or down too
    QList<VersionChange> changes; ///< the version-table statements, in order
    QStringList headsAfter;       ///< the version rows once the step is done
    /// Alembic 1.8's head maintenance fails on this step (an assertion or a KeyError on a
    /// row that is not there); Retort applies the changes that keep the rows meaningful.
    QString alembicFailure;

    /** "upgrade", "downgrade" or "stamp_revision", as Alembic names the step's function. */
    QString name() const;
    /** Alembic's short_log: "upgrade a, b -> c". */
    QString shortLog() const;
};

/** Everything a run will do, computed before anything runs. */
struct MigrationPlan
{
    QStringList startHeads; ///< version rows before the run (after a purge: none)
    bool purge = false;     ///< stamp --purge: the rows are deleted first
    QList<MigrationStep> steps;
    QStringList endHeads() const { return steps.isEmpty() ? startHeads : steps.last().headsAfter; }
};

/**
 * The planner: Alembic's _upgrade_revs/_downgrade_revs/_stamp_revs turned into steps, and its
 * head maintenance (HeadMaintainer.update_to_step) simulated from the current rows, so that
 * every step carries the exact version-row statements it will run. Pure: no database.
 * Errors are the graph's, not yet reworded for a command (see runcommands).
 */
namespace planner {

Result<MigrationPlan>
upgrade(const RevisionMap &map, const QString &destination, const QStringList &currentHeads);
Result<MigrationPlan>
downgrade(const RevisionMap &map, const QString &destination, const QStringList &currentHeads);
/** `stamp <revisions...> [--purge]`. */
Result<MigrationPlan> stamp(const RevisionMap &map,
                            const QStringList &destinations,
                            const QStringList &currentHeads,
                            bool purge);

} // namespace planner
} // namespace retort
