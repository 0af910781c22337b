// init, revision, merge, edit: the commands that write files Alembic itself loads.
#include "authoringcommands.h"
#include "clioutput.h"

#include "authoring/createrevision.h"
#include "authoring/editor.h"
#include "authoring/initproject.h"
#include "config/inifile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>

namespace retort::cli {

namespace {

using namespace retort::authoring;

/** Alembic's util.status / util.msg lines for each step. */
FileObserver printer(bool quiet)
{
    return [quiet](const FileEvent &event) {
        if (event.kind == FileEvent::Kind::Warning) {
            write(stderr, QStringLiteral("WARNING: ") + event.text + QLatin1Char('\n'));
            return;
        }
        if (quiet)
            return;
        if (event.kind == FileEvent::Kind::SkipExisting) {
            write(stdout, QStringLiteral("File %1 already exists, skipping\n").arg(event.path));
            return;
        }
        const QString verb = event.kind == FileEvent::Kind::CreateDirectory
                                 ? QStringLiteral("Creating directory")
                             : event.kind == FileEvent::Kind::Add ? QStringLiteral("Adding")
                                                                  : QStringLiteral("Generating");
        write(stdout, QStringLiteral("%1 %2 ...  %3\n")
                          .arg(verb, event.path,
                               event.ok ? QStringLiteral("done") : QStringLiteral("FAILED")));
    };
}

OptionSpec option(const QStringList &flags,
                  const QString &dest,
                  const QString &metavar,
                  const QString &help,
                  bool append = false)
{
    return OptionSpec{flags, dest, metavar, help, append};
}

const OptionSpec kMessage = option({QStringLiteral("-m"), QStringLiteral("--message")},
                                   QStringLiteral("message"),
                                   QStringLiteral("MESSAGE"),
                                   QStringLiteral("Message string to use with 'revision'"));
const OptionSpec kBranchLabel =
    option({QStringLiteral("--branch-label")},
           QStringLiteral("branch_label"),
           QStringLiteral("BRANCH_LABEL"),
           QStringLiteral("Specify a branch label to apply to the new revision"));
const OptionSpec kRevId =
    option({QStringLiteral("--rev-id")},
           QStringLiteral("rev_id"),
           QStringLiteral("REV_ID"),
           QStringLiteral("Specify a hardcoded revision id instead of generating one"));

std::optional<QString> optional(const ParsedArgs &args, const QString &dest)
{
    return args.has(dest) ? std::optional<QString>(args.value(dest)) : std::nullopt;
}

QString iniPath(const ParsedArgs &args)
{
    return args.value(QStringLiteral("config"),
                      qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini")));
}

Result<Project> openProject(const ParsedArgs &args)
{
    Result<Project> project =
        Project::open(iniPath(args), args.value(QStringLiteral("name"), QStringLiteral("alembic")));
    if (project) {
        for (const QString &warning : project->scripts.warnings())
            write(stderr, QStringLiteral("WARNING: ") + warning + QLatin1Char('\n'));
    }
    return project;
}

int runInit(const ParsedArgs &args, bool quiet, bool raiseErr)
{
    const QString ini = QDir::cleanPath(QFileInfo(iniPath(args)).absoluteFilePath());
    Result<QStringList> written =
        initProject(args.value(QStringLiteral("directory")),
                    args.value(QStringLiteral("template"), QStringLiteral("generic")),
                    args.has(QStringLiteral("package")), ini, printer(quiet));
    if (!written)
        return fail(written.error(), raiseErr);
    if (!quiet) {
        write(stdout, QStringLiteral("Please edit configuration/connection/logging settings in %1 "
                                     "before proceeding.\n")
                          .arg(detail::pythonRepr(ini)));
    }
    return 0;
}

int runRevision(const ParsedArgs &args, bool quiet, bool raiseErr)
{
    Result<Project> project = openProject(args);
    if (!project)
        return fail(project.error(), raiseErr);
    RevisionRequest request;
    request.message = optional(args, QStringLiteral("message"));
    request.heads = {args.value(QStringLiteral("head"), QStringLiteral("head"))};
    request.splice = args.has(QStringLiteral("splice"));
    request.branchLabel = args.value(QStringLiteral("branch_label"));
    request.versionPath = args.value(QStringLiteral("version_path"));
    request.revId = args.value(QStringLiteral("rev_id"));
    request.dependsOn = args.values.value(QStringLiteral("depends_on"));
    request.autogenerate = args.has(QStringLiteral("autogenerate"));
    request.sql = args.has(QStringLiteral("sql"));
    Result<QString> path = createRevision(*project, request, printer(quiet));
    if (!path)
        return fail(path.error(), raiseErr);
    return 0;
}

int runMerge(const ParsedArgs &args, bool quiet, bool raiseErr)
{
    Result<Project> project = openProject(args);
    if (!project)
        return fail(project.error(), raiseErr);
    Result<QString> path = createMerge(*project, args.values.value(QStringLiteral("revisions")),
                                       optional(args, QStringLiteral("message")),
                                       args.value(QStringLiteral("branch_label")),
                                       args.value(QStringLiteral("rev_id")), printer(quiet));
    if (!path)
        return fail(path.error(), raiseErr);
    return 0;
}

int runEdit(const ParsedArgs &args, bool raiseErr)
{
    Result<Project> project = openProject(args);
    if (!project)
        return fail(project.error(), raiseErr);
    const QString rev = args.value(QStringLiteral("rev"));
    if (rev == u"current") {
        return fail(makeError(ErrorKind::Command,
                              Tr::tr("edit current needs a database connection, which this "
                                     "version of Retort cannot open yet")),
                    raiseErr);
    }
    Result<QStringList> files = revisionFiles(project->map, rev);
    if (!files)
        return fail(files.error(), raiseErr);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &file : std::as_const(*files)) {
        if (Result<void> r = openInEditor(file, environment); !r)
            return fail(r.error(), raiseErr);
    }
    return 0;
}

} // namespace

QList<CommandSpec> authoringCommandSpecs()
{
    return {
        {QStringLiteral("edit"),
         QStringLiteral("Edit revision script(s) using $EDITOR."),
         {},
         {{QStringLiteral("rev"), QStringLiteral("revision identifier")}}},
        {QStringLiteral("init"),
         QStringLiteral("Initialize a new scripts directory."),
         {option({QStringLiteral("-t"), QStringLiteral("--template")}, QStringLiteral("template"),
                 QStringLiteral("TEMPLATE"), QStringLiteral("Setup template for use with 'init'")),
          option({QStringLiteral("--package")}, QStringLiteral("package"), {},
                 QStringLiteral("Write empty __init__.py files to the environment and version "
                                "locations"))},
         {{QStringLiteral("directory"), QStringLiteral("location of scripts directory")}}},
        {QStringLiteral("merge"),
         QStringLiteral("Merge two revisions together. Creates a new migration file."),
         {kMessage, kBranchLabel, kRevId},
         {{QStringLiteral("revisions"),
           QStringLiteral("one or more revisions, or 'heads' for all "
                          "heads"),
           true}}},
        {QStringLiteral("revision"),
         QStringLiteral("Create a new revision file."),
         {kMessage,
          option({QStringLiteral("--autogenerate")}, QStringLiteral("autogenerate"), {},
                 QStringLiteral("Populate revision script with candidate migration operations, "
                                "based on comparison of database to model. (Retort: not "
                                "available)")),
          option({QStringLiteral("--sql")}, QStringLiteral("sql"), {},
                 QStringLiteral("Don't emit SQL to database - dump to standard output/file "
                                "instead. See docs on offline mode.")),
          option({QStringLiteral("--head")}, QStringLiteral("head"), QStringLiteral("HEAD"),
                 QStringLiteral("Specify head revision or <branchname>@head to base new "
                                "revision on.")),
          option({QStringLiteral("--splice")}, QStringLiteral("splice"), {},
                 QStringLiteral("Allow a non-head revision as the 'head' to splice onto")),
          kBranchLabel,
          option({QStringLiteral("--version-path")}, QStringLiteral("version_path"),
                 QStringLiteral("VERSION_PATH"),
                 QStringLiteral("Specify specific path from config for version file")),
          kRevId,
          option({QStringLiteral("--depends-on")}, QStringLiteral("depends_on"),
                 QStringLiteral("DEPENDS_ON"),
                 QStringLiteral("Specify one or more revision identifiers which this revision "
                                "should depend on."),
                 true)},
         {}},
    };
}

std::optional<int> runAuthoringCommand(const ParsedArgs &args)
{
    const bool quiet = args.has(QStringLiteral("quiet"));
    const bool raiseErr = args.has(QStringLiteral("raiseerr"));
    if (args.command == u"init")
        return runInit(args, quiet, raiseErr);
    if (args.command == u"revision")
        return runRevision(args, quiet, raiseErr);
    if (args.command == u"merge")
        return runMerge(args, quiet, raiseErr);
    if (args.command == u"edit")
        return runEdit(args, raiseErr);
    return std::nullopt;
}

} // namespace retort::cli
