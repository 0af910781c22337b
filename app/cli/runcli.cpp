// The database commands of the `retort` CLI: Alembic's current, upgrade, downgrade, stamp and
// ensure_version, plus Retort's run options.
#include "runcli.h"
#include "auditcli.h"
#include "clioutput.h"

#include "commands/dryrundiff.h"
#include "commands/readcommands.h"
#include "commands/runcommands.h"

#include <QRegularExpression>

#include <cstdio>

namespace retort::cli {

namespace {

OptionSpec flag(const QString &name, const QString &dest, const QString &help)
{
    return {{name}, dest, {}, help};
}

OptionSpec
valued(const QString &name, const QString &dest, const QString &metavar, const QString &help)
{
    return {{name}, dest, metavar, help};
}

const QString kSqlHelp = QStringLiteral(
    "Don't emit SQL to database - dump to standard output/file instead. See docs on offline "
    "mode.");
const QString kTagHelp =
    QStringLiteral("Arbitrary 'tag' name - can be used by custom env.py scripts.");

QList<OptionSpec> runOptions()
{
    return {
        flag(QStringLiteral("--sql"), QStringLiteral("sql"), kSqlHelp),
        valued(QStringLiteral("--tag"), QStringLiteral("tag"), QStringLiteral("TAG"), kTagHelp),
        flag(QStringLiteral("--dry-run"), QStringLiteral("dry_run"),
             QStringLiteral("Retort: run every step in one transaction, print each step's "
                            "duration, then roll everything back")),
        flag(QStringLiteral("--diff"), QStringLiteral("diff"),
             QStringLiteral("Retort: with --dry-run, print what each step does to the schema "
                            "(objects added, removed and changed, with their DDL)")),
        flag(QStringLiteral("--transaction-per-migration"),
             QStringLiteral("transaction_per_migration"),
             QStringLiteral("Retort: commit each migration in its own transaction (default: one "
                            "transaction for the whole run)")),
        valued(QStringLiteral("--lock-timeout"), QStringLiteral("lock_timeout"),
               QStringLiteral("SECONDS"),
               QStringLiteral("Retort: wait at most this long for another run's migration lock "
                              "(default 60)")),
        valued(QStringLiteral("--statement-timeout"), QStringLiteral("statement_timeout"),
               QStringLiteral("DURATION"),
               QStringLiteral("Retort: PostgreSQL statement_timeout for the run (e.g. 30s, "
                              "500ms)")),
        valued(QStringLiteral("--lock-timeout-statement"), QStringLiteral("lock_timeout_statement"),
               QStringLiteral("DURATION"),
               QStringLiteral("Retort: PostgreSQL lock_timeout for the run: a statement waiting "
                              "longer for a table lock fails (e.g. 5s)")),
        flag(QStringLiteral("--no-history"), QStringLiteral("no_history"),
             QStringLiteral("Retort: write no rows into the audit table (retort_history)")),
        flag(QStringLiteral("--ignore-edited"), QStringLiteral("ignore_edited"),
             QStringLiteral("Retort: run although applied revision files were edited or are "
                            "missing (see validate)")),
    };
}

/** A PostgreSQL duration ("500", "500ms", "5s", "2min", "1h") in milliseconds. */
std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double factor = unit == QStringLiteral("s")     ? 1000.0
                          : unit == QStringLiteral("min") ? 60000.0
                          : unit == QStringLiteral("h")   ? 3600000.0
                                                          : 1.0;
    const double ms = value * factor;
    if (ms > 2147483647.0)
        return std::nullopt;
    return int(ms);
}

Result<runcommands::Overrides> overridesFrom(const ParsedArgs &args)
{
    // Alembic hands -x to env.py, which decides what it means (very often the URL: -x
    // url=...). Retort never runs env.py: going on without it could reach another database,
    // schema or dialect than the one meant. Only the keys are named (values may hold
    // passwords).
    if (args.has(QStringLiteral("x"))) {
        QStringList keys;
        for (const QString &x : args.values.value(QStringLiteral("x")))
            keys.append(QStringLiteral("-x ") + x.section(QLatin1Char('='), 0, 0));
        keys.removeDuplicates();
        return makeError(ErrorKind::Config,
                         Tr::tr("%1: Alembic hands -x arguments to env.py, which Retort does not "
                                "run, so Retort cannot honour them. Give the database URL with "
                                "--url and the run settings with Retort's options (retort %2 "
                                "--help) or the ini's retort_* keys, and leave out -x.")
                             .arg(keys.join(QStringLiteral(", ")), args.command));
    }
    const QStringList urls = args.values.value(QStringLiteral("url"));
    if (urls.size() > 1 && args.command != QStringLiteral("current"))
        return makeError(
            ErrorKind::Usage,
            Tr::tr("--url is given %1 times; only current takes several").arg(urls.size()));
    runcommands::Overrides o;
    o.url = args.value(QStringLiteral("url"));
    o.noHistory = args.has(QStringLiteral("no_history"));
    o.ignoreEdited = args.has(QStringLiteral("ignore_edited"));
    o.python = args.value(QStringLiteral("python"));
    o.versionTable = args.value(QStringLiteral("version_table"));
    if (args.has(QStringLiteral("version_table_schema")))
        o.versionTableSchema = args.value(QStringLiteral("version_table_schema"));
    o.transactionPerMigration = args.has(QStringLiteral("transaction_per_migration"));
    o.dryRun = args.has(QStringLiteral("dry_run"));
    if (args.has(QStringLiteral("lock_timeout"))) {
        bool ok = false;
        const double seconds = args.value(QStringLiteral("lock_timeout")).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return makeError(ErrorKind::Usage,
                             Tr::tr("--lock-timeout takes a number of seconds, not '%1'")
                                 .arg(args.value(QStringLiteral("lock_timeout"))));
        o.runLockTimeoutMs = int(seconds * 1000);
    }
    for (const auto &[dest, option, target] :
         {std::tuple{QStringLiteral("statement_timeout"), QStringLiteral("--statement-timeout"),
                     &o.statementTimeoutMs},
          std::tuple{QStringLiteral("lock_timeout_statement"),
                     QStringLiteral("--lock-timeout-statement"), &o.lockTimeoutMs}}) {
        if (!args.has(dest))
            continue;
        const std::optional<int> ms = parseDuration(args.value(dest));
        if (!ms)
            return makeError(ErrorKind::Usage,
                             Tr::tr("%1 takes a duration such as 500ms, 30s or 2min, not '%2'")
                                 .arg(option, args.value(dest)));
        *target = *ms;
    }
    return o;
}

runcommands::Kind kindOf(const QString &command)
{
    if (command == QStringLiteral("downgrade"))
        return runcommands::Kind::Downgrade;
    if (command == QStringLiteral("stamp"))
        return runcommands::Kind::Stamp;
    return runcommands::Kind::Upgrade;
}

} // namespace

QList<OptionSpec> databaseGlobalOptions()
{
    return {
        {{QStringLiteral("--url")},
         QStringLiteral("url"),
         QStringLiteral("URL"),
         QStringLiteral("Retort: database URL, instead of $%1 or the ini's sqlalchemy.url "
                        "(current: may repeat, one line per database)")
             .arg(QString::fromLatin1(runcommands::kUrlVariable)),
         true},
        valued(QStringLiteral("--version-table"), QStringLiteral("version_table"),
               QStringLiteral("NAME"),
               QStringLiteral("Retort: version table name (default: the ini's version_table, "
                              "else alembic_version)")),
        valued(QStringLiteral("--version-table-schema"), QStringLiteral("version_table_schema"),
               QStringLiteral("SCHEMA"),
               QStringLiteral("Retort: schema of the version table (default: the ini's "
                              "version_table_schema, else the search path)")),
        valued(QStringLiteral("--python"), QStringLiteral("python"), QStringLiteral("PYTHON"),
               QStringLiteral("Retort: a Python with Alembic that runs the steps Retort cannot "
                              "render ('none': refuse them; default, the first found: "
                              "$RETORT_PYTHON, the ini's retort_python, the project's .venv "
                              "or venv, python3 on PATH)")),
    };
}

QList<CommandSpec> databaseCommandSpecs()
{
    const OptionSpec verbose{{QStringLiteral("-v"), QStringLiteral("--verbose")},
                             QStringLiteral("verbose"),
                             {},
                             QStringLiteral("Use more verbose output")};
    const PositionalSpec revision{QStringLiteral("revision"),
                                  QStringLiteral("revision identifier")};
    QList<OptionSpec> stampOptions = runOptions();
    stampOptions.insert(2, flag(QStringLiteral("--purge"), QStringLiteral("purge"),
                                QStringLiteral("Unconditionally erase the version table before "
                                               "stamping")));
    return {
        {QStringLiteral("check_heads"),
         QStringLiteral("Retort: succeed when the database is at the heads; otherwise fail "
                        "and list what upgrade heads would run."),
         {},
         {}},
        {QStringLiteral("current"),
         QStringLiteral("Display the current revision for a database."),
         {verbose},
         {}},
        {QStringLiteral("downgrade"),
         QStringLiteral("Revert to a previous version."),
         runOptions(),
         {revision}},
        {QStringLiteral("ensure_version"),
         QStringLiteral("Create the alembic version table if it doesn't exist already ."),
         {flag(QStringLiteral("--sql"), QStringLiteral("sql"), kSqlHelp)},
         {}},
        {QStringLiteral("stamp"),
         QStringLiteral("'stamp' the revision table with the given revision; don't run any "
                        "migrations."),
         stampOptions,
         {{QStringLiteral("revisions"),
           QStringLiteral("one or more revisions, or 'heads' for all heads"), true}}},
        {QStringLiteral("upgrade"),
         QStringLiteral("Upgrade to a later version."),
         runOptions(),
         {revision}},
        validateCommandSpec(),
    };
}

bool isDatabaseCommand(const QString &command)
{
    for (const CommandSpec &spec : databaseCommandSpecs())
        if (spec.name == command)
            return true;
    return false;
}

Result<QStringList>
readCurrentHeads(const ParsedArgs &args, const Project &project, QList<HistoryRow> *history)
{
    auto overrides = overridesFrom(args);
    if (!overrides)
        return overrides.error();
    auto settings = runcommands::settings(project, *overrides);
    if (!settings)
        return settings.error();
    return runcommands::readRows(*settings, nullptr, history);
}

Result<runcommands::ShowSql> showRenderedSql(const ParsedArgs &args,
                                             const Project &project,
                                             const std::optional<QStringList> &currentHeads)
{
    auto overrides = overridesFrom(args);
    if (!overrides)
        return overrides.error();
    Dialect dialect = Dialect::PostgreSQL;
    if (auto settings = runcommands::settings(project, *overrides))
        if (auto d = runcommands::dialectOf(settings->url))
            dialect = *d;
    return runcommands::showSql(project.map, args.value(QStringLiteral("rev")), currentHeads,
                                dialect);
}

int runDatabaseCommand(const ParsedArgs &args, const Project &project)
{
    const bool quiet = args.has(QStringLiteral("quiet"));
    auto overrides = overridesFrom(args);
    if (!overrides && overrides.error().kind == ErrorKind::Config)
        return fail(overrides.error(), args.has(QStringLiteral("raiseerr")));
    if (!overrides) {
        write(
            stderr,
            QStringLiteral("retort %1: error: %2\n").arg(args.command, overrides.error().message));
        return 2;
    }
    auto settings = runcommands::settings(project, *overrides);
    if (!settings)
        return fail(settings.error(), args.has(QStringLiteral("raiseerr")));
    const auto info = [quiet](const QString &line) {
        if (!quiet)
            write(stderr, QStringLiteral("INFO  [retort] ") + line + QLatin1Char('\n'));
    };
    const QString &command = args.command;

    if (command == QStringLiteral("current"))
        return runCurrent(args, project, *settings);
    if (command == QStringLiteral("validate"))
        return runValidate(args, project, *settings);

    if (command == QStringLiteral("check_heads")) {
        auto heads = runcommands::readRows(*settings);
        if (!heads)
            return fail(heads.error(), args.has(QStringLiteral("raiseerr")));
        auto pending = runcommands::plan(project.map, runcommands::Kind::Upgrade,
                                         {QStringLiteral("heads")}, *heads, false);
        if (!pending)
            return fail(pending.error(), args.has(QStringLiteral("raiseerr")));
        if (!pending->steps.isEmpty()) {
            QStringList ids;
            for (const MigrationStep &step : std::as_const(pending->steps))
                ids.append(project.map.at(step.revision).id);
            return fail(makeError(ErrorKind::Command,
                                  Tr::tr("The database is not at the heads: %n revision(s) to "
                                         "apply (%1)",
                                         nullptr, int(ids.size()))
                                      .arg(ids.join(QStringLiteral(", ")))),
                        args.has(QStringLiteral("raiseerr")));
        }
        if (!quiet)
            write(stdout, Tr::tr("The database is at the heads (%1)\n")
                              .arg(heads->join(QStringLiteral(", "))));
        return 0;
    }

    if (command == QStringLiteral("ensure_version")) {
        if (args.has(QStringLiteral("sql"))) {
            auto dialect = runcommands::dialectOf(settings->url);
            if (!dialect)
                return fail(dialect.error(), args.has(QStringLiteral("raiseerr")));
            if (!quiet)
                write(stdout, runcommands::ensureVersionOffline(*settings, *dialect));
            return 0;
        }
        auto connection = runcommands::connect(*settings);
        if (!connection)
            return fail(connection.error(), args.has(QStringLiteral("raiseerr")));
        Migrator migrator(**connection, settings->run);
        if (auto r = migrator.ensureVersionTable(); !r)
            return fail(r.error(), args.has(QStringLiteral("raiseerr")));
        return 0;
    }

    const runcommands::Kind kind = kindOf(command);
    const QStringList targets = kind == runcommands::Kind::Stamp
                                    ? args.values.value(QStringLiteral("revisions"))
                                    : QStringList{args.value(QStringLiteral("revision"))};
    const bool purge = args.has(QStringLiteral("purge"));
    if (args.has(QStringLiteral("sql"))) {
        auto text = runcommands::offline(project, kind, targets, *settings, purge);
        if (!text)
            return fail(text.error(), args.has(QStringLiteral("raiseerr")));
        if (!quiet)
            write(stdout, *text);
        return 0;
    }
    if (args.has(QStringLiteral("diff")) &&
        (!settings->run.dryRun || kind == runcommands::Kind::Stamp))
        return fail(makeError(ErrorKind::Usage,
                              kind == runcommands::Kind::Stamp
                                  ? Tr::tr("--diff is for upgrade and downgrade")
                                  : Tr::tr("--diff needs --dry-run (it shows what a dry run "
                                           "does to the schema)")),
                    args.has(QStringLiteral("raiseerr")));
    runcommands::ApplyHooks hooks;
    hooks.log = info;
    hooks.event = [&info](const RunEvent &e) {
        if (e.type == RunEvent::Type::Waiting || e.type == RunEvent::Type::Output)
            info(e.text);
    };
    if (args.has(QStringLiteral("diff"))) {
        auto connection = runcommands::connect(*settings);
        if (!connection)
            return fail(connection.error(), args.has(QStringLiteral("raiseerr")));
        Connection &conn = **connection;
        dryrundiff::Recorder recorder(conn, dryrundiff::readOptions(settings->run));
        runcommands::Settings run = *settings;
        run.run.afterStep = recorder.hook();
        MigrationPlan planned;
        hooks.planned = [&planned](const MigrationPlan &p) { planned = p; };
        auto report = runcommands::apply(project, kind, targets, conn, run, purge, hooks);
        if (!report)
            return fail(report.error(), args.has(QStringLiteral("raiseerr")));
        auto sql = stepsql::forPlan(project.map, planned, {conn.dialect(), false}, true);
        if (!sql)
            return fail(sql.error(), args.has(QStringLiteral("raiseerr")));
        if (!quiet)
            write(stdout,
                  dryrundiff::text(recorder.outcome(project.map, planned, *sql, report->heads)));
        return 0;
    }
    auto report = runcommands::apply(project, kind, targets, *settings, purge, hooks);
    if (!report)
        return fail(report.error(), args.has(QStringLiteral("raiseerr")));
    if (settings->run.dryRun) {
        info(Tr::tr("Dry run of %n step(s), rolled back:", nullptr, int(report->stepMs.size())));
        for (qsizetype i = 0; i < report->stepMs.size(); ++i)
            info(report->notRun.contains(int(i))
                     ? Tr::tr("  step %1: not run (it cannot run inside a transaction)").arg(i + 1)
                     : QStringLiteral("  step %1: %2 ms").arg(i + 1).arg(report->stepMs.at(i)));
    }
    return 0;
}

} // namespace retort::cli
