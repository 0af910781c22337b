#include "offline.h"

namespace retort {

QString offlineScript(const MigrationPlan &plan,
                      const QList<StepSql> &sql,
                      Dialect dialect,
                      const VersionTable &table,
                      bool transactionPerMigration)
{
    QString out;
    const auto put = [&out](const QString &text) {
        out += text;
        out += QStringLiteral("\n\n");
    };
    const bool transactional = dialect::transactionalDdl(dialect);
    const bool outer = transactional && !transactionPerMigration;
    const bool perStep = transactional && transactionPerMigration;
    if (outer)
        put(QStringLiteral("BEGIN;"));
    bool noRows = plan.startHeads.isEmpty();
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        if (perStep)
            put(QStringLiteral("BEGIN;"));
        if (noRows)
            put(table.createSql(dialect) + QLatin1Char(';'));
        put(QStringLiteral("-- Running ") + step.shortLog());
        if (i < sql.size() && !sql.at(i).renderable())
            out += sql.at(i).bridgePreview; // Alembic's own offline text of the step
        else if (i < sql.size())
            for (const StepStatement &s : sql.at(i).statements)
                put(stepsql::offlineText(s.sql));
        for (const VersionChange &c : step.changes) {
            switch (c.op) {
            case VersionChange::Op::Insert:
                put(table.insertSql(dialect, c.to, true) + QLatin1Char(';'));
                break;
            case VersionChange::Op::Update:
                put(table.updateSql(dialect, c.from, c.to) + QLatin1Char(';'));
                break;
            case VersionChange::Op::Delete:
                put(table.deleteSql(dialect, c.from) + QLatin1Char(';'));
                break;
            }
        }
        noRows = step.headsAfter.isEmpty();
        if (perStep)
            put(QStringLiteral("COMMIT;"));
    }
    if (noRows)
        put(table.dropSql(dialect) + QLatin1Char(';'));
    if (outer)
        put(QStringLiteral("COMMIT;"));
    return out;
}

} // namespace retort
