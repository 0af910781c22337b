#include "connectionprofile.h"

#include "commands/runcommands.h"
#include "config/databaseurl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>

namespace retort {

namespace {

struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

QString groupOf(const QString &iniPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(iniPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("connections/") + QString::fromLatin1(hash);
}

} // namespace

QString ConnectionProfile::displayUrl() const
{
    auto parsed = DatabaseUrl::parse(url);
    return parsed ? parsed->toString(true) : redactUrl(url);
}

QString ConnectionProfile::keychainKey() const
{
    return urlWithoutPassword(url);
}

std::optional<QString> ConnectionProfile::urlPassword() const
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return std::nullopt;
    return parsed->password;
}

QString urlWithoutPassword(const QString &url, QString *password)
{
    auto parsed = DatabaseUrl::parse(url.trimmed());
    if (!parsed || !parsed->password)
        return url.trimmed();
    if (password)
        *password = *parsed->password;
    parsed->password.reset();
    return parsed->toString(false);
}

QString urlWithPassword(const QString &url, const QString &password)
{
    auto parsed = DatabaseUrl::parse(url.trimmed());
    if (!parsed)
        return url;
    parsed->password = password;
    return parsed->toString(false);
}

runcommands::Settings connectionSettings(const ConnectionProfile &profile,
                                         const AlembicConfig &config,
                                         const std::optional<QString> &password)
{
    runcommands::Settings s;
    s.url = password ? urlWithPassword(profile.url, *password) : profile.url;
    s.run.table.name = profile.versionTable.isEmpty() ? config.versionTable : profile.versionTable;
    s.run.table.schema = profile.versionTableSchema.value_or(config.versionTableSchema);
    s.run.transactionPerMigration = config.transactionPerMigration;
    s.run.runLockTimeoutMs = 10000;
    // The audit table as the CLI configures it from the same ini (runcommands::settings).
    s.run.history.name = config.retortHistoryTable;
    s.run.history.schema = s.run.table.schema;
    s.run.history.enabled = config.retortHistory;
    s.run.history.baseDir = config.here;
    return s;
}

QList<ConnectionProfile> builtInProfiles(const AlembicConfig &config)
{
    QList<ConnectionProfile> out;
    if (!config.sqlalchemyUrl.trimmed().isEmpty()) {
        ConnectionProfile p;
        p.name = UiTr::tr("sqlalchemy.url (alembic.ini)");
        p.url = config.sqlalchemyUrl.trimmed();
        p.origin = ConnectionProfile::Origin::Ini;
        out.append(p);
    }
    const QString env = qEnvironmentVariable(runcommands::kUrlVariable).trimmed();
    if (!env.isEmpty()) {
        ConnectionProfile p;
        p.name = UiTr::tr("%1 (environment)").arg(QString::fromLatin1(runcommands::kUrlVariable));
        p.url = env;
        p.origin = ConnectionProfile::Origin::Environment;
        out.append(p);
    }
    return out;
}

namespace profilestore {

QList<ConnectionProfile> load(const QString &iniPath)
{
    QSettings settings;
    settings.beginGroup(groupOf(iniPath));
    QList<ConnectionProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.url = urlWithoutPassword(settings.value(QStringLiteral("url")).toString());
        p.versionTable = settings.value(QStringLiteral("versionTable")).toString();
        if (settings.contains(QStringLiteral("versionTableSchema")))
            p.versionTableSchema = settings.value(QStringLiteral("versionTableSchema")).toString();
        p.usesPassword = settings.value(QStringLiteral("usesPassword"), false).toBool();
        p.showOnGraph = settings.value(QStringLiteral("showOnGraph"), false).toBool();
        if (!p.name.isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

void save(const QString &iniPath, const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.beginGroup(groupOf(iniPath));
    settings.setValue(QStringLiteral("project"), iniPath);
    settings.remove(QStringLiteral("profiles"));
    settings.beginWriteArray(QStringLiteral("profiles"));
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.isBuiltIn())
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("url"), urlWithoutPassword(p.url));
        settings.setValue(QStringLiteral("versionTable"), p.versionTable);
        if (p.versionTableSchema)
            settings.setValue(QStringLiteral("versionTableSchema"), *p.versionTableSchema);
        settings.setValue(QStringLiteral("usesPassword"), p.usesPassword);
        settings.setValue(QStringLiteral("showOnGraph"), p.showOnGraph);
    }
    settings.endArray();
}

QString lastProfile(const QString &iniPath)
{
    return QSettings().value(groupOf(iniPath) + QStringLiteral("/lastProfile")).toString();
}

void setLastProfile(const QString &iniPath, const QString &name)
{
    QSettings settings;
    settings.setValue(groupOf(iniPath) + QStringLiteral("/project"), iniPath);
    if (name.isEmpty())
        settings.remove(groupOf(iniPath) + QStringLiteral("/lastProfile"));
    else
        settings.setValue(groupOf(iniPath) + QStringLiteral("/lastProfile"), name);
}

QList<ConnectionProfile> all(const AlembicConfig &config)
{
    return builtInProfiles(config) + load(config.iniPath);
}

} // namespace profilestore
} // namespace retort
