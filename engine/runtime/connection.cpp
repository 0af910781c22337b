#include "connection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace retort {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

/** A libpq conninfo value: single-quoted with quotes and backslashes escaped. */
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString describeServer(const DatabaseUrl &url)
{
    QString host = url.host.value_or(QString());
    if (host.isEmpty())
        host = url.queryValue(QStringLiteral("host"))
                   .value_or(qEnvironmentVariable("PGHOST", QStringLiteral("local socket")));
    const QString port =
        url.port ? QString::number(*url.port)
                 : url.queryValue(QStringLiteral("port"))
                       .value_or(qEnvironmentVariable("PGPORT", QStringLiteral("5432")));
    const QString database = url.database.value_or(
        url.queryValue(QStringLiteral("dbname")).value_or(url.username.value_or(QString())));
    return Tr::tr("host %1, port %2, database %3").arg(host, port, database);
}

} // namespace

QString serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        return error.driverText().trimmed();
    // QPSQL appends "(SQLSTATE)" to libpq's PQerrorMessage(), whose first line starts with
    // the severity ("ERROR:  "): neither is part of the server's message.
    const QString code = error.nativeErrorCode();
    if (!code.isEmpty() && text.endsWith(QLatin1Char('(') + code + QLatin1Char(')')))
        text = text.chopped(code.size() + 2).trimmed();
    for (const QLatin1String severity :
         {QLatin1String("ERROR:  "), QLatin1String("FATAL:  "), QLatin1String("PANIC:  ")})
        if (text.startsWith(severity))
            return text.mid(severity.size());
    return text;
}

Error databaseError(const QSqlError &error, const QString &context)
{
    Error e = makeError(ErrorKind::Database,
                        context.isEmpty() ? serverMessage(error)
                                          : context + QStringLiteral(": ") + serverMessage(error));
    e.argument = error.nativeErrorCode();
    return e;
}

Connection::~Connection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url,
                                                     const QString &applicationName)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_url = url;
    c->m_name = QStringLiteral("retort-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    const QString shown = url.toString(true);

    if (url.backend == QStringLiteral("postgresql") || url.backend == QStringLiteral("postgres")) {
        c->m_dialect = Dialect::PostgreSQL;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(ErrorKind::Database,
                             Tr::tr("The Qt PostgreSQL driver (QPSQL) is not installed: "
                                    "install the package libqt6sql6-psql"));
        c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c->m_name);
        if (url.host)
            c->m_db.setHostName(*url.host);
        if (url.port)
            c->m_db.setPort(*url.port);
        if (url.database)
            c->m_db.setDatabaseName(*url.database);
        if (url.username)
            c->m_db.setUserName(*url.username);
        if (url.password)
            c->m_db.setPassword(*url.password);
        QStringList options;
        bool hasApplicationName = false;
        for (const auto &[key, value] : url.query) {
            if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')))
                return makeError(ErrorKind::Config,
                                 Tr::tr("The query parameter '%1' of %2 holds a ';', which the "
                                        "PostgreSQL driver cannot pass on")
                                     .arg(key, shown));
            hasApplicationName = hasApplicationName || key == QStringLiteral("application_name");
            options.append(key + QLatin1Char('=') + conninfoValue(value));
        }
        if (!hasApplicationName && !applicationName.isEmpty())
            options.append(QStringLiteral("application_name=") + conninfoValue(applicationName));
        c->m_db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!c->m_db.open())
            return makeError(ErrorKind::Database, Tr::tr("Can't connect to %1 (%2): %3")
                                                      .arg(shown, describeServer(url),
                                                           serverMessage(c->m_db.lastError())));
        return c;
    }

    if (url.backend == QStringLiteral("sqlite")) {
        c->m_dialect = Dialect::SQLite;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return makeError(ErrorKind::Database,
                             Tr::tr("The Qt SQLite driver (QSQLITE) is not installed: install "
                                    "the package libqt6sql6-sqlite"));
        QString path = url.database.value_or(QString());
        if (path.isEmpty())
            path = QStringLiteral(":memory:");
        else if (path != QStringLiteral(":memory:"))
            path = QDir::current().absoluteFilePath(path);
        QStringList options;
        for (const auto &[key, value] : url.query) {
            if (key == QStringLiteral("timeout")) {
                bool ok = false;
                const double seconds = value.toDouble(&ok);
                if (!ok || seconds < 0)
                    return makeError(ErrorKind::Config,
                                     Tr::tr("The SQLite timeout '%1' in %2 is not a number of "
                                            "seconds")
                                         .arg(value, shown));
                options.append(
                    QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qint64(seconds * 1000)));
            } else {
                return makeError(ErrorKind::Config,
                                 Tr::tr("The SQLite query parameter '%1' in %2 is not supported "
                                        "(supported: timeout)")
                                     .arg(key, shown));
            }
        }
        if (path != QStringLiteral(":memory:") && !QFileInfo(path).absoluteDir().exists())
            return makeError(ErrorKind::Database,
                             Tr::tr("Can't open the SQLite database %1: the folder %2 does "
                                    "not exist")
                                 .arg(path, QFileInfo(path).absolutePath()));
        c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_name);
        c->m_db.setDatabaseName(path);
        c->m_db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!c->m_db.open())
            return makeError(ErrorKind::Database,
                             Tr::tr("Can't open the SQLite database %1: %2")
                                 .arg(path, serverMessage(c->m_db.lastError())));
        return c;
    }

    return makeError(ErrorKind::Config,
                     Tr::tr("Can't load plugin: sqlalchemy.dialects:%1 (Retort connects to "
                            "postgresql and sqlite databases)")
                         .arg(url.backend));
}

QString Connection::serverDescription() const
{
    if (m_dialect == Dialect::SQLite)
        return Tr::tr("file %1").arg(m_db.databaseName());
    return describeServer(m_url);
}

Result<void> Connection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return databaseError(query.lastError(), {});
    return {};
}

Result<QStringList> Connection::column(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = ok && query.exec();
    }
    if (!ok)
        return databaseError(query.lastError(), {});
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

} // namespace retort
