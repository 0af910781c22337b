#include "runworker.h"

#include "commands/project.h"
#include "commands/schemacommands.h"

namespace retort {

DriftResult checkDriftFor(const QString &iniPath, const runcommands::Settings &settings)
{
    DriftResult out;
    auto project = Project::open(iniPath);
    if (!project) {
        out.error = project.error().toString();
        return out;
    }
    schemacommands::SourceOptions options;
    options.run.url = settings.url;
    options.run.versionTable = settings.run.table.name;
    if (!settings.run.table.schema.isEmpty())
        options.run.versionTableSchema = settings.run.table.schema;
    options.allowPrivateServer = false;
    auto drift = schemacommands::drift(*project, schemacommands::Format::Text, options);
    if (!drift) {
        out.error = redactUrl(drift.error().toString());
        return out;
    }
    out.known = true;
    out.changes = drift->changes;
    out.text = drift->text;
    return out;
}

RowsResult readRowsFor(const runcommands::Settings &settings)
{
    RowsResult out;
    auto rows = runcommands::readRows(settings, &out.displayUrl);
    if (out.displayUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(settings.url);
        out.displayUrl = parsed ? parsed->toString(true) : redactUrl(settings.url);
    }
    if (rows) {
        out.ok = true;
        out.rows = *rows;
        return out;
    }
    out.error = rows.error().toString();
    out.needsPassword = out.error.contains(QStringLiteral("password authentication failed")) ||
                        out.error.contains(QStringLiteral("no password supplied")) ||
                        out.error.contains(QStringLiteral("password is required"));
    return out;
}

RunWorker::RunWorker(Job job)
    : m_job(std::move(job))
{}

void RunWorker::cancel()
{
    m_cancelRequested = true;
    QMutexLocker locker(&m_mutex);
    if (m_migrator)
        m_migrator->cancel();
}

void RunWorker::onEvent(const RunEvent &e)
{
    switch (e.type) {
    case RunEvent::Type::StepStarted:
        // A cancel that came before the run began (Migrator::run resets its flag) is handed
        // on here, before the step's first statement.
        if (m_cancelRequested) {
            QMutexLocker locker(&m_mutex);
            if (m_migrator)
                m_migrator->cancel();
        }
        emit stepStarted(e.step);
        emit logLine(tr("Running %1").arg(e.text));
        break;
    case RunEvent::Type::StatementStarted:
        emit statementStarted(e.step, e.statement, e.text);
        break;
    case RunEvent::Type::StatementFinished:
        emit logLine(tr("  statement %1 done (%2 ms)").arg(e.statement + 1).arg(e.elapsedMs));
        break;
    case RunEvent::Type::StepFinished:
        emit stepFinished(e.step, e.elapsedMs);
        break;
    case RunEvent::Type::Committed:
        emit logLine(e.step >= 0 ? tr("Committed step %1.").arg(e.step + 1) : tr("Committed."));
        break;
    case RunEvent::Type::RolledBack:
        // A failure's message follows with finished(); a dry run's is the text itself.
        emit logLine(m_job.settings.run.dryRun && !e.text.contains(QLatin1Char('\n'))
                         ? e.text
                         : tr("Rolled back."));
        break;
    case RunEvent::Type::Waiting:
    case RunEvent::Type::Output:
        emit logLine(e.text);
        break;
    }
}

void RunWorker::run()
{
    // With a transaction per step, the steps before the failed one stay committed.
    const bool allRolledBack =
        !m_job.settings.run.transactionPerMigration || m_job.settings.run.dryRun;
    const auto fail = [this, allRolledBack](const QString &message) {
        emit logLine(message);
        emit finished(false, message, {}, allRolledBack);
    };
    auto connection = runcommands::connect(m_job.settings);
    if (!connection)
        return fail(connection.error().toString());
    Connection &conn = **connection;
    emit logLine(tr("Connected to %1.").arg(conn.displayUrl()));
    Migrator migrator(conn, m_job.settings.run);
    {
        QMutexLocker locker(&m_mutex);
        m_migrator = &migrator;
    }
    const auto detach = [this] {
        QMutexLocker locker(&m_mutex);
        m_migrator = nullptr;
    };
    if (m_cancelRequested) {
        detach();
        return fail(tr("Cancelled before anything ran."));
    }
    const auto events = [this](const RunEvent &e) { onEvent(e); };
    if (auto locked = migrator.lock(events); !locked) {
        detach();
        return fail(locked.error().toString());
    }
    emit logLine(m_job.settings.run.dryRun
                     ? tr("Dry run: every step runs in one transaction that is rolled back.")
                 : m_job.settings.run.transactionPerMigration
                     ? tr("One transaction per step.")
                     : tr("One transaction for the whole run."));
    auto report = migrator.run(m_job.map, m_job.plan, m_job.sql, events);
    detach();
    if (!report)
        return fail(report.error().toString());
    const QString message = report->rolledBack
                                ? tr("Dry run finished in %1 step(s); everything was rolled back.")
                                      .arg(report->stepMs.size())
                                : tr("Done: %1 step(s) committed.").arg(report->stepMs.size());
    emit logLine(message);
    emit finished(true, message, report->heads, report->rolledBack);
}

} // namespace retort
