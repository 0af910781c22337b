#include "schemacli.h"
#include "clioutput.h"

#include "commands/runcommands.h"
#include "commands/schemacommands.h"
#include "config/databaseurl.h"

#include <cstdio>

namespace retort::cli {

namespace {

int usage(const QString &message)
{
    write(stderr, QStringLiteral("usage: retort schema dump [--format sql|json]\n"
                                 "       retort schema diff FROM TO [--format sql|alembic|text] "
                                 "[--exit-code]\n"
                                 "retort schema: error: %1\n")
                      .arg(message));
    return 2;
}

} // namespace

CommandSpec schemaCommandSpec()
{
    return {QStringLiteral("schema"),
            QStringLiteral("Retort: dump a database's schema, or diff two schemas (FROM and TO "
                           "are database URLs or .sql files/folders)."),
            {{{QStringLiteral("--format")},
              QStringLiteral("format"),
              QStringLiteral("FORMAT"),
              QStringLiteral("sql (default), alembic or text for diff; sql or json for dump")},
             {{QStringLiteral("--exit-code")},
              QStringLiteral("exit_code"),
              {},
              QStringLiteral("diff: exit 1 when the schemas differ, 0 when they are equal")},
             {{QStringLiteral("--shadow-url")},
              QStringLiteral("shadow_url"),
              QStringLiteral("URL"),
              QStringLiteral("a PostgreSQL server on which DDL sources are applied to a "
                             "temporary database")}},
            {{QStringLiteral("action"), QStringLiteral("dump, or diff FROM TO"), true}}};
}

std::optional<int> runSchemaCommand(const ParsedArgs &args)
{
    if (args.command != QLatin1String("schema"))
        return std::nullopt;
    const QStringList words = args.values.value(QStringLiteral("action"));
    const QString action = words.value(0);
    const QString formatName = args.value(QStringLiteral("format"), QStringLiteral("sql"));
    schemacommands::Format format = schemacommands::Format::Sql;
    if (formatName == QLatin1String("alembic"))
        format = schemacommands::Format::Alembic;
    else if (formatName == QLatin1String("text"))
        format = schemacommands::Format::Text;
    else if (formatName == QLatin1String("json"))
        format = schemacommands::Format::Json;
    else if (formatName != QLatin1String("sql"))
        return usage(QStringLiteral("--format: invalid choice: '%1'").arg(formatName));

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
            return fail(out.error(), args.has(QStringLiteral("raiseerr")));
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
            return fail(out.error(), args.has(QStringLiteral("raiseerr")));
        if (!quiet)
            write(stdout, out->text);
        for (const QString &n : out->notCompared)
            write(stderr, QStringLiteral("not compared: ") + n + QLatin1Char('\n'));
        return args.has(QStringLiteral("exit_code")) && out->changes > 0 ? 1 : 0;
    }
    return usage(QStringLiteral("unknown action '%1' (dump or diff)").arg(action));
}

} // namespace retort::cli
