#include "commands/schemacommands.h"

#include "config/databaseurl.h"
#include "runtime/connection.h"
#include "schema/reader.h"
#include "script/sqlsplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace retort::schemacommands {

namespace {

std::atomic<int> g_shadowCounter{0};

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

/** A temporary database on a server, dropped when this goes. */
class ShadowDatabase
{
public:
    ~ShadowDatabase()
    {
        m_conn.reset();
        if (m_admin && !m_name.isEmpty())
            (void)m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1")
                                    .arg(dialect::quoteIdentifier(Dialect::PostgreSQL, m_name)));
    }

    Result<void> create(const QString &serverUrl, const QString &option)
    {
        auto parsed = DatabaseUrl::parse(serverUrl);
        if (!parsed)
            return parsed.error();
        if (parsed->backend != QLatin1String("postgresql"))
            return makeError(ErrorKind::Config,
                             Tr::tr("a DDL source needs a PostgreSQL server for its shadow "
                                    "database (give %1)")
                                 .arg(option));
        auto admin = Connection::open(*parsed, QStringLiteral("retort shadow"));
        if (!admin) {
            Error e = admin.error();
            e.message = Tr::tr("the shadow server is unreachable (%1): %2").arg(option, e.message);
            return e;
        }
        m_admin = std::move(*admin);
        const QString name = QStringLiteral("retort_shadow_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(g_shadowCounter.fetch_add(1));
        auto made = m_admin->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0")
                                      .arg(dialect::quoteIdentifier(Dialect::PostgreSQL, name)));
        if (!made) {
            Error e = made.error();
            e.message = Tr::tr("cannot create a shadow database on %1 (%2): %3")
                            .arg(m_admin->displayUrl(), option, e.message);
            return e;
        }
        m_name = name;
        DatabaseUrl shadow = *parsed;
        shadow.database = name;
        auto conn = Connection::open(shadow, QStringLiteral("retort shadow"));
        if (!conn)
            return conn.error();
        m_conn = std::move(*conn);
        return {};
    }

    Connection &connection() { return *m_conn; }

private:
    std::unique_ptr<Connection> m_admin;
    std::unique_ptr<Connection> m_conn;
    QString m_name;
};

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

Result<schema::Snapshot> readDdl(const QString &source, const SourceOptions &options)
{
    auto files = ddlFiles(source);
    if (!files)
        return files.error();
    QString server = options.shadowUrl;
    QString option = QStringLiteral("--shadow-url");
    if (server.isEmpty()) {
        server = options.fallbackServerUrl;
        option = QStringLiteral("--shadow-url, or --url for a temporary database on its server");
    }
    if (server.isEmpty())
        return makeError(ErrorKind::Config,
                         Tr::tr("%1 is DDL: it needs a PostgreSQL server to be applied to (give "
                                "--shadow-url URL, or --url)")
                             .arg(source));
    ShadowDatabase shadow;
    auto made = shadow.create(server, option);
    if (!made)
        return made.error();
    for (const QString &f : *files) {
        auto applied = applyFile(shadow.connection(), f);
        if (!applied)
            return applied.error();
    }
    return schema::readSnapshot(shadow.connection().db(), options.read);
}

} // namespace

bool isUrl(const QString &source)
{
    return source.contains(QLatin1String("://"));
}

Result<schema::Snapshot> snapshotOf(const QString &source, const SourceOptions &options)
{
    if (isUrl(source))
        return readUrl(source, options.read);
    return readDdl(source, options);
}

Result<QString> dump(const QString &source, Format format, const SourceOptions &options)
{
    auto snap = snapshotOf(source, options);
    if (!snap)
        return snap.error();
    if (format == Format::Json)
        return QString::fromUtf8(snap->toJson());
    schema::Snapshot empty;
    empty.dialect = snap->dialect;
    empty.finish();
    const QList<schema::Change> changes = schema::diffSnapshots(empty, *snap);
    if (format == Format::Alembic)
        return schema::changesAlembic(changes);
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
    auto a = snapshotOf(from, opts);
    if (!a)
        return a.error();
    auto b = snapshotOf(to, opts);
    if (!b)
        return b.error();
    if (a->dialect != b->dialect)
        return makeError(ErrorKind::Command,
                         Tr::tr("cannot compare a %1 schema with a %2 one")
                             .arg(dialect::name(a->dialect), dialect::name(b->dialect)));
    const QList<schema::Change> changes = schema::diffSnapshots(*a, *b);
    DiffOutput out;
    out.changes = changes.size();
    for (const QString &n : a->notCompared + b->notCompared)
        if (!out.notCompared.contains(n))
            out.notCompared << n;
    out.notCompared.sort();
    switch (format) {
    case Format::Alembic:
        out.text = schema::changesAlembic(changes);
        break;
    case Format::Text:
    case Format::Json:
        out.text = schema::changesText(changes);
        break;
    case Format::Sql:
        out.text = schema::changesSql(changes, a->dialect);
        break;
    }
    return out;
}

} // namespace retort::schemacommands
