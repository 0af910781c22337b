#include "dryrundiff.h"

#include "schema/reader.h"

#include <QScopeGuard>

namespace retort::dryrundiff {

namespace {

QString describe(const render::Change &c)
{
    using A = render::Change::Action;
    switch (c.action) {
    case A::Create:
        return Tr::tr("%1 %2 created").arg(c.objectKind, c.name);
    case A::Alter:
        return Tr::tr("%1 %2 altered").arg(c.objectKind, c.name);
    case A::Drop:
        return Tr::tr("%1 %2 dropped").arg(c.objectKind, c.name);
    case A::Rename:
        return Tr::tr("%1 %2 renamed").arg(c.objectKind, c.name);
    case A::Insert:
        return Tr::tr("rows inserted into %1").arg(c.name);
    case A::Execute:
        break;
    }
    return Tr::tr("SQL executed (%1)").arg(c.name);
}

} // namespace

schema::ReadOptions readOptions(const RunOptions &run)
{
    schema::ReadOptions out;
    out.versionTable = run.table.name;
    out.versionTableSchema = run.table.schema;
    out.excludeTables.append(run.history.name); // in the version table's schema
    return out;
}

QStringList predictedChanges(const StepSql &sql)
{
    QStringList out;
    for (const render::Change &c : sql.changes)
        out.append(describe(c));
    if (out.isEmpty())
        for (const StepStatement &s : sql.statements)
            out.append(s.sql.trimmed());
    return out;
}

Recorder::Recorder(Connection &connection, schema::ReadOptions options)
    : m_conn(connection)
    , m_options(std::move(options))
{}

std::function<Result<void>(int, bool)> Recorder::hook()
{
    return [this](int step, bool ran) -> Result<void> {
        if (step < 0) {
            m_snapshots.clear();
            m_ran.clear();
        }
        if (step >= 0 && !ran && !m_snapshots.isEmpty()) {
            // Nothing of the step ran: the schema is the one before it.
            m_snapshots.append(m_snapshots.last());
            m_ran.append(false);
            return {};
        }
        auto snap = schema::readSnapshot(m_conn.db(), m_options);
        if (!snap) {
            Error e = snap.error();
            e.message = Tr::tr("Could not read the schema %1: %2")
                            .arg(step < 0 ? Tr::tr("before the first step")
                                          : Tr::tr("after step %1").arg(step + 1),
                                 e.message);
            return e;
        }
        m_snapshots.append(*snap);
        if (step >= 0)
            m_ran.append(true);
        return {};
    };
}

Outcome Recorder::outcome(const RevisionMap &map,
                          const MigrationPlan &plan,
                          const QList<StepSql> &sql,
                          const QStringList &heads) const
{
    Outcome out;
    out.heads = heads;
    for (qsizetype i = 0; i < plan.steps.size() && i + 1 < m_snapshots.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        StepSchema s;
        s.step = int(i);
        s.title = step.shortLog();
        if (step.revision >= 0)
            s.message = map.at(step.revision).doc();
        s.notRun = !m_ran.value(i, true);
        s.before = m_snapshots.at(i);
        s.after = m_snapshots.at(i + 1);
        if (s.notRun && i < sql.size())
            s.predicted = predictedChanges(sql.at(i));
        else
            s.summary = schema::summarize(s.before, s.after);
        out.steps.append(s);
    }
    if (!m_snapshots.isEmpty())
        out.whole = schema::summarize(m_snapshots.first(), m_snapshots.last());
    return out;
}

Result<Outcome> run(Connection &connection,
                    RunOptions options,
                    const RevisionMap &map,
                    const MigrationPlan &plan,
                    const QList<StepSql> &sql,
                    const std::function<void(const RunEvent &)> &onEvent)
{
    Recorder recorder(connection, readOptions(options));
    options.dryRun = true;
    options.afterStep = recorder.hook();
    Migrator migrator(connection, options);
    if (auto r = migrator.lock(onEvent); !r)
        return r.error();
    auto report = migrator.run(map, plan, sql, onEvent);
    if (!report)
        return report.error();
    return recorder.outcome(map, plan, sql, report->heads);
}

QString text(const Outcome &outcome)
{
    QString out;
    const qsizetype n = outcome.steps.size();
    QStringList notRun;
    for (const StepSchema &s : outcome.steps) {
        QString head = Tr::tr("Step %1 of %2: %3").arg(s.step + 1).arg(n).arg(s.title);
        if (!s.message.isEmpty())
            head += QStringLiteral(", ") + s.message;
        if (s.notRun) {
            head += QLatin1Char(' ') + Tr::tr("(predicted, not run)");
            notRun.append(QString::number(s.step + 1));
        }
        out += head + QLatin1Char('\n');
        if (s.notRun) {
            for (const QString &p : s.predicted)
                out += QStringLiteral("  ") + p + QLatin1Char('\n');
            out += QStringLiteral("  ") +
                   Tr::tr("It cannot run inside the dry run's transaction, so it was left out.") +
                   QLatin1Char('\n');
        } else {
            out += schema::summaryText(s.summary, QStringLiteral("  "));
        }
    }
    out += Tr::tr("Whole plan:") + QLatin1Char('\n');
    out += schema::summaryText(outcome.whole, QStringLiteral("  "), false);
    if (!notRun.isEmpty())
        out += QStringLiteral("  ") +
               Tr::tr("Not included: step(s) %1 (predicted, not run).")
                   .arg(notRun.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    if (!outcome.whole.notCompared.isEmpty())
        out +=
            Tr::tr("Not compared: %1").arg(outcome.whole.notCompared.join(QStringLiteral(", "))) +
            QLatin1Char('\n');
    return out;
}

} // namespace retort::dryrundiff
