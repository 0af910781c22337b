#include "config/alembicconfig.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

// Expected values were produced by Alembic 1.8.1 (Config + ScriptDirectory.from_config, and
// util.asbool for the boolean keys) run with the ini's folder as working directory, so that
// Alembic's cwd-relative paths equal Retort's ini-relative ones. Rows for Retort's extensions
// (the colon/semicolon/newline separators) were checked against the Alembic spelling they
// stand for. "$TMP" stands for the test's temporary folder.

using namespace Qt::StringLiterals;
using retort::AlembicConfig;
using retort::ErrorKind;

namespace {

QString b(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QStringList describe(const AlembicConfig &config, const QString &tmp)
{
    QStringList hooks;
    for (auto it = config.postWriteHooks.cbegin(); it != config.postWriteHooks.cend(); ++it)
        hooks.append(it.key() + u'=' + it.value());
    QStringList lines = {
        u"section="_s + config.section,
        u"iniPath="_s + config.iniPath,
        u"here="_s + config.here,
        u"scriptLocation="_s + config.scriptLocation,
        u"versionLocations="_s + config.versionLocations.join(u'|'),
        u"versionLocationsConfigured="_s + b(config.versionLocationsConfigured),
        u"recursiveVersionLocations="_s + b(config.recursiveVersionLocations),
        u"fileTemplate="_s + config.fileTemplate,
        u"truncateSlugLength="_s + QString::number(config.truncateSlugLength),
        u"timezone="_s + config.timezone,
        u"sqlalchemyUrl="_s + config.sqlalchemyUrl,
        u"outputEncoding="_s + config.outputEncoding,
        u"revisionEnvironment="_s + b(config.revisionEnvironment),
        u"sourceless="_s + b(config.sourceless),
        u"postWriteHooks="_s + hooks.join(u';'),
        u"prependSysPath="_s + config.prependSysPath.join(u'|'),
    };
    for (QString &line : lines)
        line.replace(tmp, u"$TMP"_s);
    return lines;
}

/** What Alembic reports for `[alembic]\nscript_location = scripts`, with `changes` applied. */
QStringList expected(const QStringList &changes)
{
    QStringList lines = {
        u"section=alembic"_s,
        u"iniPath=$TMP/alembic.ini"_s,
        u"here=$TMP"_s,
        u"scriptLocation=$TMP/scripts"_s,
        u"versionLocations=$TMP/scripts/versions"_s,
        u"versionLocationsConfigured=false"_s,
        u"recursiveVersionLocations=false"_s,
        u"fileTemplate=%(rev)s_%(slug)s"_s,
        u"truncateSlugLength=40"_s,
        u"timezone="_s,
        u"sqlalchemyUrl="_s,
        u"outputEncoding=utf-8"_s,
        u"revisionEnvironment=false"_s,
        u"sourceless=false"_s,
        u"postWriteHooks="_s,
        u"prependSysPath="_s,
    };
    for (const QString &change : changes) {
        const QString field = change.left(change.indexOf(u'=') + 1);
        for (QString &line : lines) {
            if (line.startsWith(field))
                line = change;
        }
    }
    return lines;
}

bool prepare(const QTemporaryDir &tmp, const QByteArray &ini, const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        if (!QDir(tmp.path()).mkpath(dir))
            return false;
    }
    if (ini.isNull())
        return true;
    QFile file(tmp.filePath(u"alembic.ini"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = ini;
    text.replace("$TMP", tmp.path().toUtf8());
    return file.write(text) == text.size();
}

} // namespace

class TestAlembicConfig : public QObject
{
    Q_OBJECT

private slots:
    void load_data();
    void load();
    void errors_data();
    void errors();
    void deferredErrors();
};

void TestAlembicConfig::load_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QStringList>("dirs"); // folders to create under $TMP
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("changes"); // fields that differ from expected({})

    QTest::newRow("minimal") << QByteArray("[alembic]\nscript_location = scripts\n")
                             << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("here interpolation")
        << QByteArray("[alembic]\nscript_location = %(here)s/scripts\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("absolute script_location")
        << QByteArray("[alembic]\nscript_location = $TMP/abs/scripts\n")
        << QStringList{u"abs/scripts"_s} << u"alembic"_s
        << QStringList{u"scriptLocation=$TMP/abs/scripts"_s,
                       u"versionLocations=$TMP/abs/scripts/versions"_s};
    QTest::newRow("relative path cleaned")
        << QByteArray("[alembic]\nscript_location = ./x/../scripts/\n")
        << QStringList{u"scripts"_s, u"x"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("legacy split on comma and spaces")
        << QByteArray(
               "[alembic]\nscript_location = scripts\nversion_locations = %(here)s/v1, v2  v3\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/v1|$TMP/v2|$TMP/v3"_s,
                       u"versionLocationsConfigured=true"_s};
    QTest::newRow("legacy split keeps empty pieces")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = v1,,v2\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/v1|$TMP|$TMP/v2"_s,
                       u"versionLocationsConfigured=true"_s};
    QTest::newRow("legacy split of 'b ,c' gives an empty piece")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = a,b ,c\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a|$TMP/b|$TMP|$TMP/c"_s,
                       u"versionLocationsConfigured=true"_s};
    QTest::newRow("space separator drops empty pieces")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = a  b "
                      "\nversion_path_separator = space\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a|$TMP/b"_s, u"versionLocationsConfigured=true"_s};
    QTest::newRow("os separator") << QByteArray(
                                         "[alembic]\nscript_location = scripts\nversion_locations "
                                         "= a:b::$TMP/c\nversion_path_separator = os\n")
                                  << QStringList{u"scripts"_s} << u"alembic"_s
                                  << QStringList{u"versionLocations=$TMP/a|$TMP/b|$TMP/c"_s,
                                                 u"versionLocationsConfigured=true"_s};
    QTest::newRow("colon separator")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = a "
                      "b:c\nversion_path_separator = :\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a b|$TMP/c"_s, u"versionLocationsConfigured=true"_s};
    QTest::newRow("semicolon separator")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = "
                      "a;b;\nversion_path_separator = ;\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a|$TMP/b"_s, u"versionLocationsConfigured=true"_s};
    QTest::newRow("Retort's colon separator")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = "
                      "a:b\nversion_path_separator = colon\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a|$TMP/b"_s, u"versionLocationsConfigured=true"_s};
    QTest::newRow("Retort's semicolon separator")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = "
                      "a;b\nversion_path_separator = semicolon\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a|$TMP/b"_s, u"versionLocationsConfigured=true"_s};
    QTest::newRow("Retort's newline separator")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations =\n    a b\n    "
                      "%(here)s/c\nversion_path_separator = newline\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"versionLocations=$TMP/a b|$TMP/c"_s, u"versionLocationsConfigured=true"_s};
    QTest::newRow("empty version_locations")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations =\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("only separators in version_locations")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_locations = "
                      "::\nversion_path_separator = os\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("bad separator unused without version_locations")
        << QByteArray("[alembic]\nscript_location = scripts\nversion_path_separator = bogus\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("truncate_slug_length 0 means 40")
        << QByteArray("[alembic]\nscript_location = scripts\ntruncate_slug_length = 0\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("truncate_slug_length with underscore")
        << QByteArray("[alembic]\nscript_location = scripts\ntruncate_slug_length = 1_2\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{u"truncateSlugLength=12"_s};
    QTest::newRow("negative truncate_slug_length kept")
        << QByteArray("[alembic]\nscript_location = scripts\ntruncate_slug_length = -3\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{u"truncateSlugLength=-3"_s};
    QTest::newRow("file_template read through interpolation")
        << QByteArray("[alembic]\nscript_location = scripts\nfile_template = "
                      "%%(year)d_%%(rev)s_%%(slug)s\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"fileTemplate=%(year)d_%(rev)s_%(slug)s"_s};
    QTest::newRow("sourceless is exactly true")
        << QByteArray("[alembic]\nscript_location = scripts\nsourceless = true\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{u"sourceless=true"_s};
    QTest::newRow("sourceless True is false")
        << QByteArray("[alembic]\nscript_location = scripts\nsourceless = True\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("revision_environment yes")
        << QByteArray("[alembic]\nscript_location = scripts\nrevision_environment = Yes\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{u"revisionEnvironment=true"_s};
    QTest::newRow("revision_environment t")
        << QByteArray("[alembic]\nscript_location = scripts\nrevision_environment = t\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{u"revisionEnvironment=true"_s};
    QTest::newRow("revision_environment off")
        << QByteArray("[alembic]\nscript_location = scripts\nrevision_environment = off\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
    QTest::newRow("recursive_version_locations TRUE")
        << QByteArray("[alembic]\nscript_location = scripts\nrecursive_version_locations = TRUE\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"recursiveVersionLocations=true"_s};
    QTest::newRow("timezone, url and output_encoding")
        << QByteArray(
               "[alembic]\nscript_location = scripts\ntimezone = Europe/Paris\nsqlalchemy.url = "
               "postgresql://u:p%%40ss@h/db\noutput_encoding = latin-1\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"timezone=Europe/Paris"_s, u"sqlalchemyUrl=postgresql://u:p%40ss@h/db"_s,
                       u"outputEncoding=latin-1"_s};
    QTest::newRow("post_write_hooks include here")
        << QByteArray("[alembic]\nscript_location = scripts\n[post_write_hooks]\nhooks = "
                      "black\nblack.type = console_scripts\nblack.options = -l 79 %(here)s\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{
               u"postWriteHooks=black.options=-l 79 $TMP;black.type=console_scripts;here=$TMP;hooks=black"_s};
    QTest::newRow("named section")
        << QByteArray(
               "[alembic]\nscript_location = scripts\n[other]\nscript_location = %(here)s/alt\n")
        << QStringList{u"scripts"_s, u"alt"_s} << u"other"_s
        << QStringList{u"section=other"_s, u"scriptLocation=$TMP/alt"_s,
                       u"versionLocations=$TMP/alt/versions"_s};
    // ScriptDirectory.from_config: _split_on_space_comma_colon (", *| +|:").
    QTest::newRow("prepend_sys_path separators")
        << QByteArray("[alembic]\nscript_location = scripts\nprepend_sys_path = . src,lib, "
                      "a:b\n")
        << QStringList{u"scripts"_s} << u"alembic"_s
        << QStringList{u"prependSysPath=.|src|lib|a|b"_s};
    QTest::newRow("script_location from DEFAULT")
        << QByteArray("[DEFAULT]\nscript_location = scripts\n[alembic]\n")
        << QStringList{u"scripts"_s} << u"alembic"_s << QStringList{};
}

void TestAlembicConfig::load()
{
    QFETCH(QByteArray, ini);
    QFETCH(QStringList, dirs);
    QFETCH(QString, section);
    QFETCH(QStringList, changes);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(prepare(tmp, ini, dirs));

    const retort::Result<AlembicConfig> config =
        AlembicConfig::load(tmp.filePath(u"alembic.ini"_s), section);
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().toString().toUtf8().constData());
    QCOMPARE(describe(*config, tmp.path()), expected(changes));
}

void TestAlembicConfig::errors_data()
{
    QTest::addColumn<QByteArray>("ini"); // null: no file is written
    QTest::addColumn<QStringList>("dirs");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("path"); // as given; a relative one is taken from $TMP
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("missing file")
        << (QByteArray()) << QStringList{} << u"alembic"_s << u"$TMP/alembic.ini"_s
        << ErrorKind::Config
        << u"No config file '$TMP/alembic.ini' found, or file has no '[alembic]' section"_s << 0;
    QTest::newRow("missing file, relative path as given")
        << (QByteArray()) << QStringList{} << u"alembic"_s << u"nope.ini"_s << ErrorKind::Config
        << u"No config file 'nope.ini' found, or file has no '[alembic]' section"_s << 0;
    QTest::newRow("quote in path switches repr quotes")
        << (QByteArray()) << QStringList{} << u"alembic"_s << u"$TMP/it's.ini"_s
        << ErrorKind::Config
        << u"No config file \"$TMP/it's.ini\" found, or file has no '[alembic]' section"_s << 0;
    QTest::newRow("ini path is a folder")
        << (QByteArray()) << QStringList{u"alembic.ini"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s
        << ErrorKind::Config
        << u"No config file '$TMP/alembic.ini' found, or file has no '[alembic]' section"_s << 0;
    QTest::newRow("no [alembic] section")
        << (QByteArray("[other]\nscript_location = scripts\n")) << QStringList{u"scripts"_s}
        << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"No config file '$TMP/alembic.ini' found, or file has no '[alembic]' section"_s << 0;
    QTest::newRow("DEFAULT is not a section")
        << (QByteArray("[DEFAULT]\nscript_location = scripts\n")) << QStringList{u"scripts"_s}
        << u"DEFAULT"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"No config file '$TMP/alembic.ini' found, or file has no '[DEFAULT]' section"_s << 0;
    QTest::newRow("no script_location")
        << (QByteArray("[alembic]\nsqlalchemy.url = sqlite://\n")) << QStringList{} << u"alembic"_s
        << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"No 'script_location' key found in configuration."_s << 0;
    QTest::newRow("script folder missing")
        << (QByteArray("[alembic]\n\nscript_location = %(here)s/nowhere\n")) << QStringList{}
        << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Path doesn't exist: '$TMP/nowhere'.  Please use the 'init' command to create a new scripts folder."_s
        << 3;
    QTest::newRow("empty script_location")
        << (QByteArray("[alembic]\nscript_location =\n")) << QStringList{} << u"alembic"_s
        << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'script_location' in section [alembic] is empty; set it to the folder that holds env.py and versions/"_s
        << 2;
    QTest::newRow("script_location is a file")
        << (QByteArray("[alembic]\nscript_location = alembic.ini\n")) << QStringList{}
        << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Script location '$TMP/alembic.ini' is not a folder"_s << 2;
    QTest::newRow("package resource script_location")
        << (QByteArray("[alembic]\nscript_location = myapp:migrations\n")) << QStringList{}
        << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'script_location' in section [alembic] names a Python package resource ('myapp:migrations'); Retort cannot resolve package resources without Python, use a folder path instead"_s
        << 2;
    QTest::newRow("package resource version location")
        << (QByteArray(
               "[alembic]\nscript_location = scripts\nversion_locations = v1 myapp:versions\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'version_locations' in section [alembic] names a Python package resource ('myapp:versions'); Retort cannot resolve package resources without Python, use a folder path instead"_s
        << 3;
    QTest::newRow("invalid version_path_separator")
        << (QByteArray("[alembic]\nscript_location = scripts\nversion_locations = "
                       "a\nversion_path_separator = comma\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"'comma' is not a valid value for version_path_separator; expected 'space', 'os', ':', ';' (Retort also accepts 'colon', 'semicolon', 'newline')"_s
        << 4;
    QTest::newRow("truncate_slug_length not a number")
        << (QByteArray("[alembic]\nscript_location = scripts\ntruncate_slug_length = abc\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'truncate_slug_length' in section [alembic] must be an integer: invalid literal for int() with base 10: 'abc'"_s
        << 3;
    QTest::newRow("truncate_slug_length not an integer")
        << (QByteArray("[alembic]\nscript_location = scripts\ntruncate_slug_length = 1.5\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'truncate_slug_length' in section [alembic] must be an integer: invalid literal for int() with base 10: '1.5'"_s
        << 3;
    QTest::newRow("truncate_slug_length empty")
        << (QByteArray("[alembic]\nscript_location = scripts\ntruncate_slug_length =\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'truncate_slug_length' in section [alembic] must be an integer: invalid literal for int() with base 10: ''"_s
        << 3;
    QTest::newRow("recursive_version_locations empty")
        << (QByteArray("[alembic]\nscript_location = scripts\nrecursive_version_locations =\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'recursive_version_locations' in section [alembic] must be a boolean: String is not true/false: ''"_s
        << 3;
    QTest::newRow("bad interpolation in post_write_hooks")
        << (QByteArray("[alembic]\nscript_location = scripts\n[post_write_hooks]\nhooks = "
                       "x\nx.options = %(nope)s\n"))
        << QStringList{u"scripts"_s} << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Bad interpolation in option 'x.options' of section [post_write_hooks]: interpolation key 'nope' is not an option of this section or of [DEFAULT] (raw value: '%(nope)s')"_s
        << 5;
    QTest::newRow("parse error names the file as given")
        << (QByteArray("[alembic]\nscript_location = a\nScript_Location = b\n")) << QStringList{}
        << u"alembic"_s << u"$TMP/alembic.ini"_s << ErrorKind::Config
        << u"Option 'script_location' in section 'alembic' already exists"_s << 3;
}

void TestAlembicConfig::errors()
{
    QFETCH(QByteArray, ini);
    QFETCH(QStringList, dirs);
    QFETCH(QString, section);
    QFETCH(QString, path);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    QFETCH(int, line);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(prepare(tmp, ini, dirs));
    const QString given = QString(path).replace(u"$TMP"_s, tmp.path());
    const QString cwd = QDir::currentPath();
    const auto restore = qScopeGuard([&] { QDir::setCurrent(cwd); });
    QVERIFY(QDir::setCurrent(tmp.path()));

    const retort::Result<AlembicConfig> config = AlembicConfig::load(given, section);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().message, QString(message).replace(u"$TMP"_s, tmp.path()));
    QCOMPARE(config.error().kind, kind);
    QCOMPARE(config.error().file, given);
    QCOMPARE(config.error().line, line);
}

void TestAlembicConfig::deferredErrors()
{
    // Alembic reads sqlalchemy.url and revision_environment only in the commands that use
    // them: `heads` works with a bad URL, so loading succeeds and the error waits.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(prepare(tmp,
                    QByteArray("[alembic]\nscript_location = scripts\nsqlalchemy.url = "
                               "postgresql://u:50%foo@h/db\nrevision_environment = Maybe\n"),
                    QStringList{u"scripts"_s}));
    const QString ini = tmp.filePath(u"alembic.ini"_s);
    const retort::Result<AlembicConfig> config = AlembicConfig::load(ini);
    QVERIFY(config.ok());
    QCOMPARE(config->deferredErrors.size(), 2);
    const retort::Error url = config->deferredErrors.value(u"sqlalchemy.url"_s);
    QCOMPARE(url.message,
             u"Bad interpolation in option 'sqlalchemy.url' of section [alembic] (value not "
             "shown, it may hold a password): write a literal % as %%, and %(name)s only for "
             "keys of the section or of [DEFAULT]"_s);
    QVERIFY(!url.message.contains(u"foo"_s)); // never echo what may be a password
    QCOMPARE(url.line, 3);
    QCOMPARE(config->deferredErrors.value(u"revision_environment"_s).message,
             u"Option 'revision_environment' in section [alembic] must be a boolean: String is "
             "not true/false: 'maybe'"_s);
}

QTEST_GUILESS_MAIN(TestAlembicConfig)
#include "tst_alembicconfig.moc"
