#include "config/inifile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Every expected value below was produced by Python 3.11's configparser.ConfigParser reading the
// same bytes from a file (as Alembic does); error rows assert the same exception and line.

using namespace Qt::StringLiterals;
using retort::ErrorKind;
using retort::IniFile;

namespace {

QMap<QString, QString> toMap(const QStringList &pairs)
{
    QMap<QString, QString> map;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

QByteArray describe(const retort::Error &error)
{
    return error.toString().toUtf8();
}

} // namespace

class TestIniFile : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void interpolation_data();
    void interpolation();
    void errors_data();
    void errors();
    void accessors_data();
    void accessors();
    void sections_data();
    void sections();
    void load_data();
    void load();
    void pythonStrings_data();
    void pythonStrings();
};

void TestIniFile::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("defaults");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("items"); // keys(section) in order, with interpolated values

    QTest::newRow("equals and colon delimiters")
        << QByteArray("[alembic]\nscript_location = migrations\nsqlalchemy.url: sqlite:///x.db\n")
        << QStringList{} << u"alembic"_s
        << QStringList{u"script_location=migrations"_s, u"sqlalchemy.url=sqlite:///x.db"_s};
    QTest::newRow("first delimiter of either kind wins")
        << QByteArray("[s]\nx:y=z\ny=a:b\nz = = v\n") << QStringList{} << u"s"_s
        << QStringList{u"x=y=z"_s, u"y=a:b"_s, u"z== v"_s};
    QTest::newRow("keys lower-cased and stripped, values stripped")
        << QByteArray("[s]\n  Script_Location   =   a b  \nKEY:\tv\t\n") << QStringList{} << u"s"_s
        << QStringList{u"script_location=a b"_s, u"key=v"_s};
    QTest::newRow("empty value") << QByteArray("[s]\nk =\nj:\n") << QStringList{} << u"s"_s
                                 << QStringList{u"k="_s, u"j="_s};
    QTest::newRow("hash and semicolon full-line comments")
        << QByteArray("# top\n; top\n[s]\n# c\nk = v\n   ; indented comment\nj = w\n")
        << QStringList{} << u"s"_s << QStringList{u"k=v"_s, u"j=w"_s};
    QTest::newRow("no inline comments")
        << QByteArray("[s]\nk = v # not a comment\nj = w ; nor this\n") << QStringList{} << u"s"_s
        << QStringList{u"k=v # not a comment"_s, u"j=w ; nor this"_s};
    QTest::newRow("continuation lines joined with newline")
        << QByteArray("[s]\nk = first\n  second\n\tthird\nj = 2\n") << QStringList{} << u"s"_s
        << QStringList{u"k=first\nsecond\nthird"_s, u"j=2"_s};
    QTest::newRow("blank lines inside value kept, trailing removed")
        << QByteArray("[s]\nk = v1\n\n\n  cont\n   # comment skipped\n  more\n\n\n[t]\n")
        << QStringList{} << u"s"_s << QStringList{u"k=v1\n\n\ncont\nmore"_s};
    QTest::newRow("value starting on continuation line")
        << QByteArray("[s]\nversion_locations =\n  a\n  b\n") << QStringList{} << u"s"_s
        << QStringList{u"version_locations=\na\nb"_s};
    QTest::newRow("continuation needs deeper indent than its key")
        << QByteArray("[s]\n  k = 1\n    c\n  j = 2\n") << QStringList{} << u"s"_s
        << QStringList{u"k=1\nc"_s, u"j=2"_s};
    QTest::newRow("indented section header is a continuation")
        << QByteArray("[s]\nk=1\n  [t]\nj=2\n") << QStringList{} << u"s"_s
        << QStringList{u"k=1\n[t]"_s, u"j=2"_s};
    QTest::newRow("DEFAULT keys come after the section's")
        << QByteArray("[DEFAULT]\nd=1\n[s]\nk=2\n[DEFAULT]\ne=3\n") << QStringList{} << u"s"_s
        << QStringList{u"k=2"_s, u"d=1"_s, u"e=3"_s};
    QTest::newRow("section value overrides DEFAULT in place")
        << QByteArray("[DEFAULT]\na=1\nb=2\n[s]\nc=3\nb=4\n") << QStringList{} << u"s"_s
        << QStringList{u"c=3"_s, u"b=4"_s, u"a=1"_s};
    QTest::newRow("DEFAULT section read directly")
        << QByteArray("[DEFAULT]\nd=1\n[s]\nk=2\n") << QStringList{} << u"DEFAULT"_s
        << QStringList{u"d=1"_s};
    QTest::newRow("header runs to the last bracket")
        << QByteArray("[s] trailing text\nk=1\n") << QStringList{} << u"s"_s
        << QStringList{u"k=1"_s};
    QTest::newRow("bracket inside header")
        << QByteArray("[a]b]\nk=1\n") << QStringList{} << u"a]b"_s << QStringList{u"k=1"_s};
    QTest::newRow("section names are case-sensitive")
        << QByteArray("[S]\nk=1\n[s]\nk=2\n") << QStringList{} << u"s"_s << QStringList{u"k=2"_s};
    QTest::newRow("CRLF and CR line endings")
        << QByteArray("[s]\r\nk = 1\r\n  c\rj=2\r\n") << QStringList{} << u"s"_s
        << QStringList{u"k=1\nc"_s, u"j=2"_s};
    QTest::newRow("Python whitespace (VT, FS) strips and indents")
        << QByteArray("[s]\nk\013= v\034\n\034j=\0142\n") << QStringList{} << u"s"_s
        << QStringList{u"k=v\nj=\0142"_s};
    QTest::newRow("UTF-8 text") << QByteArray(
                                       "[s]\nk = caf\303\251 \342\230\203 \360\237\230\200\n")
                                << QStringList{} << u"s"_s
                                << QStringList{u"k=caf\u00e9 \u2603 \U0001f600"_s};
    QTest::newRow("no newline at end of file")
        << QByteArray("[s]\nk = v") << QStringList{} << u"s"_s << QStringList{u"k=v"_s};
    QTest::newRow("constructor defaults, keys lower-cased")
        << QByteArray("[s]\nk=1\n") << QStringList{u"Here=/x"_s, u"z=1"_s} << u"s"_s
        << QStringList{u"k=1"_s, u"here=/x"_s, u"z=1"_s};
    QTest::newRow("file DEFAULT overrides constructor defaults")
        << QByteArray("[DEFAULT]\nz=2\nhere=/y\n[s]\nk=1\n") << QStringList{u"here=/x"_s, u"z=1"_s}
        << u"s"_s << QStringList{u"k=1"_s, u"here=/y"_s, u"z=2"_s};
    QTest::newRow("values interpolated")
        << QByteArray("[DEFAULT]\nroot=/srv\n[s]\nk = %(root)s/app\np = 100%%\n") << QStringList{}
        << u"s"_s << QStringList{u"k=/srv/app"_s, u"p=100%"_s, u"root=/srv"_s};
}

void TestIniFile::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, defaults);
    QFETCH(QString, section);
    QFETCH(QStringList, items);

    const retort::Result<IniFile> ini = IniFile::parse(text, u"t.ini"_s, toMap(defaults));
    QVERIFY2(ini.ok(), ini.ok() ? "" : describe(ini.error()).constData());
    QStringList actual;
    for (const QString &key : ini->keys(section)) {
        const retort::Result<std::optional<QString>> value = ini->value(section, key);
        QVERIFY2(value.ok(), value.ok() ? "" : describe(value.error()).constData());
        QVERIFY(value->has_value());
        actual.append(key + u'=' + **value);
    }
    QCOMPARE(actual, items);
}

void TestIniFile::interpolation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("defaults");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("value");

    QTest::newRow("double percent is a percent") << QByteArray("[a]\nk = 100%%\n") << QStringList{}
                                                 << u"a"_s << u"k"_s << u"100%%"_s << u"100%"_s;
    QTest::newRow("reference in same section")
        << QByteArray("[a]\nk = %(foo)s/x\nfoo = bar\n") << QStringList{} << u"a"_s << u"k"_s
        << u"%(foo)s/x"_s << u"bar/x"_s;
    QTest::newRow("reference name is lower-cased")
        << QByteArray("[a]\nk = %(FOO)s\nfoo = 1\n") << QStringList{} << u"a"_s << u"k"_s
        << u"%(FOO)s"_s << u"1"_s;
    QTest::newRow("reference to DEFAULT")
        << QByteArray("[DEFAULT]\nroot = /srv\n[a]\nk = %(root)s/app\n") << QStringList{} << u"a"_s
        << u"k"_s << u"%(root)s/app"_s << u"/srv/app"_s;
    QTest::newRow("DEFAULT value resolved in the asking section")
        << QByteArray("[DEFAULT]\nd = %(s)s!\n[a]\ns = sect\n") << QStringList{} << u"a"_s << u"d"_s
        << u"%(s)s!"_s << u"sect!"_s;
    QTest::newRow("section shadows DEFAULT in references")
        << QByteArray("[DEFAULT]\nx = def\n[a]\nx = mine\nk = %(x)s\n") << QStringList{} << u"a"_s
        << u"k"_s << u"%(x)s"_s << u"mine"_s;
    QTest::newRow("nested value interpolated, its %% too")
        << QByteArray("[a]\nk = %(b)s\nb = x%%y %(c)s\nc = %%\n") << QStringList{} << u"a"_s
        << u"k"_s << u"%(b)s"_s << u"x%y %"_s;
    QTest::newRow("referenced value without percent kept verbatim")
        << QByteArray("[a]\nk = [%(b)s]\nb = (x)s\n") << QStringList{} << u"a"_s << u"k"_s
        << u"[%(b)s]"_s << u"[(x)s]"_s;
    QTest::newRow("here from constructor defaults")
        << QByteArray("[alembic]\nscript_location = %(here)s/migrations\n")
        << QStringList{u"here=/proj"_s} << u"alembic"_s << u"script_location"_s
        << u"%(here)s/migrations"_s << u"/proj/migrations"_s;
    QTest::newRow("chain of 10 nested references")
        << QByteArray("[a]\na1 = %(a2)s\na2 = %(a3)s\na3 = %(a4)s\na4 = %(a5)s\na5 = %(a6)s\na6 = "
                      "%(a7)s\na7 = %(a8)s\na8 = %(a9)s\na9 = %(a10)s\na10 = %(a11)s\na11 = %%\n")
        << QStringList{} << u"a"_s << u"a2"_s << u"%(a3)s"_s << u"%"_s;
    QTest::newRow("chain of 11 ending without percent")
        << QByteArray(
               "[a]\na1 = %(a2)s\na2 = %(a3)s\na3 = %(a4)s\na4 = %(a5)s\na5 = %(a6)s\na6 = "
               "%(a7)s\na7 = %(a8)s\na8 = %(a9)s\na9 = %(a10)s\na10 = %(a11)s\na11 = plain\n")
        << QStringList{} << u"a"_s << u"a1"_s << u"%(a2)s"_s << u"plain"_s;
    QTest::newRow("multi-line value interpolated")
        << QByteArray("[a]\nk = %(p)s/one\n  %(p)s/two\np = /v\n") << QStringList{} << u"a"_s
        << u"k"_s << u"%(p)s/one\n%(p)s/two"_s << u"/v/one\n/v/two"_s;
    QTest::newRow("file_template as Alembic writes it")
        << QByteArray("[alembic]\nfile_template = %%(year)d_%%(rev)s_%%(slug)s\n") << QStringList{}
        << u"alembic"_s << u"file_template"_s << u"%%(year)d_%%(rev)s_%%(slug)s"_s
        << u"%(year)d_%(rev)s_%(slug)s"_s;
}

void TestIniFile::interpolation()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, defaults);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, raw);
    QFETCH(QString, value);

    const retort::Result<IniFile> ini = IniFile::parse(text, u"t.ini"_s, toMap(defaults));
    QVERIFY2(ini.ok(), ini.ok() ? "" : describe(ini.error()).constData());
    QCOMPARE(ini->raw(section, key), std::optional<QString>(raw));
    const retort::Result<std::optional<QString>> actual = ini->value(section, key);
    QVERIFY2(actual.ok(), actual.ok() ? "" : describe(actual.error()).constData());
    QCOMPARE(*actual, std::optional<QString>(value));
}

void TestIniFile::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("defaults");
    QTest::addColumn<QString>("section"); // with key: the value read; empty: parsing fails
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("option before any section")
        << QByteArray("# comment\nk = 1\n[s]\n") << QStringList{} << u""_s << u""_s
        << u"File contains no section headers: expected a '[section]' line before 'k = 1'"_s << 2;
    QTest::newRow("indented line before any section")
        << QByteArray("\n   k = 1\n") << QStringList{} << u""_s << u""_s
        << u"File contains no section headers: expected a '[section]' line before '   k = 1'"_s
        << 2;
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\357\273\277[alembic]\nk = 1\n") << QStringList{} << u""_s << u""_s
        << u"The file starts with a UTF-8 byte order mark (BOM), which Python's configparser and so Alembic reject; save it as UTF-8 without BOM"_s
        << 1;
    QTest::newRow("duplicate section") << QByteArray("[a]\nk = 1\n[a]\n") << QStringList{} << u""_s
                                       << u""_s << u"Section 'a' already exists"_s << 3;
    QTest::newRow("duplicate option, case-insensitive")
        << QByteArray("[a]\nKey = 1\nkey: 2\n") << QStringList{} << u""_s << u""_s
        << u"Option 'key' in section 'a' already exists"_s << 3;
    QTest::newRow("duplicate option across two DEFAULT headers")
        << QByteArray("[DEFAULT]\nd = 1\n[a]\n[DEFAULT]\nd = 2\n") << QStringList{} << u""_s
        << u""_s << u"Option 'd' in section 'DEFAULT' already exists"_s << 5;
    QTest::newRow("key without delimiter")
        << QByteArray("[alembic]\nscript_location\n") << QStringList{} << u""_s << u""_s
        << u"Parsing error: expected '[section]', 'key = value' or 'key: value', found 'script_location'"_s
        << 2;
    QTest::newRow("empty brackets are not a header")
        << QByteArray("[]\n") << QStringList{} << u""_s << u""_s
        << u"File contains no section headers: expected a '[section]' line before '[]'"_s << 1;
    QTest::newRow("option name missing")
        << QByteArray("[a]\n = value\n") << QStringList{} << u""_s << u""_s
        << u"Parsing error: option name missing before '=' in ' = value'"_s << 2;
    QTest::newRow("duplicate section reported before an earlier parsing error")
        << QByteArray("[a]\nnovalue\n[a]\n") << QStringList{} << u""_s << u""_s
        << u"Section 'a' already exists"_s << 3;
    QTest::newRow("first of several parsing errors")
        << QByteArray("[a]\nbad one\nk = 1\nbad two\n") << QStringList{} << u""_s << u""_s
        << u"Parsing error: expected '[section]', 'key = value' or 'key: value', found 'bad one'"_s
        << 2;
    QTest::newRow("invalid UTF-8")
        << QByteArray("[a]\nk = caf\351\n") << QStringList{} << u""_s << u""_s
        << u"The file is not valid UTF-8 text (invalid byte sequence on this line)"_s << 2;
    QTest::newRow("truncated UTF-8 sequence at end of line")
        << QByteArray("[a]\nk = \303\nj = 1\n") << QStringList{} << u""_s << u""_s
        << u"The file is not valid UTF-8 text (invalid byte sequence on this line)"_s << 2;
    QTest::newRow("lone percent")
        << QByteArray(
               "[alembic]\nscript_location = x\nsqlalchemy.url = postgresql://u:p%foo@h/db\n")
        << QStringList{} << u"alembic"_s << u"sqlalchemy.url"_s
        << u"Bad interpolation in option 'sqlalchemy.url' of section [alembic]: '%' must be followed by '%' or '(', found: '%foo@h/db'"_s
        << 3;
    QTest::newRow("percent at end of value")
        << QByteArray("[a]\nk = 100%\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: '%' must be followed by '%' or '(', found: '%'"_s
        << 2;
    QTest::newRow("unterminated reference")
        << QByteArray("[a]\nk = %(foo\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: bad interpolation variable reference '%(foo'"_s
        << 2;
    QTest::newRow("reference not ending in s")
        << QByteArray("[a]\nfoo = 1\nk = %(foo)d\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: bad interpolation variable reference '%(foo)d'"_s
        << 3;
    QTest::newRow("empty reference")
        << QByteArray("[a]\nk = %()s\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: bad interpolation variable reference '%()s'"_s
        << 2;
    QTest::newRow("unknown reference")
        << QByteArray("[a]\nk = %(nope)s\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: interpolation key 'nope' is not an option of this section or of [DEFAULT] (raw value: '%(nope)s')"_s
        << 2;
    QTest::newRow("unknown reference in multi-line value")
        << QByteArray("[a]\nk = a\n  %(b)s\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: interpolation key 'b' is not an option of this section or of [DEFAULT] (raw value: 'a\\n%(b)s')"_s
        << 2;
    QTest::newRow("reference to another section")
        << QByteArray("[a]\nx = 1\n[b]\nk = %(x)s\n") << QStringList{} << u"b"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [b]: interpolation key 'x' is not an option of this section or of [DEFAULT] (raw value: '%(x)s')"_s
        << 4;
    QTest::newRow("self reference")
        << QByteArray("[a]\nk = %(k)s\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: recursion limit exceeded, an interpolation key cannot be substituted in 10 steps (raw value: '%(k)s')"_s
        << 2;
    QTest::newRow("chain of 11 nested references")
        << QByteArray("[a]\na1 = %(a2)s\na2 = %(a3)s\na3 = %(a4)s\na4 = %(a5)s\na5 = %(a6)s\na6 = "
                      "%(a7)s\na7 = %(a8)s\na8 = %(a9)s\na9 = %(a10)s\na10 = %(a11)s\na11 = %%\n")
        << QStringList{} << u"a"_s << u"a1"_s
        << u"Bad interpolation in option 'a1' of section [a]: recursion limit exceeded, an interpolation key cannot be substituted in 10 steps (raw value: '%(a2)s')"_s
        << 2;
    QTest::newRow("error inside referenced value names the asked option")
        << QByteArray("[a]\nk = %(b)s\nb = %(c)s\nc = x%\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: '%' must be followed by '%' or '(', found: '%'"_s
        << 2;
    QTest::newRow("percent in here default")
        << QByteArray("[alembic]\nscript_location = %(here)s/m\n")
        << QStringList{u"here=/tmp/50%off"_s} << u"alembic"_s << u"script_location"_s
        << u"Bad interpolation in option 'script_location' of section [alembic]: '%' must be followed by '%' or '(', found: '%off'"_s
        << 2;
    QTest::newRow("bad DEFAULT value read through a section")
        << QByteArray("[DEFAULT]\nd = %x\n[a]\n") << QStringList{} << u"a"_s << u"d"_s
        << u"Bad interpolation in option 'd' of section [a]: '%' must be followed by '%' or '(', found: '%x'"_s
        << 2;
    QTest::newRow("quote in value switches repr quotes")
        << QByteArray("[a]\nk = 5% it's\n") << QStringList{} << u"a"_s << u"k"_s
        << u"Bad interpolation in option 'k' of section [a]: '%' must be followed by '%' or '(', found: \"% it's\""_s
        << 2;
}

void TestIniFile::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, defaults);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, message);
    QFETCH(int, line);

    const QString path = u"conf/alembic.ini"_s;
    const retort::Result<IniFile> ini = IniFile::parse(text, path, toMap(defaults));
    retort::Error error;
    if (key.isEmpty()) {
        QVERIFY(!ini.ok());
        error = ini.error();
    } else {
        QVERIFY2(ini.ok(), ini.ok() ? "" : describe(ini.error()).constData());
        const retort::Result<std::optional<QString>> value = ini->value(section, key);
        QVERIFY(!value.ok());
        error = value.error();
    }
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.file, path);
    QCOMPARE(error.kind, ErrorKind::Config);
    QCOMPARE(error.toString(), u"%1:%2: %3"_s.arg(path, QString::number(line), message));
}

void TestIniFile::accessors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("defaults");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hasSection");
    QTest::addColumn<bool>("hasKey");
    QTest::addColumn<std::optional<QString>>("raw");
    QTest::addColumn<int>("line");

    // Python: has_section, has_option, get(raw=True) (NoOptionError/NoSectionError: nullopt).
    QTest::newRow("key in section") << QByteArray("[a]\nk = v\n") << QStringList{} << u"a"_s
                                    << u"k"_s << true << true << std::optional(u"v"_s) << 2;
    QTest::newRow("key through DEFAULT")
        << QByteArray("[DEFAULT]\nd = 1\n[a]\n") << QStringList{} << u"a"_s << u"d"_s << true
        << true << std::optional(u"1"_s) << 2;
    QTest::newRow("DEFAULT is not a section but has keys")
        << QByteArray("[DEFAULT]\nd = 1\n") << QStringList{} << u"DEFAULT"_s << u"d"_s << false
        << true << std::optional(u"1"_s) << 2;
    QTest::newRow("missing key") << QByteArray("[a]\nk = v\n") << QStringList{} << u"a"_s
                                 << u"nope"_s << true << false << std::optional<QString>() << 0;
    QTest::newRow("missing section") << QByteArray("[a]\nk = v\n") << QStringList{} << u"b"_s
                                     << u"k"_s << false << false << std::optional<QString>() << 0;
    QTest::newRow("key lookup is case-insensitive")
        << QByteArray("[a]\nsqlalchemy.url = x\n") << QStringList{} << u"a"_s << u"SQLAlchemy.URL"_s
        << true << true << std::optional(u"x"_s) << 2;
    QTest::newRow("section lookup is case-sensitive")
        << QByteArray("[Alembic]\nk = x\n") << QStringList{} << u"alembic"_s << u"k"_s << false
        << false << std::optional<QString>() << 0;
    QTest::newRow("raw value is not interpolated")
        << QByteArray("[a]\nx = 1\nk = %(x)s %%\n") << QStringList{} << u"a"_s << u"k"_s << true
        << true << std::optional(u"%(x)s %%"_s) << 3;
    QTest::newRow("multi-line value is at its key's line")
        << QByteArray("[a]\n\nk = 1\n  2\n") << QStringList{} << u"a"_s << u"k"_s << true << true
        << std::optional(u"1\n2"_s) << 3;
    QTest::newRow("constructor default has no line")
        << QByteArray("[a]\n") << QStringList{u"here=/x"_s} << u"a"_s << u"here"_s << true << true
        << std::optional(u"/x"_s) << 0;
}

void TestIniFile::accessors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, defaults);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(bool, hasSection);
    QFETCH(bool, hasKey);
    QFETCH(std::optional<QString>, raw);
    QFETCH(int, line);

    const retort::Result<IniFile> ini = IniFile::parse(text, u"t.ini"_s, toMap(defaults));
    QVERIFY2(ini.ok(), ini.ok() ? "" : describe(ini.error()).constData());
    QCOMPARE(ini->path(), u"t.ini"_s);
    QCOMPARE(ini->hasSection(section), hasSection);
    QCOMPARE(ini->hasKey(section, key), hasKey);
    QCOMPARE(ini->raw(section, key), raw);
    QCOMPARE(ini->line(section, key), line);
    const retort::Result<std::optional<QString>> value = ini->value(section, key);
    QVERIFY(value.ok());
    QCOMPARE(value->has_value(), hasKey);
}

void TestIniFile::sections_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("sections");

    QTest::newRow("file order, without DEFAULT") << QByteArray("[b]\n[DEFAULT]\n[a]\n[ spaced ]\n")
                                                 << QStringList{u"b"_s, u"a"_s, u" spaced "_s};
    QTest::newRow("empty file") << QByteArray() << QStringList{};
    QTest::newRow("only comments and blank lines")
        << QByteArray("# one\n\n   ; two\n\n") << QStringList{};
}

void TestIniFile::sections()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, sections);

    const retort::Result<IniFile> ini = IniFile::parse(text, u"t.ini"_s);
    QVERIFY2(ini.ok(), ini.ok() ? "" : describe(ini.error()).constData());
    QCOMPARE(ini->sections(), sections);
}

void TestIniFile::load_data()
{
    QTest::addColumn<QString>("create"); // "", "file" or "folder"
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message"); // $PATH stands for the path given

    QTest::newRow("regular file") << u"file"_s << true << QString();
    QTest::newRow("missing file")
        << QString() << false << u"Cannot read config file '$PATH': No such file or directory"_s;
    QTest::newRow("folder") << u"folder"_s << false
                            << u"Cannot read config file '$PATH': file to open is a directory"_s;
}

void TestIniFile::load()
{
    QFETCH(QString, create);
    QFETCH(bool, ok);
    QFETCH(QString, message);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(u"alembic.ini"_s);
    if (create == u"file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[alembic]\r\nscript_location = %(here)s/m\r\n");
    } else if (create == u"folder") {
        QVERIFY(QDir(tmp.path()).mkdir(u"alembic.ini"_s));
    }

    const retort::Result<IniFile> ini = IniFile::load(path, {{u"here"_s, tmp.path()}});
    QCOMPARE(ini.ok(), ok);
    if (ok) {
        QCOMPARE(ini->path(), path);
        const retort::Result<std::optional<QString>> value =
            ini->value(u"alembic"_s, u"script_location"_s);
        QVERIFY(value.ok());
        QCOMPARE(*value, std::optional(tmp.path() + u"/m"_s));
    } else {
        QCOMPARE(ini.error().kind, ErrorKind::Io);
        QCOMPARE(ini.error().file, path);
        QCOMPARE(ini.error().line, 0);
        QCOMPARE(ini.error().message, QString(message).replace(u"$PATH"_s, path));
    }
}

void TestIniFile::pythonStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repr");  // Python's repr(text)
    QTest::addColumn<QString>("strip"); // Python's text.strip()

    QTest::newRow("plain") << QString(u"abc"_s) << u"'abc'"_s << u"abc"_s;
    QTest::newRow("single quote uses double quotes")
        << QString(u"it's"_s) << u"\"it's\""_s << u"it's"_s;
    QTest::newRow("both quotes") << QString(u"a\"b'c"_s) << u"'a\"b\\'c'"_s << u"a\"b'c"_s;
    QTest::newRow("escapes") << QString(u"\t\n\r\\"_s) << u"'\\t\\n\\r\\\\'"_s << u"\\"_s;
    QTest::newRow("control characters")
        << QString(u"\000\033\177"_s) << u"'\\x00\\x1b\\x7f'"_s << u"\000\033\177"_s;
    QTest::newRow("non-printable non-ASCII")
        << QString(u"\u0085\u00a0\u200b\u2028\ufeff"_s) << u"'\\x85\\xa0\\u200b\\u2028\\ufeff'"_s
        << u"\u200b\u2028\ufeff"_s;
    QTest::newRow("printable non-ASCII kept")
        << QString(u"caf\u00e9 \U0001f600"_s) << u"'caf\u00e9 \U0001f600'"_s
        << u"caf\u00e9 \U0001f600"_s;
    QTest::newRow("lone surrogate")
        << (QString(QChar(0xD800)) + u'x') << u"'\\ud800x'"_s << (QString(QChar(0xD800)) + u'x');
}

void TestIniFile::pythonStrings()
{
    QFETCH(QString, text);
    QFETCH(QString, repr);
    QFETCH(QString, strip);

    QCOMPARE(retort::detail::pythonRepr(text), repr);
    QCOMPARE(retort::detail::pythonStrip(text), strip);
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
