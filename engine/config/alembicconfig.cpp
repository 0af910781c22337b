#include "alembicconfig.h"

#include "inifile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>
#include <optional>

// Mirrors alembic 1.8.1: Config.get_main_option / get_section (config.py),
// ScriptDirectory.from_config and __init__ (script/base.py), util.asbool (SQLAlchemy's) and
// util.coerce_resource_to_filename. Deliberate differences: relative paths are taken from the
// ini's folder rather than the working directory, and package resources are refused.

namespace retort {

using namespace Qt::StringLiterals;
using detail::pythonRepr;
using detail::pythonStrip;

namespace {

/** Reads options of one section, turning every problem into an Error with file and line. */
class OptionReader
{
public:
    OptionReader(const IniFile &ini, QString path, QString section)
        : m_ini(ini)
        , m_path(std::move(path))
        , m_section(std::move(section))
    {}

    Result<std::optional<QString>> get(const QString &key) const
    {
        return m_ini.value(m_section, key);
    }

    Error error(const QString &key, const QString &message) const
    {
        return makeError(ErrorKind::Config, message, m_path, m_ini.line(m_section, key));
    }

    /** SQLAlchemy's util.asbool, as Alembic applies it: absent is false, junk is an error. */
    Result<bool> boolean(const QString &key) const
    {
        Result<std::optional<QString>> text = get(key);
        if (!text)
            return text.error();
        if (!text->has_value())
            return false;
        const QString word = pythonStrip(**text).toLower();
        static const QStringList yes = {u"true"_s, u"yes"_s, u"on"_s, u"y"_s, u"t"_s, u"1"_s};
        static const QStringList no = {u"false"_s, u"no"_s, u"off"_s, u"n"_s, u"f"_s, u"0"_s};
        if (yes.contains(word))
            return true;
        if (no.contains(word))
            return false;
        return error(key, Tr::tr("Option '%1' in section [%2] must be a boolean: String is not "
                                 "true/false: %3")
                              .arg(key, m_section, pythonRepr(word)));
    }

    const QString &section() const { return m_section; }

private:
    const IniFile &m_ini;
    QString m_path;
    QString m_section;
};

/** Python's int(text) for base 10 (signs, surrounding whitespace, '_' between digits, any
 *  Unicode decimal digit), clamped to int: truncation by a larger length never happens. */
std::optional<int> parsePythonInt(const QString &text)
{
    const QList<uint> chars = pythonStrip(text).toUcs4();
    qsizetype i = 0;
    bool negative = false;
    if (i < chars.size() && (chars.at(i) == u'+' || chars.at(i) == u'-'))
        negative = chars.at(i++) == u'-';
    qint64 magnitude = 0;
    bool digits = false;
    constexpr qint64 limit = qint64(std::numeric_limits<int>::max()) + 1;
    for (; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (c == U'_') {
            // Only single underscores between two digits.
            if (!digits || i + 1 >= chars.size() || chars.at(i + 1) == U'_')
                return std::nullopt;
            continue;
        }
        if (QChar::category(c) != QChar::Number_DecimalDigit)
            return std::nullopt;
        digits = true;
        magnitude = std::min(limit, magnitude * 10 + QChar::digitValue(c));
    }
    if (!digits)
        return std::nullopt;
    if (negative)
        return int(-std::min(magnitude, limit - 1));
    return int(std::min(magnitude, limit - 1));
}

/** util.coerce_resource_to_filename treats "not absolute and containing ':'" as
 *  "package:resource". (A Qt resource path ":/x" is not absolute for Python either.) */
bool isPackageResource(const QString &location)
{
    const bool absolute = QDir::isAbsolutePath(location) && !location.startsWith(u':');
    return !absolute && location.contains(u':');
}

Error packageResourceError(const OptionReader &reader, const QString &key, const QString &value)
{
    return reader.error(key, Tr::tr("Option '%1' in section [%2] names a Python package resource "
                                    "(%3); Retort cannot resolve package resources without Python, "
                                    "use a folder path instead")
                                 .arg(key, reader.section(), pythonRepr(value)));
}

/** A location as an absolute, clean path; relative ones start at the ini's folder. */
QString resolve(const QString &here, const QString &location)
{
    if (location.isEmpty()) // os.path.abspath('') is the working directory
        return here;
    return QDir::cleanPath(QDir(here).absoluteFilePath(location));
}

/** The version_locations pieces as from_config splits them (empty: not configured). */
Result<QStringList> splitVersionLocations(const OptionReader &reader, const QString &locations)
{
    const QString key = u"version_path_separator"_s;
    Result<std::optional<QString>> separator = reader.get(key);
    if (!separator)
        return separator.error();
    if (!separator->has_value()) {
        // Legacy behaviour: re.split(r", *|(?: +)") keeps the empty strings it produces.
        static const QRegularExpression legacy(u", *|(?: +)"_s);
        return locations.split(legacy);
    }
    const QString &name = **separator;
    QString splitOn;
    if (name == u"space")
        splitOn = u" "_s;
    else if (name == u"os")
        splitOn = QString(QDir::listSeparator()); // os.pathsep
    else if (name == u":" || name == u"colon")
        splitOn = u":"_s;
    else if (name == u";" || name == u"semicolon")
        splitOn = u";"_s;
    else if (name == u"newline")
        splitOn = u"\n"_s;
    else {
        return reader.error(key, Tr::tr("'%1' is not a valid value for version_path_separator; "
                                        "expected 'space', 'os', ':', ';' (Retort also accepts "
                                        "'colon', 'semicolon', 'newline')")
                                     .arg(name));
    }
    return locations.split(splitOn, Qt::SkipEmptyParts);
}

} // namespace

Result<AlembicConfig> AlembicConfig::load(const QString &iniPath, const QString &section)
{
    const QFileInfo info(iniPath);
    AlembicConfig config;
    config.iniPath = QDir::cleanPath(info.absoluteFilePath());
    config.here = QDir::cleanPath(info.absolutePath());
    config.section = section;

    const Error noConfig =
        makeError(ErrorKind::Config,
                  Tr::tr("No config file %1 found, or file has no '[%2]' section")
                      .arg(pythonRepr(iniPath), section),
                  iniPath);
    // ConfigParser.read() silently skips a file it cannot open; Alembic then finds no section.
    if (iniPath.isEmpty() || !info.exists() || info.isDir())
        return noConfig;
    Result<IniFile> ini = IniFile::load(iniPath, {{u"here"_s, config.here}});
    if (!ini)
        return ini.error();
    if (!ini->hasSection(section))
        return noConfig;

    const OptionReader reader(*ini, iniPath, section);
    const auto option = [&](const QString &key, QString &target) -> Result<void> {
        Result<std::optional<QString>> text = reader.get(key);
        if (!text)
            return text.error();
        if (text->has_value())
            target = **text;
        return {};
    };

    // script_location (checked for existence after the other options, as Alembic does).
    const QString scriptKey = u"script_location"_s;
    Result<std::optional<QString>> script = reader.get(scriptKey);
    if (!script)
        return script.error();
    if (!script->has_value()) {
        return makeError(ErrorKind::Config,
                         Tr::tr("No 'script_location' key found in configuration."), iniPath);
    }
    const QString scriptValue = **script;

    if (ini->hasKey(section, u"truncate_slug_length"_s)) {
        QString text;
        if (Result<void> r = option(u"truncate_slug_length"_s, text); !r)
            return r.error();
        const std::optional<int> length = parsePythonInt(text);
        if (!length) {
            return reader.error(u"truncate_slug_length"_s,
                                Tr::tr("Option 'truncate_slug_length' in section [%1] must be "
                                       "an integer: invalid literal for int() with base 10: %2")
                                    .arg(section, pythonRepr(text)));
        }
        config.truncateSlugLength = *length != 0 ? *length : 40; // `or 40`
    }

    QString locations;
    if (Result<void> r = option(u"version_locations"_s, locations); !r)
        return r.error();
    QStringList pieces;
    if (!locations.isEmpty()) {
        Result<QStringList> split = splitVersionLocations(reader, locations);
        if (!split)
            return split.error();
        pieces = split.value();
    }

    if (scriptValue.isEmpty()) {
        return reader.error(scriptKey,
                            Tr::tr("Option 'script_location' in section [%1] is empty; set it "
                                   "to the folder that holds env.py and versions/")
                                .arg(section));
    }
    if (isPackageResource(scriptValue))
        return packageResourceError(reader, scriptKey, scriptValue);
    config.scriptLocation = resolve(config.here, scriptValue);

    if (Result<void> r = option(u"file_template"_s, config.fileTemplate); !r)
        return r.error();
    QString sourceless;
    if (Result<void> r = option(u"sourceless"_s, sourceless); !r)
        return r.error();
    config.sourceless = sourceless == u"true"; // Alembic compares, no asbool here
    if (Result<void> r = option(u"output_encoding"_s, config.outputEncoding); !r)
        return r.error();
    if (Result<void> r = option(u"timezone"_s, config.timezone); !r)
        return r.error();
    // Config.get_section: every item of the section, DEFAULT's included (so `here` too).
    const QString hooksSection = u"post_write_hooks"_s;
    if (ini->hasSection(hooksSection)) {
        for (const QString &key : ini->keys(hooksSection)) {
            Result<std::optional<QString>> text = ini->value(hooksSection, key);
            if (!text)
                return text.error();
            config.postWriteHooks.insert(key, text->value_or(QString()));
        }
    }

    const QFileInfo scriptInfo(config.scriptLocation);
    if (!scriptInfo.exists()) {
        return reader.error(scriptKey,
                            Tr::tr("Path doesn't exist: %1.  Please use the 'init' command to "
                                   "create a new scripts folder.")
                                .arg(pythonRepr(config.scriptLocation)));
    }
    if (!scriptInfo.isDir()) {
        return reader.error(
            scriptKey,
            Tr::tr("Script location %1 is not a folder").arg(pythonRepr(config.scriptLocation)));
    }

    // ScriptDirectory._version_locations: an empty list means "not configured".
    for (const QString &piece : std::as_const(pieces)) {
        if (isPackageResource(piece))
            return packageResourceError(reader, u"version_locations"_s, piece);
        config.versionLocations.append(resolve(config.here, piece));
    }
    config.versionLocationsConfigured = !config.versionLocations.isEmpty();
    if (!config.versionLocationsConfigured)
        config.versionLocations = {config.scriptLocation + u"/versions"_s};

    // Alembic 1.10's recursive_version_locations, and command.revision's revision_environment.
    Result<bool> recursive = reader.boolean(u"recursive_version_locations"_s);
    if (!recursive)
        return recursive.error();
    config.recursiveVersionLocations = *recursive;
    // Alembic reads these two only in the commands that need them (a `%` in a password
    // does not stop `alembic heads`), so their errors wait for those commands.
    if (Result<void> r = option(u"sqlalchemy.url"_s, config.sqlalchemyUrl); !r) {
        // The raw value may hold a password: say what is wrong without echoing it.
        Error e = r.error();
        e.message = Tr::tr("Bad interpolation in option 'sqlalchemy.url' of section [%1] (value "
                           "not shown, it may hold a password): write a literal % as %%, and "
                           "%(name)s only for keys of the section or of [DEFAULT]")
                        .arg(section);
        config.deferredErrors.insert(u"sqlalchemy.url"_s, e);
    }
    if (Result<void> r = option(u"version_table"_s, config.versionTable); !r)
        return r.error();
    if (config.versionTable.isEmpty())
        return reader.error(
            u"version_table"_s,
            Tr::tr("Option 'version_table' in section [%1] must not be empty").arg(section));
    if (Result<void> r = option(u"version_table_schema"_s, config.versionTableSchema); !r)
        return r.error();
    Result<bool> perMigration = reader.boolean(u"transaction_per_migration"_s);
    if (!perMigration)
        return perMigration.error();
    config.transactionPerMigration = *perMigration;
    if (Result<void> r = option(u"retort_python"_s, config.retortPython); !r)
        return r.error();
    if (Result<void> r = option(u"retort_shadow_url"_s, config.retortShadowUrl); !r)
        return r.error();
    if (Result<std::optional<QString>> text = reader.get(u"retort_history"_s);
        !text || text->has_value()) {
        Result<bool> history = reader.boolean(u"retort_history"_s);
        if (!history)
            return history.error();
        config.retortHistory = *history;
    }
    if (Result<void> r = option(u"retort_history_table"_s, config.retortHistoryTable); !r)
        return r.error();
    if (config.retortHistoryTable.isEmpty())
        return reader.error(u"retort_history_table"_s,
                            Tr::tr("Option 'retort_history_table' in section [%1] must not be "
                                   "empty")
                                .arg(section));
    QString prepend;
    if (Result<void> r = option(u"prepend_sys_path"_s, prepend); !r)
        return r.error();
    static const QRegularExpression spaceComma(u"[\\s,:]+"_s); // _split_on_space_comma_colon
    config.prependSysPath = prepend.split(spaceComma, Qt::SkipEmptyParts);
    Result<bool> revisionEnvironment = reader.boolean(u"revision_environment"_s);
    if (!revisionEnvironment)
        config.deferredErrors.insert(u"revision_environment"_s, revisionEnvironment.error());
    else
        config.revisionEnvironment = *revisionEnvironment;
    return config;
}

} // namespace retort
