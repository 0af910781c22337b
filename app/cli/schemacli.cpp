// `retort schema dump|diff` and `retort drift`: snapshots of databases, DDL files and the
// project's own migrations, compared; shadow databases removed after errors and Ctrl-C too.
#include "schemacli.h"
#include "clioutput.h"

#include "commands/project.h"
#include "commands/runcommands.h"
#include "commands/schemacommands.h"
#include "commands/shadow.h"
#include "config/databaseurl.h"
#include "config/inifile.h"

#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <thread>

#include <unistd.h>

namespace retort::cli {

namespace {

int usage(const QString &message)
{
    write(stderr, QStringLiteral("usage: retort schema dump [--format sql|json]\n"
                                 "       retort schema diff FROM TO [--format sql|alembic|text] "
                                 "[--exit-code]\n"
                                 "       (a source is a database URL, a .sql file or folder, "
                                 "or @REV)\n"
                                 "retort schema: error: %1\n")
                      .arg(message));
    return 2;
}

int g_signalPipe[2] = {-1, -1};
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int signal)
{
    g_interrupted.store(true);
    const char c = char(signal);
    (void)!::write(g_signalPipe[1], &c, 1);
}

/** SIGINT and SIGTERM remove the shadow databases and private servers, then exit 130. The
 *  handler only wakes a thread; that thread, not the handler, talks to the servers. */
void installInterruptCleanup()
{
    if (g_signalPipe[0] >= 0 || ::pipe(g_signalPipe) != 0)
        return;
    std::thread([] {
        char c = 0;
        while (::read(g_signalPipe[0], &c, 1) < 0 && errno == EINTR) {
        }
        shadow::cleanUpAll();
        write(stderr, Tr::tr("Interrupted: the shadow databases were removed.\n"));
        std::_Exit(130);
    }).detach();
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

/** After SIGINT/SIGTERM the main thread waits for the cleanup thread, which exits 130: a
 *  statement that the cleanup cancelled must not end the process first. */
int finished(int code)
{
    while (g_interrupted.load())
        ::pause();
    return code;
}

int failed(const Error &error, bool raiseErr)
{
    if (g_interrupted.load())
        return finished(255);
    return fail(error, raiseErr);
}

QString iniPathOf(const ParsedArgs &args)
{
    return args.value(QStringLiteral("config"),
                      qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini")));
}

QString sectionOf(const ParsedArgs &args)
{
    return args.value(QStringLiteral("name"), QStringLiteral("alembic"));
}

/** The ini's retort_shadow_url without opening the project (URL and DDL sources need none):
 *  empty when there is no ini or no such key. */
QString iniShadowUrl(const ParsedArgs &args)
{
    const QFileInfo info(iniPathOf(args));
    if (!info.isFile())
        return {};
    auto ini =
        IniFile::load(info.absoluteFilePath(), {{QStringLiteral("here"), info.absolutePath()}});
    if (!ini)
        return {};
    auto value = ini->value(sectionOf(args), QStringLiteral("retort_shadow_url"));
    return value && *value ? **value : QString();
}

schemacommands::SourceOptions sourceOptions(const ParsedArgs &args)
{
    schemacommands::SourceOptions options;
    options.shadowUrl = args.value(QStringLiteral("shadow_url"));
    QString url = args.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = qEnvironmentVariable(runcommands::kUrlVariable);
    options.fallbackServerUrl = url;
    if (args.has(QStringLiteral("version_table")))
        options.read.versionTable = args.value(QStringLiteral("version_table"));
    if (args.has(QStringLiteral("version_table_schema")))
        options.read.versionTableSchema = args.value(QStringLiteral("version_table_schema"));
    options.run.url = args.value(QStringLiteral("url"));
    options.run.python = args.value(QStringLiteral("python"));
    options.run.versionTable = args.value(QStringLiteral("version_table"));
    if (args.has(QStringLiteral("version_table_schema")))
        options.run.versionTableSchema = args.value(QStringLiteral("version_table_schema"));
    if (!args.has(QStringLiteral("quiet")))
        options.log = [](const QString &line) {
            write(stderr, QStringLiteral("INFO  [retort] ") + line + QLatin1Char('\n'));
        };
    return options;
}

std::optional<schemacommands::Format> formatOf(const QString &name)
{
    if (name == QLatin1String("sql"))
        return schemacommands::Format::Sql;
    if (name == QLatin1String("alembic"))
        return schemacommands::Format::Alembic;
    if (name == QLatin1String("text"))
        return schemacommands::Format::Text;
    if (name == QLatin1String("json"))
        return schemacommands::Format::Json;
    return std::nullopt;
}

void printNotCompared(const QStringList &names)
{
    for (const QString &n : names)
        write(stderr, QStringLiteral("not compared: ") + n + QLatin1Char('\n'));
}

int runDrift(const ParsedArgs &args)
{
    const bool raiseErr = args.has(QStringLiteral("raiseerr"));
    const QString formatName = args.value(QStringLiteral("format"), QStringLiteral("text"));
    const std::optional<schemacommands::Format> format = formatOf(formatName);
    if (!format || *format == schemacommands::Format::Json) {
        write(stderr, QStringLiteral("usage: retort drift [--format text|sql|alembic] "
                                     "[--shadow-url URL]\n"
                                     "retort drift: error: argument --format: invalid choice: "
                                     "'%1' (choose from 'text', 'sql', 'alembic')\n")
                          .arg(formatName));
        return 2;
    }
    auto project = Project::open(iniPathOf(args), sectionOf(args));
    if (!project)
        return failed(project.error(), raiseErr);
    schemacommands::SourceOptions options = sourceOptions(args);
    options.fallbackServerUrl.clear(); // the database itself (its URL as upgrade finds it)
    auto out = schemacommands::drift(*project, *format, options);
    if (!out)
        return failed(out.error(), raiseErr);
    const bool quiet = args.has(QStringLiteral("quiet"));
    printNotCompared(out->notCompared);
    const QString revisions =
        out->heads.isEmpty() ? QStringLiteral("base") : out->heads.join(QStringLiteral(", "));
    if (out->changes == 0) {
        if (!quiet)
            write(stdout, Tr::tr("No drift detected.\n"));
        return 0;
    }
    if (!quiet) {
        write(stderr, Tr::tr("Drift detected in %1: %n change(s) since the migrations to %2 "
                             "ran:\n",
                             nullptr, int(out->changes))
                          .arg(out->displayUrl, revisions));
        write(stdout, out->text);
    }
    return 1;
}

OptionSpec shadowUrlOption()
{
    return {{QStringLiteral("--shadow-url")},
            QStringLiteral("shadow_url"),
            QStringLiteral("URL"),
            QStringLiteral("a PostgreSQL server for the temporary shadow databases of DDL and "
                           "@REV sources (default: the ini's retort_shadow_url, the --url "
                           "server, a private server started from the local PostgreSQL "
                           "binaries; SQLite: in memory)")};
}

} // namespace

CommandSpec schemaCommandSpec()
{
    return {QStringLiteral("schema"),
            QStringLiteral("Retort: dump a database's schema, or diff two schemas (FROM and TO "
                           "are database URLs, .sql files/folders, or @REV: the project's "
                           "migrations up to REV, @base empty)."),
            {{{QStringLiteral("--format")},
              QStringLiteral("format"),
              QStringLiteral("FORMAT"),
              QStringLiteral("sql (default), alembic or text for diff; sql or json for dump")},
             {{QStringLiteral("--exit-code")},
              QStringLiteral("exit_code"),
              {},
              QStringLiteral("diff: exit 1 when the schemas differ, 0 when they are equal")},
             shadowUrlOption()},
            {{QStringLiteral("action"), QStringLiteral("dump, or diff FROM TO"), true}}};
}

CommandSpec driftCommandSpec()
{
    return {QStringLiteral("drift"),
            QStringLiteral("Retort: compare the database with what its migrations (to its "
                           "current revisions) build; list what was changed by hand and exit "
                           "1, or exit 0."),
            {{{QStringLiteral("--format")},
              QStringLiteral("format"),
              QStringLiteral("FORMAT"),
              QStringLiteral("text (default), sql or alembic")},
             shadowUrlOption()},
            {}};
}

namespace {

/** `schema dump|diff`. */
int runSchema(const ParsedArgs &args)
{
    if (args.command == QLatin1String("drift"))
        return runDrift(args);
    const QStringList words = args.values.value(QStringLiteral("action"));
    const QString action = words.value(0);
    const QString formatName = args.value(QStringLiteral("format"), QStringLiteral("sql"));
    const std::optional<schemacommands::Format> parsedFormat = formatOf(formatName);
    if (!parsedFormat)
        return usage(QStringLiteral("--format: invalid choice: '%1'").arg(formatName));
    const schemacommands::Format format = *parsedFormat;

    schemacommands::SourceOptions options = sourceOptions(args);
    const QString url = options.fallbackServerUrl;
    // The project is opened only for @REV sources: URLs and DDL files need none.
    std::optional<Project> project;
    bool needsProject = false;
    for (const QString &w : words.mid(1))
        needsProject = needsProject || schemacommands::isRevisionSource(w);
    if (needsProject) {
        auto opened = Project::open(iniPathOf(args), sectionOf(args));
        if (opened) {
            project = std::move(*opened);
            options.project = &*project;
        } else {
            options.projectError = opened.error();
        }
    } else if (options.shadowUrl.isEmpty()) {
        options.shadowUrl = iniShadowUrl(args);
        if (!options.shadowUrl.isEmpty())
            options.shadowOrigin = QStringLiteral("retort_shadow_url in %1").arg(iniPathOf(args));
    }
    const bool quiet = args.has(QStringLiteral("quiet"));

    if (action == QLatin1String("dump")) {
        if (words.size() > 2)
            return usage(QStringLiteral("dump takes at most one source"));
        const QString source = words.size() == 2 ? words[1] : url;
        if (source.isEmpty())
            return usage(QStringLiteral("dump needs --url URL (or a source)"));
        if (format != schemacommands::Format::Sql && format != schemacommands::Format::Json)
            return usage(QStringLiteral("dump: --format is sql or json"));
        auto out = schemacommands::dump(source, format, options);
        if (!out)
            return failed(out.error(), args.has(QStringLiteral("raiseerr")));
        if (!quiet)
            write(stdout, *out);
        return 0;
    }
    if (action == QLatin1String("diff")) {
        if (words.size() != 3)
            return usage(QStringLiteral("diff takes FROM and TO"));
        if (format == schemacommands::Format::Json)
            return usage(QStringLiteral("diff: --format is sql, alembic or text"));
        auto out = schemacommands::diff(words[1], words[2], format, options);
        if (!out)
            return failed(out.error(), args.has(QStringLiteral("raiseerr")));
        if (!quiet)
            write(stdout, out->text);
        printNotCompared(out->notCompared);
        return args.has(QStringLiteral("exit_code")) && out->changes > 0 ? 1 : 0;
    }
    return usage(QStringLiteral("unknown action '%1' (dump or diff)").arg(action));
}

} // namespace

std::optional<int> runSchemaCommand(const ParsedArgs &args)
{
    if (args.command != QLatin1String("schema") && args.command != QLatin1String("drift"))
        return std::nullopt;
    installInterruptCleanup();
    return finished(runSchema(args));
}

} // namespace retort::cli
