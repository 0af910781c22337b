// retort: a drop-in for alembic's command line, built on the Retort engine alone.
#include "authoringcommands.h"
#include "clioutput.h"
#include "cliparser.h"
#include "runcli.h"
#include "schemacli.h"

#include "commands/readcommands.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace retort;
using namespace retort::cli;

namespace {

CliParser makeParser()
{
    const QString config = QStringLiteral("Alternate config file; defaults to value of "
                                          "ALEMBIC_CONFIG environment variable, or "
                                          "\"alembic.ini\"");
    QList<OptionSpec> globals{
        {{QStringLiteral("--version")},
         QStringLiteral("version"),
         {},
         QStringLiteral("show program's version number and exit")},
        {{QStringLiteral("-c"), QStringLiteral("--config")},
         QStringLiteral("config"),
         QStringLiteral("CONFIG"),
         config},
        {{QStringLiteral("-n"), QStringLiteral("--name")},
         QStringLiteral("name"),
         QStringLiteral("NAME"),
         QStringLiteral("Name of section in .ini file to use for Alembic config")},
        {{QStringLiteral("-x")},
         QStringLiteral("x"),
         QStringLiteral("X"),
         QStringLiteral("Additional arguments consumed by custom env.py scripts, e.g. -x "
                        "setting1=somesetting -x setting2=somesetting"),
         true},
        {{QStringLiteral("--raiseerr")},
         QStringLiteral("raiseerr"),
         {},
         QStringLiteral("Raise a full stack trace on error (Retort: print every detail of the "
                        "error)")},
        {{QStringLiteral("-q"), QStringLiteral("--quiet")},
         QStringLiteral("quiet"),
         {},
         QStringLiteral("Do not log to std output.")},
    };
    globals.append(databaseGlobalOptions());
    const OptionSpec verbose{{QStringLiteral("-v"), QStringLiteral("--verbose")},
                             QStringLiteral("verbose"),
                             {},
                             QStringLiteral("Use more verbose output")};
    QList<CommandSpec> commands{
        {QStringLiteral("branches"), QStringLiteral("Show current branch points."), {verbose}, {}},
        {QStringLiteral("heads"),
         QStringLiteral("Show current available heads in the script directory."),
         {verbose,
          {{QStringLiteral("--resolve-dependencies")},
           QStringLiteral("resolve_dependencies"),
           {},
           QStringLiteral("Treat dependency versions as down revisions")}},
         {}},
        {QStringLiteral("history"),
         QStringLiteral("List changeset scripts in chronological order."),
         {{{QStringLiteral("-r"), QStringLiteral("--rev-range")},
           QStringLiteral("rev_range"),
           QStringLiteral("REV_RANGE"),
           QStringLiteral("Specify a revision range; format is [start]:[end]")},
          verbose,
          {{QStringLiteral("-i"), QStringLiteral("--indicate-current")},
           QStringLiteral("indicate_current"),
           {},
           QStringLiteral("Indicate the current revision")}},
         {}},
        {QStringLiteral("list_templates"), QStringLiteral("List available templates."), {}, {}},
        {QStringLiteral("show"),
         QStringLiteral("Show the revision(s) denoted by the given symbol."),
         {{{QStringLiteral("--sql")},
           QStringLiteral("sql"),
           {},
           QStringLiteral("Retort: also print each revision's upgrade and downgrade SQL (or why "
                          "it cannot be rendered; exit status 1 then)")}},
         {{QStringLiteral("rev"), QStringLiteral("revision identifier")}}},
    };
    commands.append(databaseCommandSpecs());
    commands.append(authoringCommandSpecs());
    commands.append(schemaCommandSpec());
    commands.append(driftCommandSpec());
    std::sort(commands.begin(), commands.end(), // argparse lists them sorted
              [](const CommandSpec &a, const CommandSpec &b) { return a.name < b.name; });
    return CliParser(QStringLiteral("retort"),
                     QStringLiteral("retort %1\n").arg(QStringLiteral(RETORT_VERSION)), globals,
                     commands);
}

/** Ends the process once the output is out. A release build skips freeing the loaded
 *  project (tens of thousands of small strings): the operating system reclaims it at once.
 *  Sanitizer builds destroy everything so that leak checking still sees the whole run. */
int finish(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
#ifndef RETORT_SANITIZE_BUILD
    std::_Exit(code);
#else
    return code;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));

    const CliParser parser = makeParser();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const ParseOutcome outcome = parser.parse(arguments);
    if (outcome.kind == ParseOutcome::Print) {
        write(stdout, outcome.text);
        return 0;
    }
    if (outcome.kind == ParseOutcome::UsageError) {
        write(stderr, outcome.text);
        return 2;
    }
    const ParsedArgs &args = outcome.args;
    const bool quiet = args.has(QStringLiteral("quiet"));
    const bool raiseErr = args.has(QStringLiteral("raiseerr"));
    const bool verbose = args.has(QStringLiteral("verbose"));

    if (args.command == QStringLiteral("list_templates")) {
        if (!quiet)
            write(stdout, readcommands::listTemplates());
        return 0;
    }

    if (const std::optional<int> code = runAuthoringCommand(args))
        return finish(*code);
    if (const std::optional<int> code = runSchemaCommand(args))
        return finish(*code);

    const QString iniPath =
        args.value(QStringLiteral("config"),
                   qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini")));
    auto project =
        Project::open(iniPath, args.value(QStringLiteral("name"), QStringLiteral("alembic")));
    if (!project)
        return fail(project.error(), raiseErr);
    for (const QString &warning : project->scripts.warnings())
        write(stderr, QStringLiteral("WARNING: ") + warning + QLatin1Char('\n'));

    if (isDatabaseCommand(args.command))
        return finish(runDatabaseCommand(args, *project));

    const RevisionMap &map = project->map;
    Result<QString> output = QString();
    if (args.command == QStringLiteral("heads"))
        output =
            readcommands::heads(map, verbose, args.has(QStringLiteral("resolve_dependencies")));
    else if (args.command == QStringLiteral("branches"))
        output = readcommands::branches(map, verbose);
    else if (args.command == QStringLiteral("history") || args.command == QStringLiteral("show")) {
        const bool isHistory = args.command == QStringLiteral("history");
        const std::optional<QString> range =
            args.has(QStringLiteral("rev_range"))
                ? std::optional<QString>(args.value(QStringLiteral("rev_range")))
                : std::nullopt;
        const bool indicate = args.has(QStringLiteral("indicate_current"));
        std::optional<QStringList> current;
        QList<HistoryRow> audit; // history -i: when and by whom each revision was applied
        if (isHistory ? readcommands::historyNeedsDatabase(range, indicate)
                      : args.value(QStringLiteral("rev")) == QStringLiteral("current")) {
            auto heads = readCurrentHeads(args, *project, isHistory && indicate ? &audit : nullptr);
            if (!heads)
                return fail(heads.error(), raiseErr);
            current = *heads;
        }
        if (!isHistory && args.has(QStringLiteral("sql"))) {
            auto shown = showRenderedSql(args, *project, current);
            if (!shown)
                return fail(shown.error(), raiseErr);
            if (!quiet)
                write(stdout, shown->text);
            return finish(shown->complete ? 0 : 1);
        }
        output = isHistory ? readcommands::history(map, range, verbose, indicate, current, audit)
                           : readcommands::show(map, args.value(QStringLiteral("rev")), current);
    }
    if (!output)
        return fail(output.error(), raiseErr);
    if (!quiet)
        write(stdout, *output);
    return finish(0);
}
