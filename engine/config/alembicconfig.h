#pragma once

#include "core/error.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace retort {

/**
 * The `[alembic]` section (or the one named by -n) of an alembic.ini, resolved the way
 * Alembic's Config and ScriptDirectory.from_config resolve it.
 */
struct AlembicConfig
{
    QString iniPath; ///< absolute path of the ini file
    QString section; ///< section read (default "alembic")
    QString here;    ///< absolute folder of the ini file (`%(here)s`)

    QString scriptLocation; ///< absolute; a relative value is taken from the ini's folder
    /** Absolute version folders in configured order; when version_locations is absent this
     *  is `<scriptLocation>/versions` and versionLocationsConfigured is false. */
    QStringList versionLocations;
    bool versionLocationsConfigured = false;
    bool recursiveVersionLocations = false;
    QString fileTemplate = QStringLiteral("%(rev)s_%(slug)s");
    int truncateSlugLength = 40;
    QString timezone;      ///< empty when absent
    QString sqlalchemyUrl; ///< verbatim (may hold a password: redact before showing)
    QString outputEncoding = QStringLiteral("utf-8");
    bool revisionEnvironment = false;
    bool sourceless = false;
    QMap<QString, QString> postWriteHooks; ///< [post_write_hooks] section, reported only
    /// Retort's runtime keys (Alembic sets these in env.py, which Retort never runs):
    /// `version_table`, `version_table_schema`, `transaction_per_migration`, `retort_python`.
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema;
    bool transactionPerMigration = false;
    /// `retort_python`: the Python (with Alembic) that runs the steps Retort cannot render.
    QString retortPython;
    /// `retort_shadow_url`: the server of the schema commands' shadow databases.
    QString retortShadowUrl;
    /// `retort_history`: whether runs write the audit table (default true).
    bool retortHistory = true;
    /// `retort_history_table`: the audit table's name (in version_table_schema).
    QString retortHistoryTable = QStringLiteral("retort_history");
    /// `prepend_sys_path`, split on spaces, commas and colons as Alembic does (the bridge's
    /// sys.path, and where revision files find the project's modules: pyimportpath.h).
    QStringList prependSysPath;
    /** Errors in keys that only some commands read (`sqlalchemy.url`,
     *  `revision_environment`), keyed by option; those commands report them. */
    QMap<QString, Error> deferredErrors;

    /**
     * Loads `iniPath` and reads `section`. Errors (as Alembic words them where it has a
     * message): a missing file or section ("No config file 'x' found, or file has no
     * '[alembic]' section"), no script_location, a script location that does not exist,
     * an invalid version_path_separator or truncate_slug_length, bad interpolation.
     */
    static Result<AlembicConfig> load(const QString &iniPath,
                                      const QString &section = QStringLiteral("alembic"));
};

} // namespace retort
