#include "migrator.h"
#include "schema/batchrecreate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>

namespace retort {

namespace {

constexpr int kLockClass = 0x52545254; // "RTRT": the advisory lock's first key

/** The advisory lock's second key: FNV-1a of the qualified version table, kept positive
 *  so that it reads back the same from pg_locks.objid. */
int lockKey(const QString &qualifiedTable)
{
    quint32 h = 2166136261u;
    for (char c : qualifiedTable.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return int(h & 0x7fffffffu);
}

QString statementPreview(const QString &sql)
{
    const QString trimmed = sql.trimmed();
    return trimmed.size() > 2000 ? trimmed.left(2000) + QStringLiteral(" ...") : trimmed;
}

} // namespace

Migrator::Migrator(Connection &connection, RunOptions options)
    : m_conn(connection)
    , m_options(std::move(options))
{}

Migrator::~Migrator()
{
    releaseCancel();
    unlock();
}

Result<bool> Migrator::hasVersionTable()
{
    const VersionTable &t = m_options.table;
    if (m_conn.dialect() == Dialect::SQLite) {
        const QString master = t.schema.isEmpty()
                                   ? QStringLiteral("sqlite_master")
                                   : dialect::quoteIdentifier(Dialect::SQLite, t.schema) +
                                         QStringLiteral(".sqlite_master");
        auto rows = m_conn.column(
            QStringLiteral("SELECT name FROM %1 WHERE type = 'table' AND name = ?").arg(master),
            {t.name});
        if (!rows)
            return rows.error();
        return !rows->isEmpty();
    }
    auto rows =
        t.schema.isEmpty()
            ? m_conn.column(
                  QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN "
                                 "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                                 "pg_catalog.pg_table_is_visible(c.oid) AND n.nspname <> "
                                 "'pg_catalog' AND c.relkind IN ('r', 'p') AND c.relname = ?"),
                  {t.name})
            : m_conn.column(
                  QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN "
                                 "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                                 "n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname = ?"),
                  {t.schema, t.name});
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Result<QStringList> Migrator::currentHeads()
{
    auto exists = hasVersionTable();
    if (!exists)
        return exists.error();
    if (!*exists)
        return QStringList{};
    auto rows = m_conn.column(m_options.table.selectSql(m_conn.dialect()));
    if (!rows)
        return rows.error();
    return rows;
}

Result<void> Migrator::ensureVersionTable()
{
    auto exists = hasVersionTable();
    if (!exists)
        return exists.error();
    if (*exists)
        return {};
    auto created = m_conn.exec(m_options.table.createSql(m_conn.dialect()));
    if (!created) {
        Error e = created.error();
        e.message = Tr::tr("Can't create the version table %1 in %2 (%3): %4")
                        .arg(m_options.table.qualified(m_conn.dialect()), m_conn.displayUrl(),
                             m_conn.serverDescription(), e.message);
        return e;
    }
    return {};
}

Result<void> Migrator::lock(const std::function<void(const RunEvent &)> &onEvent)
{
    if (m_locked || m_conn.dialect() != Dialect::PostgreSQL)
        return {};
    const QString qualified = m_options.table.qualified(Dialect::PostgreSQL);
    const int key = lockKey(qualified);
    QElapsedTimer waited;
    waited.start();
    QString holder;
    int released = 0; // lock attempts that failed while the holder query found no holder
    for (;;) {
        auto got = m_conn.column(
            QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)").arg(kLockClass).arg(key));
        if (!got)
            return got.error();
        if (got->value(0) == QStringLiteral("true") || got->value(0) == QStringLiteral("t") ||
            got->value(0) == QStringLiteral("1")) {
            m_locked = true;
            return {};
        }
        if (holder.isEmpty()) {
            // Advisory locks are per database: another database of the same server may hold
            // the same key and is no holder of ours.
            QSqlQuery q(m_conn.db());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                "SELECT a.pid, coalesce(a.application_name, ''), coalesce(a.usename, ''), "
                "coalesce(host(a.client_addr), 'local'), "
                "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), coalesce(a.state, '') "
                "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = "
                "l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND "
                "l.objid = ? AND l.objsubid = 2 AND l.database = (SELECT oid FROM "
                "pg_catalog.pg_database WHERE datname = pg_catalog.current_database())"));
            q.addBindValue(kLockClass);
            q.addBindValue(key);
            if (q.exec() && q.next())
                holder =
                    Tr::tr("pid %1, application '%2', user %3 from %4, connected since %5 "
                           "(%6)")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            else if (++released < 3)
                continue; // released between the two queries: try again before waiting
            else
                holder = Tr::tr("a session that has just ended");
            if (onEvent)
                onEvent({RunEvent::Type::Waiting, -1, -1,
                         Tr::tr("Waiting for the migration lock on %1, held by %2")
                             .arg(qualified, holder),
                         waited.elapsed()});
        }
        if (waited.elapsed() >= m_options.runLockTimeoutMs)
            return makeError(ErrorKind::Database,
                             Tr::tr("Another migration run holds the lock on %1 in this "
                                    "database: %2. Waited %3 s (--lock-timeout); nothing was "
                                    "changed.")
                                 .arg(qualified, holder)
                                 .arg(double(waited.elapsed()) / 1000.0, 0, 'f', 1));
        QThread::msleep(100);
    }
}

void Migrator::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    const int key = lockKey(m_options.table.qualified(Dialect::PostgreSQL));
    (void)m_conn.exec(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(kLockClass).arg(key));
}

void Migrator::prepareCancel()
{
    if (m_conn.dialect() != Dialect::PostgreSQL)
        return;
    // QPSQL registers the handle under libpq's struct name, "pg_conn*" (PGconn is a typedef).
    const QVariant handle = m_conn.db().driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return;
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    QMutexLocker locker(&m_cancelMutex);
    if (pg && !m_cancelHandle)
        m_cancelHandle = PQgetCancel(pg);
}

void Migrator::releaseCancel()
{
    QMutexLocker locker(&m_cancelMutex);
    if (m_cancelHandle)
        PQfreeCancel(static_cast<PGcancel *>(m_cancelHandle));
    m_cancelHandle = nullptr;
}

void Migrator::cancel()
{
    m_cancelled = true;
    QMutexLocker locker(&m_cancelMutex);
    if (m_cancelHandle) {
        char message[256] = {};
        PQcancel(static_cast<PGcancel *>(m_cancelHandle), message, int(sizeof message));
    }
}

Result<void> Migrator::begin()
{
    if (!m_conn.db().transaction())
        return databaseError(m_conn.db().lastError(), Tr::tr("Can't begin a transaction"));
    return {};
}

Result<void> Migrator::commit()
{
    if (!m_conn.db().commit())
        return databaseError(m_conn.db().lastError(), Tr::tr("Can't commit"));
    return {};
}

void Migrator::rollback()
{
    m_conn.db().rollback();
}

Result<void> Migrator::applyChange(const VersionChange &change)
{
    const Dialect d = m_conn.dialect();
    const VersionTable &t = m_options.table;
    QSqlQuery q(m_conn.db());
    QString sql;
    switch (change.op) {
    case VersionChange::Op::Insert:
        sql = t.insertSql(d, change.to, false);
        break;
    case VersionChange::Op::Update:
        sql = t.updateSql(d, change.from, change.to);
        break;
    case VersionChange::Op::Delete:
        sql = t.deleteSql(d, change.from);
        break;
    }
    if (!q.exec(sql))
        return databaseError(q.lastError(), sql);
    if (change.op == VersionChange::Op::Insert || q.numRowsAffected() == 1)
        return {};
    if (change.op == VersionChange::Op::Update)
        return makeError(ErrorKind::Database,
                         Tr::tr("Online migration expected to match one row when updating '%1' "
                                "to '%2' in '%3'; %4 found")
                             .arg(change.from, change.to, t.name)
                             .arg(q.numRowsAffected()));
    return makeError(ErrorKind::Database,
                     Tr::tr("Online migration expected to match one row when deleting '%1' in "
                            "'%2'; %3 found")
                         .arg(change.from, t.name)
                         .arg(q.numRowsAffected()));
}

Result<void> Migrator::runBridged(const RevisionMap &map,
                                  const MigrationStep &step,
                                  int index,
                                  const HistoryRow *row,
                                  const std::function<void(const RunEvent &)> &onEvent)
{
    const Dialect d = m_conn.dialect();
    const VersionTable &t = m_options.table;
    PythonBridge::Step request;
    request.revision = &map.at(step.revision);
    request.upgrade = step.kind == MigrationStep::Kind::Upgrade;
    if (d == Dialect::PostgreSQL) {
        if (m_options.statementTimeoutMs)
            request.session.append(
                QStringLiteral("SET statement_timeout = %1").arg(*m_options.statementTimeoutMs));
        if (m_options.lockTimeoutMs)
            request.session.append(
                QStringLiteral("SET lock_timeout = %1").arg(*m_options.lockTimeoutMs));
    }
    for (const VersionChange &change : step.changes) {
        switch (change.op) {
        case VersionChange::Op::Insert:
            request.versionSql.append({t.insertSql(d, change.to, true), false});
            break;
        case VersionChange::Op::Update:
            request.versionSql.append({t.updateSql(d, change.from, change.to), true});
            break;
        case VersionChange::Op::Delete:
            request.versionSql.append({t.deleteSql(d, change.from), true});
            break;
        }
    }
    // The audit row commits with the step, in the bridge's transaction.
    if (row)
        request.versionSql.append({history::insertSql(m_options.history, d, *row, true), false});
    const auto output = [&](const QString &line) {
        if (onEvent)
            onEvent({RunEvent::Type::Output, index, -1, line, 0});
    };
    if (onEvent)
        onEvent({RunEvent::Type::Output, index, -1,
                 Tr::tr("Running %1 with Alembic through the Python bridge (%2)")
                     .arg(step.shortLog(), m_options.bridge->python),
                 0});
    auto r = m_options.bridge->run(m_conn.url(), request, t, output, &m_cancelled);
    if (!r)
        return r.error();
    return {};
}

bool needsOwnTransaction(const StepSql &step, Dialect dialect)
{
    // After leading comments: the statements PostgreSQL refuses inside a transaction block
    // (an autocommit_block() renders as COMMIT ... BEGIN around its body).
    static const QRegularExpression pg(
        QStringLiteral("^(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*(?:COMMIT|END|VACUUM|"
                       "(?:CREATE|DROP)\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|REINDEX\\b.*"
                       "\\bCONCURRENTLY|(?:CREATE|DROP)\\s+DATABASE|ALTER\\s+SYSTEM|"
                       "(?:CREATE|DROP)\\s+TABLESPACE)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sqlite(
        QStringLiteral("^(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*(?:VACUUM)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression &re = dialect == Dialect::PostgreSQL ? pg : sqlite;
    for (const StepStatement &s : step.statements)
        if (re.match(s.sql).hasMatch())
            return true;
    return false;
}

Result<RunReport> Migrator::run(const RevisionMap &map,
                                const MigrationPlan &plan,
                                const QList<StepSql> &planSql,
                                const std::function<void(const RunEvent &)> &onEvent)
{
    // A dry run leaves out what cannot run inside its transaction.
    QList<StepSql> sql = planSql;
    QList<bool> skipped(sql.size(), false);
    if (m_options.dryRun)
        for (qsizetype i = 0; i < sql.size(); ++i)
            if (sql.at(i).renderable() && needsOwnTransaction(sql.at(i), m_conn.dialect())) {
                sql[i].statements.clear();
                skipped[i] = true;
            }
    const auto put = [&onEvent](RunEvent e) {
        if (onEvent)
            onEvent(e);
    };
    RunReport report;
    for (qsizetype i = 0; i < skipped.size(); ++i)
        if (skipped.at(i))
            report.notRun.append(int(i));
    m_cancelled = false;

    auto rows = currentHeads();
    if (!rows)
        return rows.error();
    if (!plan.purge && QSet<QString>(rows->cbegin(), rows->cend()) !=
                           QSet<QString>(plan.startHeads.cbegin(), plan.startHeads.cend()))
        return makeError(
            ErrorKind::Database,
            Tr::tr("The database changed since the plan was made: its version rows "
                   "are now (%1), the plan starts from (%2). Nothing was run.")
                .arg(rows->join(QStringLiteral(", ")), plan.startHeads.join(QStringLiteral(", "))));

    if (m_conn.dialect() == Dialect::PostgreSQL) {
        if (m_options.statementTimeoutMs)
            if (auto r = m_conn.exec(QStringLiteral("SET statement_timeout = %1")
                                         .arg(*m_options.statementTimeoutMs));
                !r)
                return r.error();
        if (m_options.lockTimeoutMs)
            if (auto r = m_conn.exec(
                    QStringLiteral("SET lock_timeout = %1").arg(*m_options.lockTimeoutMs));
                !r)
                return r.error();
    }

    if (!m_options.bridge || m_options.dryRun)
        if (std::optional<Error> refusal = stepsql::notRenderableError(plan, sql)) {
            if (m_options.dryRun)
                refusal->message = Tr::tr("A dry run cannot include steps that only the Python "
                                          "bridge can run (it commits them); nothing was run.\n") +
                                   refusal->message.section(QLatin1Char('\n'), 1);
            return *refusal;
        }

    const bool perStep = m_options.transactionPerMigration && !m_options.dryRun;
    // The audit table: made on first use, in the run's first transaction after the version
    // table (and again after a rollback, to record the failure).
    const bool audit = m_options.history.enabled && !m_options.dryRun && !plan.steps.isEmpty();
    std::optional<HistoryRow> pending; // the row of the step that runs
    QElapsedTimer stepTimer;
    bool open = false;
    const auto fail = [&](Error e) -> Result<RunReport> {
        if (open)
            rollback();
        open = false;
        releaseCancel();
        if (audit && pending) {
            // After the rollback, in a transaction of its own: failures stay on record.
            pending->outcome = QStringLiteral("failed");
            pending->message = e.message;
            pending->durationMs = stepTimer.elapsed();
            Result<void> r = history::ensure(m_conn, m_options.history);
            if (r)
                r = history::insert(m_conn, m_options.history, *pending);
            if (!r)
                e.message += QLatin1Char('\n') +
                             Tr::tr("The failure could not be recorded in the audit table: %1")
                                 .arg(r.error().message);
        }
        put({RunEvent::Type::RolledBack, -1, -1, e.message, 0});
        return e;
    };

    prepareCancel();
    QString lastCommitted;
    const auto prepareTable = [&]() -> Result<void> {
        if (plan.purge) {
            if (auto r = ensureVersionTable(); !r)
                return r;
            if (auto r = m_conn.exec(m_options.table.deleteAllSql(m_conn.dialect())); !r)
                return r;
        } else if (plan.startHeads.isEmpty()) {
            if (auto r = ensureVersionTable(); !r)
                return r;
        }
        if (audit)
            return history::ensure(m_conn, m_options.history);
        return {};
    };

    if (!perStep || plan.steps.isEmpty()) {
        if (auto r = begin(); !r)
            return fail(r.error());
        open = true;
        if (auto r = prepareTable(); !r)
            return fail(r.error());
    }

    if (m_options.afterStep)
        if (auto r = m_options.afterStep(-1, true); !r)
            return fail(r.error());
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        const StepSql &stepSql = sql.at(i);
        QElapsedTimer timer;
        timer.start();
        stepTimer.start();
        if (perStep) {
            if (auto r = begin(); !r)
                return fail(r.error());
            open = true;
            if (i == 0)
                if (auto r = prepareTable(); !r)
                    return fail(r.error());
        }
        // From here on a failure is the step's (the tables are there to record it).
        if (audit)
            pending = history::rowFor(map, step, &stepSql, m_options.history);
        if (!stepSql.renderable()) {
            // The bridge's connection must see what ran before: commit it first.
            if (!open) {
                if (auto r = begin(); !r)
                    return fail(r.error());
                open = true;
                if (i == 0)
                    if (auto r = prepareTable(); !r)
                        return fail(r.error());
            }
            if (auto r = commit(); !r)
                return fail(r.error());
            open = false;
            if (i > 0)
                lastCommitted = plan.steps.at(i - 1).shortLog();
            put({RunEvent::Type::StepStarted, int(i), -1, step.shortLog(), 0});
            if (auto r = runBridged(map, step, int(i), audit ? &*pending : nullptr, onEvent); !r) {
                Error e = r.error();
                e.message += QLatin1Char('\n') +
                             (lastCommitted.isEmpty()
                                  ? Tr::tr("Nothing was changed: the database is as it was "
                                           "before the run.")
                                  : Tr::tr("The database is at the state after %1 (committed "
                                           "before the Python bridge ran).")
                                        .arg(lastCommitted));
                return fail(e);
            }
            lastCommitted = step.shortLog();
            pending.reset();
            put({RunEvent::Type::Committed, int(i), -1, {}, timer.elapsed()});
            report.stepMs.append(timer.elapsed());
            put({RunEvent::Type::StepFinished, int(i), -1, step.shortLog(), timer.elapsed()});
            if (!perStep && i + 1 < plan.steps.size()) {
                if (auto r = begin(); !r)
                    return fail(r.error());
                open = true;
            }
            continue;
        }
        put({RunEvent::Type::StepStarted, int(i), -1, step.shortLog(), 0});
        for (qsizetype s = 0; s < stepSql.statements.size(); ++s) {
            const StepStatement &statement = stepSql.statements.at(s);
            if (m_cancelled)
                return fail(makeError(ErrorKind::Database, Tr::tr("Cancelled; rolled back.")));
            put({RunEvent::Type::StatementStarted, int(i), int(s), statement.sql, timer.elapsed()});
            // A cancel() made during the event reached an idle session, which PostgreSQL
            // ignores: look again right before the statement goes out.
            if (m_cancelled)
                return fail(makeError(ErrorKind::Database, Tr::tr("Cancelled; rolled back.")));
            // SQLite batch mode: the statements come from the table as it is now.
            QStringList parts{statement.sql};
            if (statement.liveBatch) {
                auto made =
                    schema::batchRecreateSql(m_conn.db(), *statement.liveBatch, stepSql.file);
                if (!made) {
                    Error e = made.error();
                    e.message = Tr::tr("%1 failed at statement %2 of %3: %4\nThe transaction "
                                       "was rolled back.")
                                    .arg(step.shortLog())
                                    .arg(statement.number)
                                    .arg(stepSql.statements.size())
                                    .arg(e.message);
                    return fail(e);
                }
                parts = *made;
            }
            for (const QString &part : std::as_const(parts)) {
                QSqlQuery q(m_conn.db());
                q.setForwardOnly(true);
                if (!q.exec(part)) {
                    const QSqlError err = q.lastError();
                    const bool cancelled = m_cancelled || err.nativeErrorCode() == u"57014";
                    QString where =
                        open && !lastCommitted.isEmpty()
                            ? Tr::tr("rolled back to the state after %1").arg(lastCommitted)
                            : Tr::tr("rolled back: the database is as it was before "
                                     "the run");
                    // The server's first line, then its LINE/DETAIL/HINT lines as psql shows them.
                    QString message = cancelled && err.nativeErrorCode() != u"57014"
                                          ? Tr::tr("cancelled")
                                          : serverMessage(err);
                    QString context;
                    if (const qsizetype nl = message.indexOf(QLatin1Char('\n')); nl >= 0) {
                        context = message.mid(nl);
                        message.truncate(nl);
                    }
                    Error e = makeError(
                        ErrorKind::Database,
                        Tr::tr("%1 failed at statement %2 of %3: %4 (SQLSTATE %5)%6\n%7\nThe "
                               "transaction was %8.")
                            .arg(step.shortLog())
                            .arg(statement.number)
                            .arg(stepSql.statements.size())
                            .arg(message,
                                 err.nativeErrorCode().isEmpty() ? QStringLiteral("none")
                                                                 : err.nativeErrorCode(),
                                 context, statementPreview(part), where),
                        stepSql.file, statement.line);
                    e.argument = err.nativeErrorCode();
                    return fail(e);
                }
            }
            put({RunEvent::Type::StatementFinished, int(i), int(s), statement.sql,
                 timer.elapsed()});
        }
        if (m_cancelled)
            return fail(makeError(ErrorKind::Database, Tr::tr("Cancelled; rolled back.")));
        for (const VersionChange &change : step.changes)
            if (auto r = applyChange(change); !r)
                return fail(r.error());
        if (audit) {
            // In the step's transaction: the row commits (or rolls back) with the step.
            pending->durationMs = timer.elapsed();
            if (auto r = history::insert(m_conn, m_options.history, *pending); !r)
                return fail(r.error());
        }
        if (m_options.afterStep)
            if (auto r = m_options.afterStep(int(i), !skipped.value(i)); !r)
                return fail(r.error());
        if (perStep) {
            if (auto r = commit(); !r)
                return fail(r.error());
            open = false;
            lastCommitted = step.shortLog();
            pending.reset();
            put({RunEvent::Type::Committed, int(i), -1, {}, timer.elapsed()});
        }
        if (!perStep && audit && i + 1 < plan.steps.size())
            pending
                .reset(); // a later failure rolls this step back: the failed row is the later one's
        report.stepMs.append(timer.elapsed());
        put({RunEvent::Type::StepFinished, int(i), -1, step.shortLog(), timer.elapsed()});
    }
    if (open) {
        if (m_options.dryRun) {
            rollback();
            open = false;
            report.rolledBack = true;
            put({RunEvent::Type::RolledBack, -1, -1, Tr::tr("Dry run: rolled back."), 0});
        } else {
            // A failing commit (a deferred constraint) is recorded against the last step.
            if (auto r = commit(); !r)
                return fail(r.error());
            open = false;
            pending.reset();
            put({RunEvent::Type::Committed, -1, -1, {}, 0});
        }
    }
    pending.reset();
    releaseCancel();
    auto end = currentHeads();
    if (!end)
        return end.error();
    report.heads = *end;
    return report;
}

} // namespace retort
