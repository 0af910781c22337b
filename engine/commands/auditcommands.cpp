#include "auditcommands.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace retort::auditcommands {

Result<ValidateResult>
validate(const Project &project, Connection &conn, const runcommands::Settings &settings)
{
    ValidateResult out;
    out.displayUrl = conn.displayUrl();
    Migrator migrator(conn, settings.run);
    auto heads = migrator.currentHeads();
    if (!heads)
        return heads.error();
    out.heads = *heads;
    auto present = history::exists(conn, settings.run.history);
    if (!present)
        return present.error();
    auto rows = history::read(conn, settings.run.history);
    if (!rows)
        return rows.error();
    out.validation =
        validation::check(project.map, *heads, *rows, settings.run.history, conn.dialect());
    out.validation.hasTable = *present;
    return out;
}

Result<ValidateResult> validate(const Project &project, const runcommands::Settings &settings)
{
    auto conn = runcommands::connect(settings);
    if (!conn)
        return conn.error();
    return validate(project, **conn, settings);
}

Result<RepairResult> repair(const Project &project, const runcommands::Settings &settings)
{
    if (!settings.run.history.enabled)
        return makeError(ErrorKind::Command,
                         Tr::tr("The audit table is turned off (retort_history = false or "
                                "--no-history): there is nothing to repair into"));
    auto connection = runcommands::connect(settings);
    if (!connection)
        return connection.error();
    Connection &conn = **connection;
    Migrator migrator(conn, settings.run);
    if (auto r = migrator.lock(); !r)
        return r.error();
    RepairResult out;
    auto checked = validate(project, conn, settings);
    if (!checked)
        return checked.error();
    out.before = *checked;
    out.written = validation::repairRows(project.map, checked->validation, settings.run.history);
    if (out.written.isEmpty())
        return out;
    if (!conn.db().transaction())
        return databaseError(conn.db().lastError(), Tr::tr("Can't begin a transaction"));
    for (HistoryRow &row : out.written) {
        row.fromRevisions = checked->heads.join(QLatin1Char(','));
        row.toRevisions = row.fromRevisions;
        if (auto r = history::insert(conn, settings.run.history, row); !r) {
            conn.db().rollback();
            return r.error();
        }
    }
    if (!conn.db().commit()) {
        Error e = databaseError(conn.db().lastError(), Tr::tr("Can't commit"));
        conn.db().rollback();
        return e;
    }
    return out;
}

} // namespace retort::auditcommands
