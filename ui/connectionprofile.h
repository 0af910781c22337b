#pragma once

#include "commands/runcommands.h"
#include "config/alembicconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace retort {

/**
 * A named database connection of a project: where to connect and which version table to use.
 * Saved profiles never hold a password: their URL is stored without one, the password lives
 * in the system keychain (see PasswordStore). The built-in profiles (the ini's
 * sqlalchemy.url, $RETORT_DATABASE_URL) are read from their source on every load and may
 * hold a password there; it is kept in memory only and always shown redacted.
 */
struct ConnectionProfile
{
    enum class Origin { Saved, Ini, Environment };

    QString name;
    QString url;                               ///< Saved: without a password
    QString versionTable;                      ///< empty: the project's (alembic_version)
    std::optional<QString> versionTableSchema; ///< nullopt: the project's
    bool usesPassword = false;                 ///< Saved: the server asks for a password
    /// Saved: its current revisions are painted on the graph beside the connected database's
    bool showOnGraph = false;
    Origin origin = Origin::Saved;

    bool isBuiltIn() const { return origin != Origin::Saved; }
    /** The URL as it may be shown: `postgresql://user:***@host/db`. */
    QString displayUrl() const;
    /** Where the keychain keeps this profile's password: the URL without a password, so a
     *  server used by several projects shares one entry. */
    QString keychainKey() const;
    /** The password written in the URL itself (built-in profiles only), if any. */
    std::optional<QString> urlPassword() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

/** `url` without its password (unchanged when it does not parse); the password removed is
 *  stored in `password` when given. */
QString urlWithoutPassword(const QString &url, QString *password = nullptr);
/** `url` with `password` set (SQLAlchemy's quoting, so that DatabaseUrl::parse reads it
 *  back); `url` unchanged when it does not parse. */
QString urlWithPassword(const QString &url, const QString &password);

/** How to connect with `profile` in a project configured by `config`: the URL with
 *  `password` set (when given), the version table of the profile or else the project's. */
runcommands::Settings connectionSettings(const ConnectionProfile &profile,
                                         const AlembicConfig &config,
                                         const std::optional<QString> &password);

/** The profiles a project has without any saved: the ini's sqlalchemy.url, and
 *  $RETORT_DATABASE_URL when it is set. */
QList<ConnectionProfile> builtInProfiles(const AlembicConfig &config);

/**
 * Saved profiles per project in QSettings (group `connections/<key of the ini path>`), and
 * the profile used last. Never writes a password: a URL handed in with one is stored
 * without it.
 */
namespace profilestore {

QList<ConnectionProfile> load(const QString &iniPath);
void save(const QString &iniPath, const QList<ConnectionProfile> &profiles);
QString lastProfile(const QString &iniPath);
void setLastProfile(const QString &iniPath, const QString &name);
/** Built-in profiles first, then the saved ones. */
QList<ConnectionProfile> all(const AlembicConfig &config);

} // namespace profilestore
} // namespace retort
