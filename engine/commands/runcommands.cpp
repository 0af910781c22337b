#include "runcommands.h"

#include "commands/readcommands.h"
#include "commands/scriptformat.h"
#include "runtime/offline.h"
#include "runtime/validation.h"

#include <QScopeGuard>

#include <algorithm>

namespace retort::runcommands {

namespace {

bool allRenderable(const QList<StepSql> &sql)
{
    return std::all_of(sql.cbegin(), sql.cend(), [](const StepSql &s) { return s.renderable(); });
}

/** The Python bridge for a plan with steps Retort cannot render (at least one); the
 *  refusal that lists them when there is none. */
Result<PythonBridge> findBridge(const Project &project,
                                const MigrationPlan &plan,
                                const QList<StepSql> &sql,
                                const Settings &settings)
{
    auto bridge = PythonBridge::find(settings.python, project.config, settings.pythonOrigin);
    if (!bridge)
        return bridge.error();
    if (*bridge)
        return **bridge;
    return *stepsql::notRenderableError(plan, sql);
}

/** `--sql` with steps Retort cannot render: Alembic's own offline text of those steps. */
Result<void> previewBridged(const Project &project,
                            const RevisionMap &map,
                            const MigrationPlan &plan,
                            QList<StepSql> &sql,
                            Dialect dialect,
                            const Settings &settings)
{
    if (allRenderable(sql))
        return {};
    auto bridge = findBridge(project, plan, sql, settings);
    if (!bridge)
        return bridge.error();
    for (qsizetype i = 0; i < plan.steps.size() && i < sql.size(); ++i) {
        if (sql.at(i).renderable())
            continue;
        const MigrationStep &step = plan.steps.at(i);
        auto text =
            bridge->preview(map.at(step.revision), step.kind == MigrationStep::Kind::Upgrade,
                            dialect, settings.run.table);
        if (!text) {
            Error e = text.error();
            e.message = Tr::tr("%1 cannot be rendered (%2), and Alembic's offline mode failed "
                               "on it too: %3")
                            .arg(step.shortLog(), sql.at(i).notRenderable->toString(), e.message);
            return e;
        }
        sql[i].bridgePreview = *text;
    }
    return {};
}

} // namespace

Result<Settings> settings(const Project &project, const Overrides &overrides)
{
    Settings s;
    const AlembicConfig &config = project.config;
    if (!overrides.url.isEmpty()) {
        s.url = overrides.url;
    } else if (qEnvironmentVariableIsSet(kUrlVariable) &&
               !qEnvironmentVariable(kUrlVariable).isEmpty()) {
        s.url = qEnvironmentVariable(kUrlVariable);
    } else {
        if (config.deferredErrors.contains(QStringLiteral("sqlalchemy.url")))
            return config.deferredErrors.value(QStringLiteral("sqlalchemy.url"));
        s.url = config.sqlalchemyUrl;
    }
    if (s.url.trimmed().isEmpty())
        return makeError(ErrorKind::Config,
                         Tr::tr("No database URL: set sqlalchemy.url in %1, the environment "
                                "variable %2, or pass --url")
                             .arg(config.iniPath, QString::fromLatin1(kUrlVariable)));
    s.run.table.name =
        overrides.versionTable.isEmpty() ? config.versionTable : overrides.versionTable;
    s.run.table.schema = overrides.versionTableSchema.value_or(config.versionTableSchema);
    s.run.transactionPerMigration =
        overrides.transactionPerMigration || config.transactionPerMigration;
    s.run.dryRun = overrides.dryRun;
    s.run.runLockTimeoutMs = overrides.runLockTimeoutMs.value_or(60000);
    s.run.statementTimeoutMs = overrides.statementTimeoutMs;
    s.run.lockTimeoutMs = overrides.lockTimeoutMs;
    s.python = overrides.python;
    s.run.history.name = config.retortHistoryTable;
    s.run.history.schema = s.run.table.schema;
    s.run.history.enabled = config.retortHistory && !overrides.noHistory;
    s.run.history.baseDir = config.here;
    s.ignoreEdited = overrides.ignoreEdited;
    return s;
}

Result<Dialect> dialectOf(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (parsed->backend == QStringLiteral("postgresql") ||
        parsed->backend == QStringLiteral("postgres"))
        return Dialect::PostgreSQL;
    if (parsed->backend == QStringLiteral("sqlite"))
        return Dialect::SQLite;
    return makeError(ErrorKind::Config,
                     Tr::tr("Can't load plugin: sqlalchemy.dialects:%1 (Retort connects to "
                            "postgresql and sqlite databases)")
                         .arg(parsed->backend));
}

Result<MigrationPlan> plan(const RevisionMap &map,
                           Kind kind,
                           const QStringList &targets,
                           const QStringList &currentHeads,
                           bool purge)
{
    Result<MigrationPlan> result = MigrationPlan{};
    const QString destination = targets.value(0);
    switch (kind) {
    case Kind::Upgrade:
        result = planner::upgrade(map, destination, currentHeads);
        break;
    case Kind::Downgrade:
        result = planner::downgrade(map, destination, currentHeads);
        break;
    case Kind::Stamp:
        result = planner::stamp(map, targets, currentHeads, purge);
        break;
    }
    if (result)
        return result;
    const Error &e = result.error();
    if (e.kind == ErrorKind::RangeNotAncestor && kind != Kind::Stamp) {
        Error out = e;
        out.message = (kind == Kind::Upgrade
                           ? Tr::tr("Destination %1 is not a valid upgrade target from current "
                                    "head(s)")
                           : Tr::tr("Destination %1 is not a valid downgrade target from "
                                    "current head(s)"))
                          .arg(destination);
        out.detail = e.message;
        return out;
    }
    if (e.kind == ErrorKind::MultipleHeads && kind == Kind::Stamp) {
        Error out = e;
        out.message = Tr::tr("Multiple heads are present; please specify a single target revision");
        out.detail = e.message;
        return out;
    }
    return readcommands::commandError(
        e, std::nullopt, kind == Kind::Stamp ? std::nullopt : std::optional<QString>(destination));
}

Result<QString> offline(const Project &project,
                        Kind kind,
                        const QStringList &arguments,
                        const Settings &settings,
                        bool purge)
{
    if (purge)
        return makeError(ErrorKind::Command, Tr::tr("Can't use --purge with --sql mode"));
    auto dialect = dialectOf(settings.url);
    if (!dialect)
        return dialect.error();
    const RevisionMap &map = project.map;

    // Alembic's command.upgrade/downgrade/stamp: split `start:end`.
    std::optional<QString> start;
    QStringList targets;
    for (const QString &argument : arguments) {
        QString target = argument;
        const qsizetype colon = argument.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            const QString from = argument.left(colon);
            target = argument.mid(colon + 1);
            if (kind == Kind::Stamp && start && *start != from)
                return makeError(ErrorKind::Command,
                                 Tr::tr("Stamp operation with --sql only supports a single "
                                        "starting revision at a time"));
            start = from;
        } else if (kind == Kind::Downgrade) {
            return makeError(ErrorKind::Command,
                             Tr::tr("downgrade with --sql requires <fromrev>:<torev>"));
        }
        targets.append(target);
    }

    // MigrationContext.get_current_heads in offline mode: the start resolved to revisions.
    QStringList heads;
    if (start && !start->isEmpty() && *start != QStringLiteral("base")) {
        auto rev = map.revisionFor(*start);
        if (!rev)
            return readcommands::commandError(rev.error(), std::nullopt, *start);
        if (rev->isRevision())
            heads.append(map.at(rev->index).id);
    }
    auto planned = plan(map, kind, targets, heads, false);
    if (!planned)
        return planned.error();
    auto sql = stepsql::forPlan(map, *planned, {*dialect, true}, true);
    if (!sql)
        return sql.error();
    if (auto r = previewBridged(project, map, *planned, *sql, *dialect, settings); !r)
        return r.error();
    return offlineScript(*planned, *sql, *dialect, settings.run.table,
                         settings.run.transactionPerMigration);
}

Result<std::unique_ptr<Connection>> connect(const Settings &settings)
{
    auto url = DatabaseUrl::parse(settings.url);
    if (!url)
        return url.error();
    return Connection::open(*url);
}

Result<QStringList>
readRows(const Settings &settings, QString *displayUrl, QList<HistoryRow> *historyRows)
{
    auto connection = connect(settings);
    if (!connection)
        return connection.error();
    if (displayUrl)
        *displayUrl = (*connection)->displayUrl();
    Migrator migrator(**connection, settings.run);
    auto heads = migrator.currentHeads();
    if (heads && historyRows) {
        auto rows = history::read(**connection, settings.run.history);
        if (!rows)
            return rows.error();
        *historyRows = *rows;
    }
    return heads;
}

Result<RunReport> apply(const Project &project,
                        Kind kind,
                        const QStringList &targets,
                        const Settings &settings,
                        bool purge,
                        const ApplyHooks &hooks)
{
    if (kind != Kind::Stamp)
        for (const QString &t : targets)
            if (t.contains(QLatin1Char(':')))
                return makeError(ErrorKind::Command, Tr::tr("Range revision not allowed"));
    auto connection = connect(settings);
    if (!connection)
        return connection.error();
    return apply(project, kind, targets, **connection, settings, purge, hooks);
}

Result<RunReport> apply(const Project &project,
                        Kind kind,
                        const QStringList &targets,
                        Connection &conn,
                        const Settings &settings,
                        bool purge,
                        const ApplyHooks &hooks)
{
    if (kind != Kind::Stamp)
        for (const QString &t : targets)
            if (t.contains(QLatin1Char(':')))
                return makeError(ErrorKind::Command, Tr::tr("Range revision not allowed"));
    const auto log = [&hooks](const QString &line) {
        if (hooks.log)
            hooks.log(line);
    };
    log(conn.dialect() == Dialect::PostgreSQL ? Tr::tr("Context impl PostgresqlImpl.")
                                              : Tr::tr("Context impl SQLiteImpl."));
    log(settings.run.transactionPerMigration || settings.run.dryRun
            ? (settings.run.dryRun ? Tr::tr("Dry run: every step runs in one transaction that "
                                            "is rolled back at the end.")
                                   : Tr::tr("One transaction per migration."))
            : Tr::tr("Will assume transactional DDL: one transaction for the whole run."));

    Migrator migrator(conn, settings.run);
    if (hooks.started)
        hooks.started(&migrator);
    // However the run ends, the hook hears that the migrator is gone before it is.
    const auto gone = qScopeGuard([&hooks] {
        if (hooks.started)
            hooks.started(nullptr);
    });
    if (auto r = migrator.lock(hooks.event); !r)
        return r.error();
    auto heads = migrator.currentHeads();
    if (!heads)
        return heads.error();
    // validate, under the lock: the applied files as they were recorded.
    auto recorded = history::read(conn, settings.run.history);
    if (!recorded)
        return recorded.error();
    if (!recorded->isEmpty()) {
        const Validation v =
            validation::check(project.map, *heads, *recorded, settings.run.history, conn.dialect());
        if (!v.clean() && !settings.ignoreEdited)
            return validation::refusal(v, conn.displayUrl());
        if (!v.clean()) {
            log(Tr::tr("--ignore-edited: running although validate found:"));
            for (const QString &line :
                 validation::text(v, conn.displayUrl(), false).split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("EDITED")) ||
                    line.startsWith(QLatin1String("MISSING")))
                    log(QStringLiteral("  ") + line);
        }
    }
    auto planned = plan(project.map, kind, targets, *heads, purge);
    if (!planned)
        return planned.error();
    auto sql = stepsql::forPlan(project.map, *planned, {conn.dialect(), false}, true);
    if (!sql)
        return sql.error();
    if (!allRenderable(*sql)) {
        auto bridge = findBridge(project, *planned, *sql, settings);
        if (!bridge)
            return bridge.error();
        log(Tr::tr("Steps that Retort cannot render run with Alembic through %1 (found by %2).")
                .arg(bridge->python, bridge->foundBy));
        migrator.setBridge(*bridge);
    }
    if (hooks.planned)
        hooks.planned(*planned);
    const auto onEvent = [&](const RunEvent &e) {
        if (e.type == RunEvent::Type::StepStarted) {
            const MigrationStep &step = planned->steps.at(e.step);
            QString line = Tr::tr("Running %1").arg(step.shortLog());
            if (step.revision >= 0) {
                const QString doc = project.map.at(step.revision).doc();
                if (!doc.isEmpty())
                    line += QStringLiteral(", ") + doc;
            }
            log(line);
        }
        if (hooks.event)
            hooks.event(e);
    };
    return migrator.run(project.map, *planned, *sql, onEvent);
}

QString ensureVersionOffline(const Settings &settings, Dialect dialect)
{
    return settings.run.table.createSql(dialect) + QStringLiteral(";\n\n");
}

Result<ShowSql> showSql(const RevisionMap &map,
                        const QString &revision,
                        const std::optional<QStringList> &currentHeads,
                        Dialect dialect)
{
    if (auto shown = readcommands::show(map, revision, currentHeads); !shown)
        return shown.error();
    auto nodes = revision == QStringLiteral("current") ? map.revisionsFor(*currentHeads)
                                                       : map.revisionsFor(revision);
    if (!nodes)
        return readcommands::commandError(nodes.error());
    ShowSql out;
    for (RevNode n : std::as_const(*nodes)) {
        if (!n.isRevision())
            continue;
        const Revision &rev = map.at(n.index);
        out.text += scriptformat::logEntry(map, rev) + QLatin1Char('\n');
        for (const bool upgrade : {true, false}) {
            out.text += QStringLiteral("-- %1 %2 (%3)\n\n")
                            .arg(upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade"),
                                 rev.id, dialect::name(dialect));
            auto sql = stepsql::forRevision(rev, upgrade, {dialect, true});
            if (!sql)
                return sql.error();
            if (!sql->renderable()) {
                out.complete = false;
                out.text += Tr::tr("-- not renderable: %1\n\n").arg(sql->notRenderable->toString());
                continue;
            }
            if (sql->statements.isEmpty())
                out.text += Tr::tr("-- (no statements)\n\n");
            for (const StepStatement &st : std::as_const(sql->statements))
                out.text += stepsql::offlineText(st.sql) + QStringLiteral("\n\n");
        }
    }
    return out;
}

Result<QString> current(const RevisionMap &map,
                        const QStringList &heads,
                        bool verbose,
                        const QString &displayUrl,
                        const QList<HistoryRow> &historyRows)
{
    const QHash<QString, HistoryRow> applied = history::latestApplied(historyRows);
    QString out;
    if (verbose)
        out += QStringLiteral("Current revision(s) for %1:\n").arg(displayUrl);
    auto all = map.allCurrent(heads);
    if (!all)
        return readcommands::commandError(all.error());
    for (int i : std::as_const(*all)) {
        const auto row = applied.constFind(map.at(i).id);
        out += (verbose && row != applied.cend()
                    ? scriptformat::logEntry(map, map.at(i), false, history::appliedLines(*row))
                    : scriptformat::cmdFormat(map, map.at(i), verbose,
                                              scriptformat::HeadOnlyOptions{})) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace retort::runcommands
