#include "createrevision.h"

#include "authoring/makotemplate.h"
#include "authoring/revisionname.h"
#include "commands/readcommands.h"
#include "config/inifile.h"
#include "script/pyheader.h"
#include "script/pyimportpath.h"
#include "script/sqlrevision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringEncoder>

#include <algorithm>

// Mirrors alembic 1.8.1: command.revision (the option checks), command.merge and
// ScriptDirectory.generate_revision (script/base.py), in the same order of checks so that
// the same mistake gets the same message.

namespace retort::authoring {

namespace {

Error commandFailure(const QString &message)
{
    return makeError(ErrorKind::Command, message);
}

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/** Whether a .sql header list item can hold `text` (no blanks, no ','). */
bool fitsSqlHeader(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.isSpace() || c == u','; });
}

/** Alembic's revision.tuple_rev_as_scalar over template values. */
TemplateValue scalarOrTuple(std::vector<TemplateValue> items, bool asList = false)
{
    if (items.empty())
        return TemplateValue::none();
    if (items.size() == 1)
        return items.front();
    return asList ? TemplateValue::list(std::move(items)) : TemplateValue::tuple(std::move(items));
}

/** The `timezone` option as Alembic reads it: nullopt when absent, "" when blank. The
 *  loaded AlembicConfig cannot tell these apart, so the ini is read again (it is small). */
std::optional<QString> configuredTimezone(const AlembicConfig &config)
{
    if (!config.timezone.isEmpty())
        return config.timezone;
    Result<IniFile> ini = IniFile::load(config.iniPath, {{QStringLiteral("here"), config.here}});
    if (ini && ini->hasKey(config.section, QStringLiteral("timezone")))
        return QString();
    return std::nullopt;
}

/** command.revision's checks of --autogenerate, --sql and revision_environment. */
Result<void> checkOptions(const AlembicConfig &config,
                          const RevisionRequest &request,
                          const FileObserver &observer)
{
    if (request.autogenerate && request.sql)
        return commandFailure(Tr::tr("Using --sql with --autogenerate does not make any sense"));
    if (request.autogenerate) {
        return commandFailure(
            Tr::tr("Retort does not autogenerate revisions: comparing the database with your "
                   "models needs your application's Python code. Create the revision without "
                   "--autogenerate and write its operations, or run Alembic's 'revision "
                   "--autogenerate'"));
    }
    if (config.deferredErrors.contains(QStringLiteral("revision_environment")))
        return config.deferredErrors.value(QStringLiteral("revision_environment"));
    if (request.sql) {
        if (!config.revisionEnvironment) {
            return commandFailure(
                Tr::tr("Using --sql with the revision command when revision_environment is "
                       "not configured does not make any sense"));
        }
        return commandFailure(Tr::tr("Retort does not run env.py, so 'revision --sql' (which "
                                     "renders through env.py) is not available"));
    }
    if (config.revisionEnvironment && observer) {
        FileEvent warning;
        warning.kind = FileEvent::Kind::Warning;
        warning.text = Tr::tr("revision_environment is set, but Retort does not run env.py: the "
                              "revision is rendered from the template alone");
        observer(warning);
    }
    return {};
}

/** Script.verify_rev_id, plus what the .sql header format cannot hold. */
Result<void> checkRevisionId(const QString &revId, RevisionHeader::Format format)
{
    QStringList illegal;
    for (const char16_t c : {u'+', u'-', u'@'}) // sorted, as Alembic sorts them
        if (revId.contains(QChar(c)))
            illegal.append(QString(QChar(c)));
    if (!illegal.isEmpty()) {
        return commandFailure(Tr::tr("Character(s) '%1' not allowed in revision identifier '%2'")
                                  .arg(illegal.join(QStringLiteral(", ")), revId));
    }
    if (format == RevisionHeader::Format::Sql && !fitsSqlHeader(revId)) {
        return commandFailure(Tr::tr("Revision identifier '%1' cannot be written in a .sql "
                                     "revision: it must not contain blanks or ','")
                                  .arg(revId));
    }
    return {};
}

/** Encodes with Python's name of a codec; Qt without ICU knows the UTF family and Latin-1. */
Result<QByteArray> encodeOutput(const QString &text, const QString &encoding)
{
    QString name = encoding.toLower();
    name.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    const bool ascii = name == u"ascii" || name == u"usascii" || name == u"646";
    static const QStringList latin1 = {QStringLiteral("latin1"), QStringLiteral("latin"),
                                       QStringLiteral("l1"),     QStringLiteral("iso88591"),
                                       QStringLiteral("88591"),  QStringLiteral("cp819")};
    if (ascii || latin1.contains(name))
        name = QStringLiteral("ISO-8859-1");
    QStringEncoder encoder(name.toLatin1().constData());
    if (!encoder.isValid()) {
        return makeError(ErrorKind::Config,
                         Tr::tr("output_encoding '%1' is not supported by Retort (it writes "
                                "utf-8, utf-16, utf-32, latin-1 and ascii)")
                             .arg(encoding));
    }
    const QByteArray bytes = encoder.encode(text);
    const bool unencodable =
        encoder.hasError() ||
        (ascii && std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) > 127; }));
    if (unencodable) {
        return makeError(
            ErrorKind::Config,
            Tr::tr("The new revision cannot be encoded as %1 (output_encoding)").arg(encoding));
    }
    return bytes;
}

Result<void> writeNewFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        file.write(content) != content.size() || !file.flush()) {
        return makeError(ErrorKind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()),
                         path);
    }
    return {};
}

} // namespace

Result<RevisionTemplate> revisionTemplate(const AlembicConfig &config)
{
    RevisionTemplate t;
    t.path = config.scriptLocation + QStringLiteral("/script.py.mako");
    t.suffix = QStringLiteral(".py");
    if (QFileInfo(t.path).isFile())
        return t;
    const QString sql = config.scriptLocation + QStringLiteral("/script.sql.mako");
    if (QFileInfo(sql).isFile()) {
        t.path = sql;
        t.suffix = QStringLiteral(".sql");
        t.format = RevisionHeader::Format::Sql;
        return t;
    }
    return makeError(ErrorKind::Config,
                     Tr::tr("No revision template in %1: script.py.mako (Alembic's .py revisions) "
                            "or script.sql.mako (Retort's .sql revisions) is needed")
                         .arg(config.scriptLocation),
                     config.scriptLocation);
}

Result<QString>
createRevision(const Project &project, const RevisionRequest &request, const FileObserver &observer)
{
    const AlembicConfig &config = project.config;
    const RevisionMap &map = project.map;
    if (Result<void> r = checkOptions(config, request, observer); !r)
        return r.error();
    Result<RevisionTemplate> templ = revisionTemplate(config);
    if (!templ)
        return templ.error();
    const bool sql = templ->format == RevisionHeader::Format::Sql;

    const QString revId = request.revId.isEmpty() ? newRevisionId() : request.revId;
    if (Result<void> r = checkRevisionId(revId, templ->format); !r)
        return r.error();

    // The parents.
    Result<RevNodes> resolved = map.revisionsFor(request.heads);
    if (!resolved) {
        Error e = readcommands::commandError(resolved.error());
        if (resolved.error().kind == ErrorKind::MultipleHeads) {
            e.detail = resolved.error().message;
            e.message = Tr::tr("Multiple heads are present; please specify the head revision on "
                               "which the new revision should be based, or perform a merge.");
        }
        return e;
    }
    QList<int> heads; // -1 for "no revision" (a new base)
    for (RevNode node : std::as_const(*resolved))
        heads.append(node.isRevision() ? node.index : -1);
    if (QSet<int>(heads.cbegin(), heads.cend()).size() != heads.size())
        return commandFailure(Tr::tr("Duplicate head revisions specified"));

    Result<CreateDate> date = createDate(configuredTimezone(config));
    if (!date)
        return date.error();

    // The version folder.
    QString versionPath = request.versionPath;
    const QStringList &locations = config.versionLocations;
    if (versionPath.isEmpty()) {
        if (locations.size() > 1) {
            for (int h : std::as_const(heads)) {
                if (h >= 0) {
                    versionPath = QFileInfo(map.at(h).path).absolutePath();
                    break;
                }
            }
            if (versionPath.isEmpty()) {
                return commandFailure(
                    Tr::tr("Multiple version locations present, please specify --version-path"));
            }
        } else {
            versionPath = locations.first();
        }
    }
    const QString folder = cleanAbsolute(versionPath);
    bool represented = false;
    for (const QString &location : locations) {
        const QString clean = QDir::cleanPath(location);
        if (clean == folder ||
            (config.recursiveVersionLocations && folder.startsWith(clean + QLatin1Char('/'))))
            represented = true;
    }
    if (!represented) {
        return commandFailure(
            Tr::tr("Path %1 is not represented in current version locations").arg(versionPath));
    }

    Result<QString> fileName =
        revisionFileName(config.fileTemplate, revId, request.message.value_or(QString()),
                         config.truncateSlugLength, *date, templ->suffix);
    if (!fileName)
        return fileName.error();
    const QString path = QDir::cleanPath(folder + QLatin1Char('/') + *fileName);

    if (!request.splice) {
        for (int h : std::as_const(heads)) {
            if (h >= 0 && !map.at(h).isHead()) {
                return commandFailure(Tr::tr("Revision %1 is not a head revision; please specify "
                                             "--splice to create a new branch from this revision")
                                          .arg(map.at(h).id));
            }
        }
    }

    // The dependencies: branch labels stay labels, partial ids become full ids.
    QStringList dependsOn;
    for (const QString &dep : request.dependsOn) {
        Result<RevNode> node = map.revisionFor(dep);
        if (!node)
            return readcommands::commandError(node.error());
        if (!node->isRevision()) {
            return commandFailure(
                Tr::tr("Can't locate revision identified by '%1' (--depends-on needs a "
                       "revision)")
                    .arg(dep));
        }
        dependsOn.append(map.hasBranchLabel(node->index, dep) ? dep : map.at(node->index).id);
    }

    // What Alembic would only find out after writing the file (or never).
    if (const int existing = map.indexOf(revId); existing >= 0) {
        return commandFailure(Tr::tr("Revision %1 is already present (%2); choose another "
                                     "--rev-id")
                                  .arg(revId, map.at(existing).path));
    }
    for (const Revision &rev : map.revisions()) {
        if (rev.declaredLabels.contains(revId)) {
            return commandFailure(Tr::tr("Revision id %1 is already a branch label of revision "
                                         "%2; choose another --rev-id")
                                      .arg(revId, rev.id));
        }
    }
    const QString &label = request.branchLabel;
    if (!label.isEmpty()) {
        QString user = label == revId ? revId : QString();
        if (const int asId = map.indexOf(label); asId >= 0)
            user = map.at(asId).id;
        for (const Revision &rev : map.revisions())
            if (user.isEmpty() && rev.declaredLabels.contains(label))
                user = rev.id;
        if (!user.isEmpty()) {
            return commandFailure(Tr::tr("Branch name '%1' in revision %2 already used by "
                                         "revision %3")
                                      .arg(label, revId, user));
        }
        if (sql && !fitsSqlHeader(label)) {
            return commandFailure(Tr::tr("Branch label '%1' cannot be written in a .sql "
                                         "revision: it must not contain blanks or ','")
                                      .arg(label));
        }
    }
    if (QFileInfo::exists(path))
        return commandFailure(Tr::tr("File %1 already exists").arg(path));

    // Render.
    std::vector<TemplateValue> downs;
    for (int h : std::as_const(heads))
        downs.push_back(h >= 0 ? TemplateValue::string(map.at(h).id) : TemplateValue::none());
    std::vector<TemplateValue> deps;
    for (const QString &dep : std::as_const(dependsOn))
        deps.push_back(TemplateValue::string(dep));
    TemplateContext context{
        {QStringLiteral("up_revision"), TemplateValue::string(revId)},
        {QStringLiteral("down_revision"), scalarOrTuple(std::move(downs))},
        {QStringLiteral("branch_labels"),
         label.isEmpty() ? TemplateValue::none() : TemplateValue::tupleOf({label})},
        {QStringLiteral("depends_on"), scalarOrTuple(std::move(deps), true)},
        {QStringLiteral("create_date"), TemplateValue::dateTime(date->toString(), date->toRepr())},
        {QStringLiteral("comma"), TemplateValue::function(QStringLiteral("comma"))},
        {QStringLiteral("message"),
         TemplateValue::string(request.message.value_or(QStringLiteral("empty message")))},
        {QStringLiteral("config"), TemplateValue::object(QStringLiteral("Config"))},
    };
    if (sql)
        context.insert(QStringLiteral("sql_comment"),
                       TemplateValue::function(QStringLiteral("sql_comment")));
    Result<MakoTemplate> mako = MakoTemplate::load(templ->path);
    if (!mako)
        return mako.error();
    Result<QString> text = mako->render(context);
    if (!text)
        return text.error();
    Result<QByteArray> bytes = encodeOutput(*text, config.outputEncoding);
    if (!bytes)
        return bytes.error();

    // The file must read back as the revision asked for, with names the template imports from
    // the project's own modules resolved as a load of the project resolves them.
    const PyImportPath importPath = PyImportPath::forProject(config);
    Result<RevisionHeader> header =
        sql ? parseSqlRevision(*bytes, path) : parsePythonRevision(*bytes, path, &importPath);
    if (!header) {
        Error e = commandFailure(Tr::tr("The revision rendered from %1 cannot be read back (%2); "
                                        "nothing was written")
                                     .arg(templ->path, header.error().toString()));
        return e;
    }
    if (header->revision != revId) {
        return commandFailure(Tr::tr("The revision rendered from %1 does not declare revision "
                                     "'%2'; nothing was written")
                                  .arg(templ->path, revId));
    }
    if (!label.isEmpty() && (!header->branchLabels || header->branchLabels->isEmpty())) {
        return commandFailure(
            Tr::tr("Version %1 specified branch_labels %2, however the migration file %3 does "
                   "not have them; have you upgraded your script.py.mako to include the "
                   "'branch_labels' section?")
                .arg(revId, label, path));
    }

    // Write.
    const QString parent = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(parent)) {
        const bool created = QDir().mkpath(parent);
        if (observer)
            observer(FileEvent{FileEvent::Kind::CreateDirectory, parent, created, {}});
        if (!created)
            return makeError(ErrorKind::Io, Tr::tr("Cannot create the directory %1").arg(parent),
                             parent);
    }
    const Result<void> written = writeNewFile(path, *bytes);
    if (observer)
        observer(FileEvent{FileEvent::Kind::Generate, path, written.ok(), {}});
    if (!written)
        return written.error();

    const QString hooks = config.postWriteHooks.value(QStringLiteral("hooks")).trimmed();
    if (!hooks.isEmpty() && observer) {
        FileEvent warning;
        warning.kind = FileEvent::Kind::Warning;
        warning.path = path;
        warning.text = Tr::tr("post_write_hooks (%1) are not run by Retort; run them on %2 "
                              "yourself")
                           .arg(hooks, path);
        observer(warning);
    }
    return path;
}

Result<QString> createMerge(const Project &project,
                            const QStringList &revisions,
                            const std::optional<QString> &message,
                            const QString &branchLabel,
                            const QString &revId,
                            const FileObserver &observer)
{
    RevisionRequest request;
    request.message = message;
    request.heads = revisions;
    request.branchLabel = branchLabel;
    request.revId = revId;
    return createRevision(project, request, observer);
}

} // namespace retort::authoring
