#include "planpreview.h"

#include "runtime/offline.h"

#include <QCoreApplication>

namespace retort {

namespace {

struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

} // namespace

PlanPreview buildPlanPreview(const RevisionMap &map,
                             const MigrationPlan &plan,
                             Dialect dialect,
                             const VersionTable &table,
                             bool transactionPerMigration)
{
    PlanPreview out;
    out.plan = plan;
    for (const MigrationStep &step : plan.steps) {
        PlanStepPreview p;
        p.title = step.shortLog();
        StepSql sql;
        if (step.kind != MigrationStep::Kind::Stamp && step.revision >= 0) {
            const Revision &revision = map.at(step.revision);
            p.message = revision.doc();
            p.file = revision.path;
            auto statements =
                stepsql::forRevision(revision, step.kind == MigrationStep::Kind::Upgrade);
            if (statements) {
                sql = *statements;
            } else {
                p.error = statements.error().message;
                p.errorFile =
                    statements.error().file.isEmpty() ? revision.path : statements.error().file;
                p.errorLine = statements.error().line;
                ++out.refusedCount;
            }
        }
        QStringList offline;
        for (const StepStatement &s : std::as_const(sql.statements)) {
            p.statements.append(s.sql);
            offline.append(stepsql::offlineText(s.sql));
        }
        for (const VersionChange &c : step.changes) {
            switch (c.op) {
            case VersionChange::Op::Insert:
                offline.append(table.insertSql(dialect, c.to, true) + QLatin1Char(';'));
                p.versionChanges.append(UiTr::tr("insert row %1").arg(c.to));
                break;
            case VersionChange::Op::Update:
                offline.append(table.updateSql(dialect, c.from, c.to) + QLatin1Char(';'));
                p.versionChanges.append(UiTr::tr("update row %1 to %2").arg(c.from, c.to));
                break;
            case VersionChange::Op::Delete:
                offline.append(table.deleteSql(dialect, c.from) + QLatin1Char(';'));
                p.versionChanges.append(UiTr::tr("delete row %1").arg(c.from));
                break;
            }
        }
        p.sql = offline.join(QStringLiteral("\n\n"));
        p.summary = summarizeSql(p.statements);
        out.warningCount += int(p.summary.warnings.size());
        out.sql.append(sql);
        out.steps.append(p);
    }
    if (!out.refused())
        out.script = offlineScript(plan, out.sql, dialect, table, transactionPerMigration);
    return out;
}

} // namespace retort
