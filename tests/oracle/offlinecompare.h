#pragma once

#include "outputcompare.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace retort::oracle {

class ProjectGraph;

/** An offline (`--sql`) script read back: its steps and what it does to the version table. */
struct OfflineScript
{
    struct Step
    {
        QString header;   ///< "upgrade a -> b" (after "-- Running ")
        QStringList body; ///< the step's own statements, in order
        QString revision; ///< the revision it runs (upgrade: to, downgrade: from), if any
        bool upgrade = true;
    };
    QList<Step> steps;
    QSet<QString> finalRows;
    bool tableAtEnd = false;
    int begins = 0;
    int commits = 0;
    QString problem; ///< a version-table statement that cannot apply (an UPDATE of an absent
                     ///< row, an INSERT of a present one, ...), or a malformed script
};

/** Reads a script, simulating its version-table statements from `startRows`. */
OfflineScript readOfflineScript(const QString &text,
                                const QSet<QString> &startRows,
                                const QString &versionTable = QStringLiteral("alembic_version"));

/**
 * Empty when the script's final version rows are what its steps mean: starting from
 * everything `startRows` imply (themselves and their ancestors through down_revision and
 * depends_on), with each upgrade's revision added, the rows are
 * the applied revisions that no other applied revision descends from. Only for upgrades: a
 * script with a stamp or a downgrade step passes.
 */
QString checkRowSemantics(const OfflineScript &script,
                          const QSet<QString> &startRows,
                          const ProjectGraph &graph);

/** True when Alembic ended with a Python exception (exit 1 from alembic_driver.py). */
inline bool alembicCrashedOn(const RunResult &r)
{
    return r.problem.isEmpty() && r.exitCode == 1;
}

/**
 * Empty when `actual` is an offline script Alembic could have printed, given `expected`
 * (Alembic's own): the same exit status; on success the same multiset of steps (header and
 * statements byte for byte), the same BEGIN/COMMIT counts, version-table statements that
 * all apply and end in the same rows, and an order in which every upgrade comes after the
 * upgrades of its ancestors and every downgrade before those of its ancestors (checked for
 * both scripts when `checkExpected`).
 */
QString compareOfflineScripts(const RunResult &expected,
                              const RunResult &actual,
                              const QSet<QString> &startRows,
                              const ProjectGraph &graph,
                              bool checkExpected = true);

/** The steps of an offline script, in order: its `-- Running ...` lines. */
QStringList stepHeaders(const QByteArray &out);

/**
 * Empty when the steps of `actual` (a script that succeeded) come in one of `orders`: the
 * step orders Alembic itself printed for the same command, one per hash seed (with the
 * directory listed in Retort's order), as `stepHeaders()`. Otherwise a report against the
 * closest of them. This is what restricts the order of an offline script to Alembic's:
 * where all seeds agree there is one order to match.
 */
QString checkStepOrder(const RunResult &actual, const QList<QStringList> &orders);

} // namespace retort::oracle
