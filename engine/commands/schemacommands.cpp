#include "commands/schemacommands.h"
#include "commands/shadow.h"

#include "config/databaseurl.h"
#include "runtime/connection.h"
#include "schema/reader.h"
#include "script/sqlsplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <memory>

namespace retort::schemacommands {

namespace {

/** `read` that leaves out the audit table too (Retort's retort_history, or the project's
 *  retort_history_table), which lives in the version table's schema. */
schema::ReadOptions withoutAudit(schema::ReadOptions read, const Project *project)
{
    const QString name =
        project ? project->config.retortHistoryTable : QStringLiteral("retort_history");
    if (!read.excludeTables.contains(name))
        read.excludeTables.append(name);
    return read;
}

Result<schema::Snapshot> readUrl(const QString &url, const schema::ReadOptions &read)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    auto conn = Connection::open(*parsed, QStringLiteral("retort schema"));
    if (!conn)
        return conn.error();
    auto snap = schema::readSnapshot((*conn)->db(), read);
    if (!snap) {
        Error e = snap.error();
        e.message = (*conn)->displayUrl() + QStringLiteral(": ") + e.message;
        return e;
    }
    return snap;
}

/** The .sql files of a DDL source, in name order. */
Result<QStringList> ddlFiles(const QString &source)
{
    const QFileInfo info(source);
    if (!info.exists())
        return makeError(ErrorKind::Io,
                         Tr::tr("%1: no such file or folder, and not a database URL").arg(source));
    if (info.isFile())
        return QStringList{info.filePath()};
    QStringList files;
    const QDir dir(source);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::Readable, QDir::Name))
        files << dir.filePath(name);
    if (files.isEmpty())
        return makeError(ErrorKind::Io, Tr::tr("%1: the folder holds no .sql file").arg(source));
    return files;
}

Result<void> applyFile(Connection &conn, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("%1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    auto statements = splitSqlStatements(text, path);
    if (!statements)
        return statements.error();
    for (const SqlStatement &s : *statements) {
        auto done = conn.exec(s.text);
        if (!done) {
            Error e = done.error();
            e.file = path;
            e.line = s.line;
            return e;
        }
    }
    return {};
}

shadow::ShadowRequest shadowRequest(const SourceOptions &options)
{
    shadow::ShadowRequest r;
    r.shadowUrl = options.shadowUrl;
    r.shadowOrigin = options.shadowOrigin;
    if (r.shadowUrl.isEmpty() && options.project &&
        !options.project->config.retortShadowUrl.isEmpty()) {
        r.shadowUrl = options.project->config.retortShadowUrl;
        r.shadowOrigin =
            retort::Tr::tr("retort_shadow_url in %1").arg(options.project->config.iniPath);
    }
    r.serverUrl = options.fallbackServerUrl;
    if (r.serverUrl.isEmpty() && options.project) {
        runcommands::Overrides o = options.run;
        o.url.clear();
        if (auto s = runcommands::settings(*options.project, o))
            r.serverUrl = s->url;
    }
    r.allowPrivateServer = options.allowPrivateServer;
    r.log = options.log;
    return r;
}

Result<schema::Snapshot>
readDdl(const QString &source, const SourceOptions &options, shadow::ShadowProvider &provider)
{
    auto files = ddlFiles(source);
    if (!files)
        return files.error();
    auto shadow = provider.create();
    if (!shadow)
        return shadow.error();
    for (const QString &f : *files) {
        auto applied = applyFile((*shadow)->connection(), f);
        if (!applied)
            return applied.error();
    }
    return schema::readSnapshot((*shadow)->connection().db(), options.read);
}

/** Upgrades a shadow database to each of `targets` in turn, as `retort upgrade` would. */
Result<schema::ReadOptions> upgradeShadow(Connection &conn,
                                          const Project &project,
                                          const QStringList &targets,
                                          const SourceOptions &options)
{
    runcommands::Overrides o = options.run;
    o.url = conn.url().toString(false);
    o.dryRun = false;
    o.noHistory = true; // a shadow is thrown away: no audit rows
    auto settings = runcommands::settings(project, o);
    if (!settings)
        return settings.error();
    schema::ReadOptions read = withoutAudit(options.read, &project);
    read.versionTable = settings->run.table.name;
    read.versionTableSchema = settings->run.table.schema;
    runcommands::ApplyHooks hooks;
    if (options.log) {
        hooks.log = [&options](const QString &line) {
            if (line.startsWith(QLatin1String("Running ")))
                options.log(Tr::tr("Shadow database: %1").arg(line));
        };
        hooks.event = [&options](const RunEvent &e) {
            if (e.type == RunEvent::Type::Output)
                options.log(e.text);
        };
    }
    for (const QString &target : targets) {
        auto report = runcommands::apply(project, runcommands::Kind::Upgrade, {target}, conn,
                                         *settings, false, hooks);
        if (!report)
            return report.error();
    }
    return read;
}

Result<schema::Snapshot>
readRevision(const QString &source, const SourceOptions &options, shadow::ShadowProvider &provider)
{
    const QString revision = source.mid(1);
    if (revision.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("'@' needs a revision: @head, @heads, @base or @REV"));
    if (!options.project) {
        Error e = options.projectError;
        const QString why = e.message.isEmpty() ? Tr::tr("no project was opened") : e.message;
        e.kind = ErrorKind::Config;
        e.message = Tr::tr("%1 is a revision of the project's migrations, which need the "
                           "project (alembic.ini, or -c/--config): %2")
                        .arg(source, why);
        return e;
    }
    auto shadow = provider.create();
    if (!shadow)
        return shadow.error();
    Connection &conn = (*shadow)->connection();
    QStringList targets;
    if (revision != QLatin1String("base"))
        targets << revision;
    auto read = upgradeShadow(conn, *options.project, targets, options);
    if (!read)
        return read.error();
    return schema::readSnapshot(conn.db(), *read);
}

Result<schema::Snapshot>
snapshotWith(const QString &source, const SourceOptions &options, shadow::ShadowProvider &provider)
{
    if (isRevisionSource(source))
        return readRevision(source, options, provider);
    if (isUrl(source))
        return readUrl(source, withoutAudit(options.read, options.project));
    return readDdl(source, options, provider);
}

QString formatted(const QList<schema::Change> &changes,
                  Format format,
                  const schema::Snapshot &from,
                  const schema::Snapshot &to)
{
    const Dialect dialect = to.dialect;
    switch (format) {
    case Format::Alembic:
        return schema::changesAlembic(changes, from, to);
    case Format::Text:
    case Format::Json:
        return schema::changesText(changes);
    case Format::Sql:
        break;
    }
    return schema::changesSql(changes, dialect);
}

QStringList notComparedOf(const schema::Snapshot &a, const schema::Snapshot &b)
{
    QStringList out;
    for (const QString &n : a.notCompared + b.notCompared)
        if (!out.contains(n))
            out << n;
    out.sort();
    return out;
}

} // namespace

bool isUrl(const QString &source)
{
    return source.contains(QLatin1String("://"));
}

bool isRevisionSource(const QString &source)
{
    return source.startsWith(QLatin1Char('@'));
}

Result<schema::Snapshot> snapshotOf(const QString &source, const SourceOptions &options)
{
    if (isUrl(source))
        return readUrl(source, withoutAudit(options.read, options.project));
    shadow::ShadowProvider provider(shadowRequest(options));
    return snapshotWith(source, options, provider);
}

Result<QString> dump(const QString &source, Format format, const SourceOptions &options)
{
    auto snap = snapshotOf(source, options);
    if (!snap)
        return snap.error();
    if (format == Format::Json)
        return QString::fromUtf8(snap->toJson());
    // What a new database already has: the public schema (CREATE DATABASE copies it from
    // template0), kept as it is, so the DDL runs on an empty database as pg_dump's does.
    schema::Snapshot empty;
    empty.dialect = snap->dialect;
    if (const schema::SchemaObject *pub = snap->find(QStringLiteral("schema public")))
        empty.add(*pub);
    empty.finish();
    const QList<schema::Change> changes = schema::diffSnapshots(empty, *snap);
    if (format == Format::Alembic)
        return schema::changesAlembic(changes, empty, *snap);
    if (format == Format::Text)
        return schema::changesText(changes);
    return schema::changesSql(changes, snap->dialect);
}

Result<DiffOutput>
diff(const QString &from, const QString &to, Format format, const SourceOptions &options)
{
    SourceOptions opts = options;
    if (opts.fallbackServerUrl.isEmpty())
        opts.fallbackServerUrl = isUrl(from) ? from : (isUrl(to) ? to : QString());
    shadow::ShadowProvider provider(shadowRequest(opts));
    auto a = snapshotWith(from, opts, provider);
    if (!a)
        return a.error();
    auto b = snapshotWith(to, opts, provider);
    if (!b)
        return b.error();
    if (a->dialect != b->dialect)
        return makeError(ErrorKind::Command,
                         Tr::tr("cannot compare a %1 schema with a %2 one")
                             .arg(dialect::name(a->dialect), dialect::name(b->dialect)));
    const QList<schema::Change> changes = schema::diffSnapshots(*a, *b);
    DiffOutput out;
    out.changes = changes.size();
    out.notCompared = notComparedOf(*a, *b);
    out.text = formatted(changes, format, *a, *b);
    return out;
}

Result<DriftOutput> drift(const Project &project, Format format, const SourceOptions &options)
{
    auto settings = runcommands::settings(project, options.run);
    if (!settings)
        return settings.error();
    DriftOutput out;
    auto heads = runcommands::readRows(*settings, &out.displayUrl);
    if (!heads)
        return heads.error();
    out.heads = *heads;
    SourceOptions opts = options;
    opts.project = &project;
    if (opts.fallbackServerUrl.isEmpty())
        opts.fallbackServerUrl = settings->url;
    schema::ReadOptions read = withoutAudit(opts.read, &project);
    read.versionTable = settings->run.table.name;
    read.versionTableSchema = settings->run.table.schema;
    auto live = readUrl(settings->url, read);
    if (!live)
        return live.error();
    shadow::ShadowProvider provider(shadowRequest(opts));
    auto shadow = provider.create();
    if (!shadow)
        return shadow.error();
    Connection &conn = (*shadow)->connection();
    auto shadowRead = upgradeShadow(conn, project, *heads, opts);
    if (!shadowRead)
        return shadowRead.error();
    auto built = schema::readSnapshot(conn.db(), *shadowRead);
    if (!built)
        return built.error();
    if (built->dialect != live->dialect)
        return makeError(ErrorKind::Command,
                         Tr::tr("cannot compare a %1 schema with a %2 one")
                             .arg(dialect::name(built->dialect), dialect::name(live->dialect)));
    const QList<schema::Change> changes = schema::diffSnapshots(*built, *live);
    out.changes = changes.size();
    out.notCompared = notComparedOf(*built, *live);
    out.text = formatted(changes, format, *built, *live);
    return out;
}

} // namespace retort::schemacommands
