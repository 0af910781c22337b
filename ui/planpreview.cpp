#include "planpreview.h"

#include "runtime/offline.h"

#include <QCoreApplication>
#include <QSet>

namespace retort {

namespace {

struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

/** A change of the engine's operation model, for the plan dialog. */
SqlChange describe(const render::Change &c)
{
    using A = render::Change::Action;
    SqlChange out;
    switch (c.action) {
    case A::Create:
        out.action = SqlChange::Action::Create;
        out.text = UiTr::tr("%1 %2 created").arg(c.objectKind, c.name);
        break;
    case A::Alter:
        out.action = SqlChange::Action::Alter;
        out.text = UiTr::tr("%1 %2 altered").arg(c.objectKind, c.name);
        break;
    case A::Drop:
        out.action = SqlChange::Action::Drop;
        out.text = UiTr::tr("%1 %2 dropped").arg(c.objectKind, c.name);
        break;
    case A::Rename:
        out.action = SqlChange::Action::Rename;
        out.text = UiTr::tr("%1 %2 renamed").arg(c.objectKind, c.name);
        break;
    case A::Insert:
        out.action = SqlChange::Action::Insert;
        out.text = UiTr::tr("rows inserted into %1").arg(c.name);
        break;
    case A::Execute:
        out.action = SqlChange::Action::Other;
        out.text = UiTr::tr("SQL executed (%1)").arg(c.name);
        break;
    }
    return out;
}

} // namespace

PlanPreview buildPlanPreview(const RevisionMap &map,
                             const MigrationPlan &plan,
                             const PlanPreviewOptions &options)
{
    const Dialect dialect = options.dialect;
    const VersionTable &table = options.table;
    PlanPreview out;
    out.plan = plan;
    bool looked = false; // the bridge is looked for once, when needed
    QString bridgeError; // a chosen Python that cannot run Alembic
    for (const MigrationStep &step : plan.steps) {
        PlanStepPreview p;
        p.title = step.shortLog();
        StepSql sql;
        if (step.kind != MigrationStep::Kind::Stamp && step.revision >= 0) {
            const Revision &revision = map.at(step.revision);
            p.message = revision.doc();
            p.file = revision.path;
            const bool upgrade = step.kind == MigrationStep::Kind::Upgrade;
            auto statements = stepsql::forRevision(revision, upgrade, {dialect, false});
            if (statements && !statements->renderable()) {
                sql = *statements;
                if (!looked && !options.dryRun && options.findBridge) {
                    looked = true;
                    if (auto found = options.findBridge())
                        out.bridge = *found;
                    else
                        bridgeError = found.error().message;
                }
                if (options.dryRun) {
                    p.error = UiTr::tr("Retort cannot render this step, and a dry run cannot "
                                       "include steps that only the Python bridge can run (it "
                                       "commits them): %1")
                                  .arg(sql.notRenderable->reason);
                } else if (out.bridge) {
                    p.bridged = sql.notRenderable->toString();
                    ++out.bridgedCount;
                    if (auto text = out.bridge->preview(revision, upgrade, dialect, table))
                        sql.bridgePreview = *text;
                } else if (!bridgeError.isEmpty()) {
                    p.error = UiTr::tr("Retort cannot render this step, and the Python bridge "
                                       "cannot run it: %1\n%2")
                                  .arg(sql.notRenderable->reason, bridgeError);
                } else {
                    p.error = UiTr::tr("Retort cannot render this step, and no Python with "
                                       "Alembic was found to run it: %1")
                                  .arg(sql.notRenderable->reason);
                }
                if (p.refused()) {
                    p.errorFile = sql.notRenderable->file;
                    p.errorLine = sql.notRenderable->loc.line;
                    ++out.refusedCount;
                }
            } else if (statements) {
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
        if (!p.bridged.isEmpty())
            p.sql = (sql.bridgePreview.isEmpty()
                         ? UiTr::tr("-- Runs with Alembic through the Python bridge; Alembic's "
                                    "offline mode cannot print it either.\n")
                         : UiTr::tr("-- Runs with Alembic through the Python bridge; Alembic's "
                                    "offline text:\n") +
                               sql.bridgePreview) +
                    p.sql;
        p.summary = summarizeSql(p.statements);
        if (!sql.changes.isEmpty()) {
            // The operation model names what each op changes; op.execute()'s SQL is read by
            // its keywords (the statements that the call at that line produced).
            p.summary.changes.clear();
            QSet<int> executeLines;
            for (const render::Change &c : std::as_const(sql.changes)) {
                if (c.action != render::Change::Action::Execute) {
                    p.summary.changes.append(describe(c));
                } else if (!executeLines.contains(c.loc.line)) {
                    executeLines.insert(c.loc.line);
                    QStringList executed;
                    for (const StepStatement &st : std::as_const(sql.statements))
                        if (st.line == c.loc.line)
                            executed.append(st.sql);
                    p.summary.changes.append(summarizeSql(executed).changes);
                }
            }
        }
        out.warningCount += int(p.summary.warnings.size());
        out.sql.append(sql);
        out.steps.append(p);
    }
    if (!out.refused())
        out.script = offlineScript(plan, out.sql, dialect, table, options.transactionPerMigration);
    return out;
}

} // namespace retort
