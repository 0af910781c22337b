// init, revision, merge and edit: the files Retort writes are the files Alembic writes, and
// Alembic (the oracle, RETORT_PYTHON -m alembic) loads them with the same graph. Also the
// Mako subset against Mako itself, and file names against Alembic's naming.
#include "authoring/initproject.h"
#include "authoring/makotemplate.h"
#include "authoring/revisionname.h"
#include "config/inifile.h"
#include "script/pyheader.h"
#include "script/sqlrevision.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace retort;
using namespace retort::authoring;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProcess(const QString &program,
               const QStringList &args,
               const QString &workDir,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("%1 did not finish normally").arg(program);
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString python()
{
    return qEnvironmentVariable("RETORT_PYTHON", QStringLiteral("/usr/bin/python3"));
}

Run runRetort(const QStringList &args,
              const QString &workDir,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runProcess(qEnvironmentVariable("RETORT_CLI"), args, workDir, env);
}

Run runAlembic(const QStringList &args, const QString &workDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return runProcess(python(), QStringList{QStringLiteral("-m"), QStringLiteral("alembic")} + args,
                      workDir, env);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

/** Copies a folder tree (files and folders) into `to`. */
void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QDir().mkpath(to);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else
            QFile::copy(path, target);
    }
}

/** Relative paths of the files under `dir`, sorted. */
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next().mid(dir.size() + 1));
    out.sort();
    return out;
}

/** A canonical temporary folder (Alembic prints paths from getcwd(), which resolves links). */
QString canonical(const QTemporaryDir &dir)
{
    return QDir(dir.path()).canonicalPath();
}

QString withoutCreateDate(QString text)
{
    static const QRegularExpression date(QStringLiteral("(Create Date:) [^\\n]*"));
    return text.replace(date, QStringLiteral("\\1 <date>"));
}

/** The text of a revision file without its date, and with the parents of a merge sorted:
 *  "merge heads" lists heads in load order, which for Alembic is os.listdir()'s order. */
QString normalized(const QString &text)
{
    QStringList lines = withoutCreateDate(text).split(QLatin1Char('\n'));
    static const QRegularExpression revises(
        QStringLiteral("^(Revises: |down_revision = \\()(.*, .*?)(\\)?)$"));
    for (QString &line : lines) {
        const QRegularExpressionMatch m = revises.match(line);
        if (!m.hasMatch())
            continue;
        QStringList items = m.captured(2).split(QStringLiteral(", "));
        items.sort();
        line = m.captured(1) + items.join(QStringLiteral(", ")) + m.captured(3);
    }
    return lines.join(QLatin1Char('\n'));
}

/** Splits a command line on blanks; "double quotes" group words. */
QStringList splitArgs(const QString &line)
{
    QStringList out;
    QString current;
    bool quoted = false, any = false;
    for (QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c == u' ' && !quoted) {
            if (any)
                out.append(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        out.append(current);
    return out;
}

/** The error of a Result as text, or nothing (QVERIFY2 evaluates its message eagerly). */
template<typename T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

const QByteArray kMinimalIni = "[alembic]\nscript_location = .\n";

/** A project made by `retort init` (generic) in `dir`, ini beside the scripts folder. */
void initGeneric(const QString &dir)
{
    const Run r = runRetort({QStringLiteral("init"), QStringLiteral("migrations")}, dir);
    QCOMPARE(r.exitCode, 0);
}

/** Waits until a minute starts when fewer than `margin` seconds are left in this one, so that
 *  two tools run back to back see the same minute. */
void avoidMinuteBoundary(int margin = 3)
{
    const int second = QTime::currentTime().second();
    if (second >= 60 - margin)
        QThread::msleep(ulong((61 - second) * 1000));
}

/** Runs the same command with Alembic in `a` and Retort in `r` (each the working directory of
 *  its project) and compares exit codes and stdout, the folders' paths masked. */
void runBoth(const QString &a, const QString &r, const QStringList &args)
{
    const Run ra = runAlembic(args, a);
    const Run rr = runRetort(args, r);
    const QString command = args.join(QLatin1Char(' '));
    QVERIFY2(ra.exitCode == 0 || ra.exitCode == 255,
             qPrintable(command + QStringLiteral(": alembic failed: ") + ra.err));
    QVERIFY2(rr.exitCode == ra.exitCode,
             qPrintable(command + QStringLiteral(": exit %1 (alembic %2); %3 %4")
                                      .arg(rr.exitCode)
                                      .arg(ra.exitCode)
                                      .arg(rr.out, rr.err)));
    QCOMPARE(QString(rr.out).replace(r, QStringLiteral("<dir>")),
             QString(ra.out).replace(a, QStringLiteral("<dir>")));
}

/** Revision files of two projects: the same names, the same text but for the date. */
void compareRevisionFiles(const QString &a, const QString &r, const QString &versions)
{
    const QStringList names = filesUnder(a + QLatin1Char('/') + versions);
    QCOMPARE(filesUnder(r + QLatin1Char('/') + versions), names);
    for (const QString &name : names) {
        const QString rel = versions + QLatin1Char('/') + name;
        QCOMPARE(normalized(QString::fromUtf8(readFile(r + QLatin1Char('/') + rel))),
                 normalized(QString::fromUtf8(readFile(a + QLatin1Char('/') + rel))));
    }
}

QStringList sortedLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

TemplateValue valueFromJson(const QJsonValue &v)
{
    if (v.isNull())
        return TemplateValue::none();
    if (v.isBool())
        return TemplateValue::boolean(v.toBool());
    if (v.isDouble())
        return TemplateValue::integer(v.toInteger());
    if (v.isString())
        return TemplateValue::string(v.toString());
    const QJsonObject o = v.toObject();
    const bool tuple = o.contains(QStringLiteral("tuple"));
    std::vector<TemplateValue> items;
    for (const QJsonValue &item :
         o.value(tuple ? QStringLiteral("tuple") : QStringLiteral("list")).toArray())
        items.push_back(valueFromJson(item));
    return tuple ? TemplateValue::tuple(std::move(items)) : TemplateValue::list(std::move(items));
}

QJsonObject tupleJson(const QStringList &items)
{
    return QJsonObject{{QStringLiteral("tuple"), QJsonArray::fromStringList(items)}};
}

} // namespace

class TestAuthoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void makoMatchesMako();
    void makoErrors_data();
    void makoErrors();
    void fileNames_data();
    void fileNames();
    void fileNameErrors();
    void createDates();
    void initGenericAgreesWithAlembic();
    void initPackageAndConfigElsewhere();
    void initErrors();
    void revisionsAgreeWithAlembic();
    void templateImportsProjectNames();
    void versionLocationsAgreeWithAlembic();
    void fileTemplatesAgreeWithAlembic_data();
    void fileTemplatesAgreeWithAlembic();
    void dateTokensAndTimezone();
    void retortOnlyErrors();
    void sqlProject();
    void edit();
    void usage();
};

void TestAuthoring::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("RETORT_CLI")).isExecutable(),
             "RETORT_CLI must name the retort executable");
    QVERIFY2(QFileInfo(python()).isExecutable(), "RETORT_PYTHON must name Python with Alembic");
}

// Every case rendered by Mako itself (one Python process) and by MakoTemplate.
void TestAuthoring::makoMatchesMako()
{
    const QByteArray generic =
        readFile(QStringLiteral(RETORT_SOURCE_DIR) +
                 QStringLiteral("/resources/templates/generic/script.py.mako"));
    const QByteArray sqlTemplate =
        readFile(QStringLiteral(RETORT_SOURCE_DIR) +
                 QStringLiteral("/resources/templates/sql/script.sql.mako"));
    QVERIFY(!generic.isEmpty() && !sqlTemplate.isEmpty());
    const QJsonObject single{{QStringLiteral("up_revision"), QStringLiteral("ab12cd34ef56")},
                             {QStringLiteral("down_revision"), QJsonValue()},
                             {QStringLiteral("branch_labels"), QJsonValue()},
                             {QStringLiteral("depends_on"), QJsonValue()},
                             {QStringLiteral("create_date"), QStringLiteral("2026-01-02 03:04:05")},
                             {QStringLiteral("message"), QStringLiteral("it's \"quoted\"\\n")}};
    QJsonObject merge = single;
    merge[QStringLiteral("down_revision")] =
        tupleJson({QStringLiteral("a1"), QStringLiteral("b2")});
    merge[QStringLiteral("branch_labels")] = tupleJson({QStringLiteral("feature")});
    merge[QStringLiteral("depends_on")] = QJsonObject{
        {QStringLiteral("list"), QJsonArray{QStringLiteral("c3"), QStringLiteral("lbl")}}};
    const QJsonObject vars{
        {QStringLiteral("x"), QStringLiteral("  spaced <&> 'q' ")},
        {QStringLiteral("t"), tupleJson({QStringLiteral("p"), QStringLiteral("q")})},
        {QStringLiteral("e"), QStringLiteral("")},
        {QStringLiteral("n"), 3},
        {QStringLiteral("none"), QJsonValue()}};
    const QList<std::pair<QString, QJsonObject>> cases = {
        {QString::fromUtf8(generic), single},
        {QString::fromUtf8(generic), merge},
        {QStringLiteral("@alembic/generic"), merge}, // Alembic's own templates, read by Python
        {QStringLiteral("@alembic/async"), single},
        {QStringLiteral("@alembic/multidb"), single},
        {QString::fromUtf8(sqlTemplate), merge},
        {QStringLiteral(
             "a\n%% b\n  ## c\nx \\\ny\n<%doc>zz</%doc>q\n%if 1:\nA\n% else:\nB\n%endif\n"),
         vars},
        {QStringLiteral("%% at start\n  %% indented\n"), vars},
        {QStringLiteral("% if e:\none\n% elif n == 3 and not e:\ntwo\n% else:\nthree\n% endif\n"),
         vars},
        {QStringLiteral("% for i in t:\n  - ${i} ${repr(i)}\n%   if i == 'q':\nlast\n%   endif\n"
                        "% endfor\nafter"),
         vars},
        {QStringLiteral(
             "<%!\n    import re\n    from os import path as p\n%>head ${x | h}|${x | trim}|"
             "${x|n}|${none}|${t}|${repr(t)}|${len(t)}|${t[1]}|${x[2]}"),
         vars},
        {QStringLiteral(
             "${'a' 'b' + \"c\"}|${n if 'p' in t else 0}|${'no' if none is None else 'yes'}"
             "|${none is not None}|${e or 'empty'}|${str(n) + '!'}|${[n, (n,), ()]}"),
         vars},
        {QStringLiteral("# -*- coding: utf-8 -*-\nkept ${x | trim, h}\n<%text>${not} % evaluated"
                        "</%text>\n"),
         vars},
        {QStringLiteral(
             "lt <& and </x and $ alone ${'}' + \"|\"} end\\\r\nnext\r\n% if 1:\r\nin\r\n"
             "% endif\r\n"),
         vars},
        {QStringLiteral("${undefined_name if undefined_name else 'fallback'} ${comma(t)}"), vars},
    };

    QJsonArray input;
    for (const auto &[text, variables] : cases)
        input.append(
            QJsonObject{{QStringLiteral("template"), text}, {QStringLiteral("vars"), variables}});
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("cases.json")), QJsonDocument(input).toJson()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("render.py")), R"(import json, sys
from mako.template import Template
from alembic.util import format_as_comma
def conv(v):
    if isinstance(v, dict):
        return tuple(map(conv, v['tuple'])) if 'tuple' in v else list(map(conv, v['list']))
    return v
out = []
import alembic, os
for case in json.load(open(sys.argv[1])):
    text = case['template']
    if text.startswith('@alembic/'):
        path = os.path.join(os.path.dirname(alembic.__file__), 'templates', text[9:], 'script.py.mako')
        text = open(path, encoding='utf-8').read()
    kw = {k: conv(v) for k, v in case['vars'].items()}
    kw['comma'] = format_as_comma
    kw['sql_comment'] = lambda s: '\n--   '.join(l.strip() for l in s.split('\n') if l.strip())
    try:
        out.append({'ok': Template(text).render_unicode(**kw), 'template': text})
    except Exception as e:
        out.append({'error': '%s: %s' % (type(e).__name__, e), 'template': text})
print(json.dumps(out))
)"));
    const Run r = runProcess(
        python(),
        {dir.filePath(QStringLiteral("render.py")), dir.filePath(QStringLiteral("cases.json"))},
        dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray expected = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(expected.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        const QString source = want.value(QStringLiteral("template")).toString();
        if (cases.at(i).first == u"@alembic/multidb") {
            // Mako fails too (no `config` here); Retort names the unsupported construct.
            Result<MakoTemplate> t = MakoTemplate::parse(source, QStringLiteral("multidb"));
            QVERIFY(!t.ok());
            QCOMPARE(t.error().line, 29);
            QVERIFY(t.error().message.startsWith(QStringLiteral("A Python code block")));
            continue;
        }
        QVERIFY2(want.contains(QStringLiteral("ok")),
                 qPrintable(QStringLiteral("case %1: Mako failed: %2")
                                .arg(i)
                                .arg(want.value(QStringLiteral("error")).toString())));
        TemplateContext context;
        const QJsonObject variables = cases.at(i).second;
        for (auto it = variables.begin(); it != variables.end(); ++it)
            context.insert(it.key(), valueFromJson(it.value()));
        context.insert(QStringLiteral("comma"), TemplateValue::function(QStringLiteral("comma")));
        context.insert(QStringLiteral("sql_comment"),
                       TemplateValue::function(QStringLiteral("sql_comment")));
        Result<MakoTemplate> t = MakoTemplate::parse(source, QStringLiteral("case.mako"));
        QVERIFY2(t.ok(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(errorText(t))));
        Result<QString> text = t->render(context);
        QVERIFY2(text.ok(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(errorText(text))));
        QCOMPARE(*text, want.value(QStringLiteral("ok")).toString());
    }
}

void TestAuthoring::makoErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("code block") << QStringLiteral("a\n<%\n  x = 1\n%>") << 2
                                << QStringLiteral("A Python code block <% ... %> is not supported");
    QTest::newRow("def tag") << QStringLiteral("<%def name=\"f()\">x</%def>") << 1
                             << QStringLiteral("The Mako tag <%def> is not supported");
    QTest::newRow("attribute") << QStringLiteral("\n\n${config.get_main_option('x')}") << 3
                               << QStringLiteral("attribute access ('.get_main_option')");
    QTest::newRow("no colon") << QStringLiteral("% if message\nx\n% endif") << 1
                              << QStringLiteral("expected ':' at the end of the control line");
    QTest::newRow("unterminated if") << QStringLiteral("x\n% if message:\ny") << 2
                                     << QStringLiteral("Unterminated control keyword: 'if'");
    QTest::newRow("endif alone") << QStringLiteral("x\n% endif") << 2
                                 << QStringLiteral("No starting keyword 'if' for 'endif'");
    QTest::newRow("mismatch") << QStringLiteral("% for a in t:\n% endif") << 2
                              << QStringLiteral("Keyword 'endif' doesn't match keyword 'for'");
    QTest::newRow("syntax") << QStringLiteral("ok\n${1 +}") << 2
                            << QStringLiteral("invalid expression ${1 +}");
    QTest::newRow("unclosed") << QStringLiteral("${repr(x") << 1
                              << QStringLiteral("Expected: \\|,}");
    QTest::newRow("while") << QStringLiteral("% while x:\n% endwhile") << 1
                           << QStringLiteral("The control line '% while x:' is not supported");
    QTest::newRow("percent") << QStringLiteral("${'%s' % x}") << 1
                             << QStringLiteral("the operator '%' is not supported");
    QTest::newRow("module code") << QStringLiteral("<%! x = 1 %>") << 1
                                 << QStringLiteral("'x = 1' in a <%! %> block");
    QTest::newRow("undefined") << QStringLiteral("a\nb ${nothing}") << 2
                               << QStringLiteral("'nothing' is undefined (in ${nothing})");
    QTest::newRow("bad filter") << QStringLiteral("${x | bogus}") << 1
                                << QStringLiteral("unknown filter 'bogus'");
    QTest::newRow("n needs str") << QStringLiteral("${none | n}") << 1
                                 << QStringLiteral(
                                        "${none} gives a NoneType where a str is needed");
    QTest::newRow("unknown call") << QStringLiteral("${open(x)}") << 1
                                  << QStringLiteral("'open' is undefined");
}

void TestAuthoring::makoErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const TemplateContext context{{QStringLiteral("x"), TemplateValue::string(QStringLiteral("v"))},
                                  {QStringLiteral("none"), TemplateValue::none()},
                                  {QStringLiteral("message"), TemplateValue::string({})}};
    Result<MakoTemplate> t = MakoTemplate::parse(text, QStringLiteral("/p/script.py.mako"));
    Error error;
    if (!t) {
        error = t.error();
    } else {
        Result<QString> rendered = t->render(context);
        QVERIFY2(!rendered.ok(), qPrintable(rendered.ok() ? *rendered : QString()));
        error = rendered.error();
    }
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.file, QStringLiteral("/p/script.py.mako"));
    QCOMPARE(error.line, line);
}

void TestAuthoring::fileNames_data()
{
    // Expected values computed by Python 3.11 with Alembic 1.8.1's _rev_path.
    QTest::addColumn<QString>("fileTemplate");
    QTest::addColumn<int>("truncate");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QStringLiteral("%(rev)s_%(slug)s") << 40
                             << QStringLiteral("Add a table for accounts, with many columns and "
                                               "indexes")
                             << QStringLiteral("ab12_add_a_table_for_accounts_with_many_.py");
    QTest::newRow("unicode") << QStringLiteral("%(rev)s_%(slug)s") << 40
                             << QStringLiteral("Héllo wörld — Ünïcode ΣΑΣ 123")
                             << QStringLiteral("ab12_héllo_wörld_ünïcode_σας_123.py");
    QTest::newRow("no underscore to cut at")
        << QStringLiteral("%(slug)s") << 10 << QString(50, QLatin1Char('x'))
        << QStringLiteral("xxxxxxxxxx_.py");
    QTest::newRow("cut at underscore")
        << QStringLiteral("%(slug)s") << 5 << QStringLiteral("add user table")
        << QStringLiteral("add_.py");
    QTest::newRow("punctuation") << QStringLiteral("%(slug)s") << 40
                                 << QStringLiteral("  spaces... and-dashes!! ")
                                 << QStringLiteral("spaces_and_dashes.py");
    QTest::newRow("empty") << QStringLiteral("%(rev)s_%(slug)s") << 40 << QString()
                           << QStringLiteral("ab12_.py");
    QTest::newRow("date") << QStringLiteral("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-"
                                            "%(rev)s_%(slug)s")
                          << 40 << QStringLiteral("add user")
                          << QStringLiteral("2026_03_04_0506-ab12_add_user.py");
    QTest::newRow("epoch") << QStringLiteral("%(epoch)d_%(rev)s") << 40 << QString()
                           << QStringLiteral("1772600767_ab12.py");
    QTest::newRow("widths") << QStringLiteral("%(hour)02d%(minute)02d%(second)02d_%(rev).2s") << 40
                            << QString() << QStringLiteral("050607_ab.py");
    QTest::newRow("flags") << QStringLiteral("%(year)x-%(month)+d-%(day)-3d|%(rev)r%%") << 40
                           << QString() << QStringLiteral("7ea-+3-4  |'ab12'%.py");
    QTest::newRow("string widths")
        << QStringLiteral("%(slug)10s|%(slug)-10s|") << 40 << QStringLiteral("add user")
        << QStringLiteral("  add_user|add_user  |.py");
}

void TestAuthoring::fileNames()
{
    QFETCH(QString, fileTemplate);
    QFETCH(int, truncate);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    CreateDate date;
    date.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    date.epoch = 1772600767;
    Result<QString> name = revisionFileName(fileTemplate, QStringLiteral("ab12"), message, truncate,
                                            date, QStringLiteral(".py"));
    QVERIFY2(name.ok(), qPrintable(errorText(name)));
    QCOMPARE(*name, expected);
}

void TestAuthoring::fileNameErrors()
{
    const CreateDate date;
    const auto message = [&](const QString &fileTemplate) {
        Result<QString> name = revisionFileName(fileTemplate, QStringLiteral("ab12"), QString(), 40,
                                                date, QStringLiteral(".py"));
        return name.ok() ? QString() : name.error().message;
    };
    QVERIFY(
        message(QStringLiteral("%(bogus)s")).contains(QStringLiteral("unknown token %(bogus)")));
    QVERIFY(message(QStringLiteral("%(rev)d"))
                .contains(QStringLiteral("%(rev)d format: a real number is required, not str")));
    QVERIFY(message(QStringLiteral("%(rev)")).contains(QStringLiteral("incomplete format")));
    QVERIFY(message(QStringLiteral("%(rev)q"))
                .contains(QStringLiteral("unsupported format character")));
}

void TestAuthoring::createDates()
{
    // 2026-03-04 05:06:07.000089 UTC
    const qint64 at = 1772600767LL * 1000000 + 89;
    Result<CreateDate> tokyo = createDate(QStringLiteral("Asia/Tokyo"), at);
    QVERIFY(tokyo.ok());
    QCOMPARE(tokyo->toString(), QStringLiteral("2026-03-04 14:06:07.000089+09:00"));
    QCOMPARE(tokyo->epoch, 1772600767LL);
    Result<CreateDate> utc = createDate(QStringLiteral("utc"), 1772600767LL * 1000000);
    QVERIFY(utc.ok()); // tried as given, then upper-cased, as Alembic does
    QCOMPARE(utc->toString(), QStringLiteral("2026-03-04 05:06:07+00:00"));
    QVERIFY(
        utc->toRepr().startsWith(QStringLiteral("datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=")));
    Result<CreateDate> local = createDate(std::nullopt, at);
    QVERIFY(local.ok());
    QCOMPARE(
        local->toString(),
        QDateTime::fromSecsSinceEpoch(1772600767).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
            QStringLiteral(".000089"));
    Result<CreateDate> bad = createDate(QStringLiteral("Nowhere/City"), at);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("Can't locate timezone: Nowhere/City"));
}

void TestAuthoring::initGenericAgreesWithAlembic()
{
    QTemporaryDir ra, aa;
    const QString r = canonical(ra), a = canonical(aa);
    const Run ri = runRetort({QStringLiteral("init"), QStringLiteral("migrations")}, r);
    QCOMPARE(ri.exitCode, 0);
    QCOMPARE(ri.out, QStringLiteral("Creating directory %1/migrations ...  done\n"
                                    "Creating directory %1/migrations/versions ...  done\n"
                                    "Generating %1/migrations/script.py.mako ...  done\n"
                                    "Generating %1/migrations/README ...  done\n"
                                    "Generating %1/migrations/env.py ...  done\n"
                                    "Generating %1/alembic.ini ...  done\n"
                                    "Please edit configuration/connection/logging settings in "
                                    "'%1/alembic.ini' before proceeding.\n")
                         .arg(r));
    const Run ai = runAlembic({QStringLiteral("init"), QStringLiteral("migrations")}, a);
    QCOMPARE(ai.exitCode, 0);
    QCOMPARE(QString(ri.out).replace(r, QStringLiteral("<dir>")),
             QString(ai.out).replace(a, QStringLiteral("<dir>")));
    QCOMPARE(filesUnder(r), filesUnder(a));

    // The same sections, keys and values (Alembic's version_path_separator carries an
    // inline comment that configparser keeps in the value; Retort's does not).
    Result<IniFile> ri2 = IniFile::load(r + QStringLiteral("/alembic.ini"));
    Result<IniFile> ai2 = IniFile::load(a + QStringLiteral("/alembic.ini"));
    QVERIFY(ri2.ok() && ai2.ok());
    QCOMPARE(ri2->sections(), ai2->sections());
    for (const QString &section : ai2->sections()) {
        QCOMPARE(ri2->keys(section), ai2->keys(section));
        for (const QString &key : ai2->keys(section)) {
            QString want = ai2->raw(section, key).value_or(QString());
            if (key == u"version_path_separator")
                want = want.section(QLatin1Char('#'), 0, 0).trimmed();
            QCOMPARE(ri2->raw(section, key).value_or(QString()), want);
        }
    }

    // Alembic works in Retort's project, revisions included.
    QCOMPARE(runRetort({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("one"),
                        QStringLiteral("--rev-id"), QStringLiteral("0001aaaa")},
                       r)
                 .exitCode,
             0);
    QCOMPARE(runRetort({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("two"),
                        QStringLiteral("--rev-id"), QStringLiteral("0002bbbb")},
                       r)
                 .exitCode,
             0);
    const Run heads = runAlembic({QStringLiteral("heads")}, r);
    QCOMPARE(heads.exitCode, 0);
    QCOMPARE(heads.out, QStringLiteral("0002bbbb (head)\n"));
    const Run history = runAlembic({QStringLiteral("history")}, r);
    QCOMPARE(history.out, runRetort({QStringLiteral("history")}, r).out);
    QCOMPARE(history.out, QStringLiteral("0001aaaa -> 0002bbbb (head), two\n"
                                         "<base> -> 0001aaaa, one\n"));
}

void TestAuthoring::initPackageAndConfigElsewhere()
{
    QTemporaryDir tmp;
    const QString d = canonical(tmp);
    QVERIFY(QDir().mkpath(d + QStringLiteral("/conf")));
    const Run r =
        runRetort({QStringLiteral("-c"), QStringLiteral("conf/db.ini"), QStringLiteral("init"),
                   QStringLiteral("--package"), QStringLiteral("scripts")},
                  d);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Adding %1/scripts/__init__.py ...  done\n"
                                          "Adding %1/scripts/versions/__init__.py ...  done\n")
                               .arg(d)));
    QVERIFY(QFileInfo::exists(d + QStringLiteral("/scripts/versions/__init__.py")));
    // Written so that both tools find the scripts whatever the working directory.
    QVERIFY(readFile(d + QStringLiteral("/conf/db.ini"))
                .contains("script_location = %(here)s/../scripts\n"));
    QCOMPARE(
        runRetort({QStringLiteral("-c"), QStringLiteral("conf/db.ini"), QStringLiteral("revision"),
                   QStringLiteral("--rev-id"), QStringLiteral("0001aaaa")},
                  d)
            .exitCode,
        0);
    const Run heads =
        runAlembic({QStringLiteral("-c"), QStringLiteral("db.ini"), QStringLiteral("heads")},
                   d + QStringLiteral("/conf"));
    QCOMPARE(heads.out, QStringLiteral("0001aaaa (head)\n"));

    // An existing ini is kept.
    const Run again = runRetort({QStringLiteral("-c"), QStringLiteral("conf/db.ini"),
                                 QStringLiteral("init"), QStringLiteral("other")},
                                d);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(
        QStringLiteral("File %1/conf/db.ini already exists, skipping\n").arg(d)));
}

void TestAuthoring::initErrors()
{
    QTemporaryDir tmp;
    const QString d = canonical(tmp);
    QVERIFY(writeFile(d + QStringLiteral("/full/file"), "x"));
    QVERIFY(writeFile(d + QStringLiteral("/plain"), "x"));
    const struct
    {
        QStringList args;
        QString message;
    } cases[] = {
        {{QStringLiteral("init"), QStringLiteral("full")},
         QStringLiteral("FAILED: Directory full already exists and is not empty\n")},
        {{QStringLiteral("init"), QStringLiteral("-t"), QStringLiteral("nope"),
          QStringLiteral("new")},
         QStringLiteral("FAILED: No such template 'nope'\n")},
        {{QStringLiteral("init"), QStringLiteral("plain")},
         QStringLiteral("FAILED: plain already exists and is not a directory\n")},
        {{QStringLiteral("-c"), QStringLiteral("missing/alembic.ini"), QStringLiteral("init"),
          QStringLiteral("new")},
         QStringLiteral("FAILED: Cannot write the config file %1/missing/alembic.ini: the folder "
                        "%1/missing does not exist\n")
             .arg(d)},
    };
    for (const auto &c : cases) {
        const Run r = runRetort(c.args, d);
        QCOMPARE(r.exitCode, 255);
        QCOMPARE(r.out, c.message);
    }
    QVERIFY(!QFileInfo::exists(d + QStringLiteral("/new"))); // nothing created on error
    // The two messages Alembic has, checked against Alembic.
    const Run a = runAlembic({QStringLiteral("init"), QStringLiteral("full")}, d);
    QCOMPARE(a.out, cases[0].message);
    const Run b = runAlembic({QStringLiteral("init"), QStringLiteral("-t"), QStringLiteral("nope"),
                              QStringLiteral("new")},
                             d);
    QCOMPARE(b.out, cases[1].message);
}

// The same commands on two copies of a project, Alembic on one and Retort on the other: the
// same output (errors included), the same files, and Alembic reads Retort's files as Retort.
void TestAuthoring::revisionsAgreeWithAlembic()
{
    QTemporaryDir ta, tr;
    const QString a = canonical(ta), r = canonical(tr);
    initGeneric(r);
    copyTree(r, a);
    const QStringList steps = {
        QStringLiteral("revision -m first --rev-id 1000aaaa"),
        QStringLiteral("revision --rev-id 2000bbbb"),
        QStringLiteral("revision --head 1000aaaa -m feature --rev-id 3000cccc"),
        QStringLiteral("revision --head 1000aaaa --splice -m \"feature start\" --rev-id 3000cccc "
                       "--branch-label feature"),
        QStringLiteral("revision -m \"no head given\" --rev-id 4000dddd"),
        QStringLiteral("revision --head nowhere --rev-id 4000dddd"),
        QStringLiteral("revision --head feature@head -m \"on feature\" --rev-id 4000dddd "
                       "--depends-on 2000"),
        QStringLiteral("revision --head 2000bbbb -m \"dep on label\" --rev-id 5000eeee "
                       "--depends-on feature --depends-on 1000aaaa"),
        QStringLiteral("revision --rev-id bad-id"),
        QStringLiteral("revision --head base -m \"another base\" --rev-id 6000ffff"),
        QStringLiteral("merge 5000eeee 5000eeee --rev-id 7000abab"),
        QStringLiteral("merge 1000aaaa 4000dddd --rev-id 7000abab"),
        QStringLiteral("merge heads -m \"merge everything\" --rev-id 7000abab"),
        QStringLiteral("revision -m \"after the merge\" --rev-id 8000cdcd"),
        QStringLiteral("revision -m \"via heads\" --head heads --rev-id 9000efef"),
    };
    for (const QString &step : steps) {
        runBoth(a, r, splitArgs(step));
        if (QTest::currentTestFailed())
            return;
    }
    compareRevisionFiles(a, r, QStringLiteral("migrations/versions"));

    // Alembic reads Retort's project as Retort does: one head after the merge.
    const Run heads = runAlembic({QStringLiteral("heads")}, r);
    QCOMPARE(heads.out, QStringLiteral("9000efef (feature) (head)\n"));
    QCOMPARE(runRetort({QStringLiteral("heads")}, r).out, heads.out);
    const Run history = runAlembic({QStringLiteral("history")}, r);
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(sortedLines(runRetort({QStringLiteral("history")}, r).out), sortedLines(history.out));
}

void TestAuthoring::templateImportsProjectNames()
{
    // A template that names the branch label through the project's own module (as Neutron's
    // does): the new file must read back with the name resolved, as Alembic imports it.
    QTemporaryDir ta, tr;
    const QString a = canonical(ta), r = canonical(tr);
    initGeneric(r);
    const QString mako = r + QStringLiteral("/migrations/script.py.mako");
    QString text = QString::fromUtf8(readFile(mako));
    const QString plain = QStringLiteral("branch_labels = ${repr(branch_labels)}\n");
    QVERIFY(text.contains(plain));
    text.replace(plain, QStringLiteral("% if branch_labels:\nfrom labels import EXPAND\n"
                                       "branch_labels = (EXPAND,)\n% else:\n"
                                       "branch_labels = None\n% endif\n"));
    QFile out(mako);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text.toUtf8());
    out.close();
    QFile labels(r + QStringLiteral("/labels.py"));
    QVERIFY(labels.open(QIODevice::WriteOnly));
    labels.write("EXPAND = 'expand'\n");
    labels.close();
    copyTree(r, a);
    runBoth(a, r,
            splitArgs(QStringLiteral("revision -m first --rev-id 1000aaaa "
                                     "--branch-label expand")));
    if (QTest::currentTestFailed())
        return;
    compareRevisionFiles(a, r, QStringLiteral("migrations/versions"));
    const Run heads = runAlembic({QStringLiteral("heads")}, r);
    QCOMPARE(heads.out, QStringLiteral("1000aaaa (expand) (head)\n"));
    QCOMPARE(runRetort({QStringLiteral("heads")}, r).out, heads.out);
}

void TestAuthoring::versionLocationsAgreeWithAlembic()
{
    QTemporaryDir ta, tr;
    const QString a = canonical(ta), r = canonical(tr);
    initGeneric(r);
    QFile ini(r + QStringLiteral("/alembic.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QByteArray text = ini.readAll();
    ini.close();
    text.replace("# version_locations = %(here)s/bar:%(here)s/bat:migrations/versions",
                 "version_locations = %(here)s/v1:%(here)s/v2");
    QVERIFY(text.contains("version_locations = %(here)s/v1"));
    QVERIFY(writeFile(r + QStringLiteral("/alembic.ini"), text));
    QVERIFY(QDir().mkpath(r + QStringLiteral("/v1")));
    copyTree(r, a);
    const QStringList steps = {
        QStringLiteral("revision -m one --rev-id 1111aaaa"),
        QStringLiteral("revision -m one --rev-id 1111aaaa --version-path v1"),
        QStringLiteral("revision -m two --rev-id 2222bbbb"),
        QStringLiteral(
            "revision -m \"other base\" --head base --rev-id 3333cccc --version-path v2"),
        QStringLiteral("revision -m next --head 3333cccc --rev-id 4444dddd"),
        QStringLiteral("revision -m stray --head 4444dddd --rev-id 5555eeee --version-path "
                       "elsewhere"),
        QStringLiteral("merge 2222bbbb 4444dddd -m join --rev-id 6666ffff"),
    };
    for (const QString &step : steps) {
        runBoth(a, r, splitArgs(step));
        if (QTest::currentTestFailed())
            return;
    }
    compareRevisionFiles(a, r, QStringLiteral("v1"));
    compareRevisionFiles(a, r, QStringLiteral("v2"));
    QCOMPARE(runAlembic({QStringLiteral("heads")}, r).out, QStringLiteral("6666ffff (head)\n"));
}

void TestAuthoring::fileTemplatesAgreeWithAlembic_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("default, long message")
        << QByteArray()
        << QStringLiteral("Add a table for accounts, with many columns and indexes");
    QTest::newRow("truncate 12") << QByteArray("truncate_slug_length = 12\n")
                                 << QStringLiteral("create user table now");
    QTest::newRow("date prefix")
        << QByteArray("file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-"
                      "%%(rev)s_%%(slug)s\n")
        << QStringLiteral("add user");
    QTest::newRow("unicode, rev only") << QByteArray("file_template = %%(slug)s-%%(rev)s\n")
                                       << QStringLiteral("Héllo wörld — Ünïcode ΣΑΣ 123");
    QTest::newRow("zero truncate is 40")
        << QByteArray("truncate_slug_length = 0\n")
        << QStringLiteral("one two three four five six seven eight");
}

void TestAuthoring::fileTemplatesAgreeWithAlembic()
{
    QFETCH(QByteArray, options);
    QFETCH(QString, message);
    QTemporaryDir ta, tr;
    const QString a = canonical(ta), r = canonical(tr);
    for (const QString &d : {a, r}) {
        QVERIFY(writeFile(d + QStringLiteral("/alembic.ini"), kMinimalIni + options));
        QVERIFY(writeFile(
            d + QStringLiteral("/script.py.mako"),
            projectTemplateFile(QStringLiteral("generic"), QStringLiteral("script.py.mako"))));
        QVERIFY(QDir().mkpath(d + QStringLiteral("/versions")));
    }
    avoidMinuteBoundary();
    runBoth(a, r,
            {QStringLiteral("revision"), QStringLiteral("-m"), message, QStringLiteral("--rev-id"),
             QStringLiteral("0123abcd")});
    compareRevisionFiles(a, r, QStringLiteral("versions"));
}

void TestAuthoring::dateTokensAndTimezone()
{
    // Python's dateutil (needed by Alembic for `timezone`) is not a test dependency: these
    // are checked against the clock.
    QTemporaryDir tmp;
    const QString d = canonical(tmp);
    QVERIFY(writeFile(d + QStringLiteral("/alembic.ini"),
                      kMinimalIni + "timezone = Asia/Tokyo\nfile_template = "
                                    "%%(epoch)d-%%(hour).2d%%(second).2d_%%(rev)s\n"
                                    "revision_environment = true\n"
                                    "[post_write_hooks]\nhooks = black\n"));
    QVERIFY(writeFile(
        d + QStringLiteral("/script.py.mako"),
        projectTemplateFile(QStringLiteral("generic"), QStringLiteral("script.py.mako"))));
    QVERIFY(QDir().mkpath(d + QStringLiteral("/versions")));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Run run = runRetort(
        {QStringLiteral("revision"), QStringLiteral("--rev-id"), QStringLiteral("tz01")}, d);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(run.exitCode, 0);
    // What Retort does not do is said, on stderr.
    QVERIFY2(run.err.contains(QStringLiteral("WARNING: revision_environment is set, but Retort "
                                             "does not run env.py")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("WARNING: post_write_hooks (black) are not run by "
                                             "Retort")),
             qPrintable(run.err));
    const QStringList files = QDir(d + QStringLiteral("/versions")).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    static const QRegularExpression name(QStringLiteral("^(\\d+)-(\\d\\d)(\\d\\d)_tz01\\.py$"));
    const QRegularExpressionMatch m = name.match(files.first());
    QVERIFY2(m.hasMatch(), qPrintable(files.first()));
    const qint64 epoch = m.captured(1).toLongLong();
    QVERIFY(epoch >= before.toSecsSinceEpoch() && epoch <= after.toSecsSinceEpoch());
    const QDateTime tokyo = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone("Asia/Tokyo"));
    QCOMPARE(m.captured(2).toInt(), tokyo.time().hour());
    QCOMPARE(m.captured(3).toInt(), tokyo.time().second());
    const QString content =
        QString::fromUtf8(readFile(d + QStringLiteral("/versions/") + files.first()));
    static const QRegularExpression date(QStringLiteral(
        "\nCreate Date: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+09:00\n"));
    QVERIFY2(date.match(content).hasMatch(), qPrintable(content));

    QVERIFY(
        writeFile(d + QStringLiteral("/alembic.ini"), kMinimalIni + "timezone = Mars/Olympus\n"));
    const Run bad = runRetort({QStringLiteral("revision")}, d);
    QCOMPARE(bad.exitCode, 255);
    QCOMPARE(bad.out, QStringLiteral("FAILED: Can't locate timezone: Mars/Olympus\n"));
}

// Where Alembic writes a file that breaks the project, or crashes, Retort refuses up front.
void TestAuthoring::retortOnlyErrors()
{
    QTemporaryDir tmp;
    const QString d = canonical(tmp);
    initGeneric(d);
    const auto run = [&](const QString &line) {
        return runRetort(line.split(QLatin1Char(' ')), d);
    };
    QCOMPARE(run(QStringLiteral("revision --rev-id 1111aaaa --branch-label core")).exitCode, 0);
    const struct
    {
        QString line;
        QString message;
    } cases[] = {
        {QStringLiteral("revision --rev-id 1111aaaa"),
         QStringLiteral("FAILED: Revision 1111aaaa is already present (%1/migrations/versions/"
                        "1111aaaa_.py); choose another --rev-id\n")
             .arg(d)},
        {QStringLiteral("revision --rev-id 2222bbbb --branch-label core"),
         QStringLiteral("FAILED: Branch name 'core' in revision 2222bbbb already used by revision "
                        "1111aaaa\n")},
        {QStringLiteral("revision --rev-id 2222bbbb --branch-label 1111aaaa"),
         QStringLiteral("FAILED: Branch name '1111aaaa' in revision 2222bbbb already used by "
                        "revision 1111aaaa\n")},
        {QStringLiteral("revision --rev-id core"),
         QStringLiteral("FAILED: Revision id core is already a branch label of revision "
                        "1111aaaa; choose another --rev-id\n")},
        {QStringLiteral("revision --rev-id 2222bbbb --depends-on nothing"),
         QStringLiteral("FAILED: Can't locate revision identified by 'nothing'\n")},
        {QStringLiteral("revision --autogenerate"),
         QStringLiteral("FAILED: Retort does not autogenerate revisions: comparing the database "
                        "with your models needs your application's Python code. Create the "
                        "revision without --autogenerate and write its operations, or run "
                        "Alembic's 'revision --autogenerate'\n")},
        {QStringLiteral("revision --autogenerate --sql"),
         QStringLiteral("FAILED: Using --sql with --autogenerate does not make any sense\n")},
        {QStringLiteral("revision --sql"),
         QStringLiteral("FAILED: Using --sql with the revision command when revision_environment "
                        "is not configured does not make any sense\n")},
        {QStringLiteral("edit current"),
         QStringLiteral("FAILED: edit current needs a database connection, which this version of "
                        "Retort cannot open yet\n")},
    };
    for (const auto &c : cases) {
        const Run r = run(c.line);
        QCOMPARE(r.exitCode, 255);
        QCOMPARE(r.out, c.message);
    }

    // Problems in the project's template name the template and the line; nothing is written.
    const QString mako = d + QStringLiteral("/migrations/script.py.mako");
    const QByteArray good = readFile(mako);
    const struct
    {
        QByteArray text;
        QString message;
    } templates[] = {
        {good + "% if message\n",
         QStringLiteral("FAILED: %1:25: invalid control line expression 'message': expected ':' "
                        "at the end of the control line")
             .arg(mako)},
        {"<%\n  x = 1\n%>\n" + good,
         QStringLiteral("FAILED: %1:1: A Python code block <% ... %> is not supported").arg(mako)},
        {QByteArray(good).replace("branch_labels = ${repr(branch_labels)}", "branch_labels = None"),
         QStringLiteral("FAILED: Version 3333cccc specified branch_labels side, however the "
                        "migration file %1/migrations/versions/3333cccc_.py does not have them; "
                        "have you upgraded your script.py.mako to include the 'branch_labels' "
                        "section?")
             .arg(d)},
        {"revision = None\n",
         QStringLiteral("FAILED: The revision rendered from %1 cannot be read back (%2/migrations/"
                        "versions/3333cccc_.py:1: revision must be a non-empty string, not None); "
                        "nothing was written")
             .arg(mako, d)},
    };
    for (const auto &t : templates) {
        QVERIFY(writeFile(mako, t.text));
        const Run r =
            run(QStringLiteral("revision --rev-id 3333cccc --head base --branch-label side"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.out.startsWith(t.message), qPrintable(r.out));
    }
    QVERIFY(QFile::remove(mako));
    const Run none = run(QStringLiteral("revision"));
    QCOMPARE(none.out, QStringLiteral("FAILED: No revision template in "
                                      "%1/migrations: script.py.mako (Alembic's .py revisions) "
                                      "or script.sql.mako (Retort's .sql revisions) is needed\n")
                           .arg(d));
    QCOMPARE(filesUnder(d + QStringLiteral("/migrations/versions")),
             QStringList{QStringLiteral("1111aaaa_.py")});
}

void TestAuthoring::sqlProject()
{
    QTemporaryDir tmp;
    const QString d = canonical(tmp);
    const Run init = runRetort(
        {QStringLiteral("init"), QStringLiteral("-t"), QStringLiteral("sql"), QStringLiteral("db")},
        d);
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(init.out, QStringLiteral("Creating directory %1/db ...  done\n"
                                      "Creating directory %1/db/versions ...  done\n"
                                      "Generating %1/db/script.sql.mako ...  done\n"
                                      "Generating %1/db/README ...  done\n"
                                      "Generating %1/alembic.ini ...  done\n"
                                      "Please edit configuration/connection/logging settings in "
                                      "'%1/alembic.ini' before proceeding.\n")
                           .arg(d));
    const QStringList steps[] = {
        {QStringLiteral("revision"), QStringLiteral("-m"),
         QStringLiteral("create account\nwith a second line"), QStringLiteral("--rev-id"),
         QStringLiteral("a1a1")},
        {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("core next"),
         QStringLiteral("--rev-id"), QStringLiteral("b2b2"), QStringLiteral("--branch-label"),
         QStringLiteral("core")},
        {QStringLiteral("revision"), QStringLiteral("--head"), QStringLiteral("a1a1"),
         QStringLiteral("--splice"), QStringLiteral("-m"), QStringLiteral("side"),
         QStringLiteral("--rev-id"), QStringLiteral("c3c3"), QStringLiteral("--depends-on"),
         QStringLiteral("core")},
        {QStringLiteral("merge"), QStringLiteral("b2b2"), QStringLiteral("c3c3"),
         QStringLiteral("-m"), QStringLiteral("join"), QStringLiteral("--rev-id"),
         QStringLiteral("d4d4")},
    };
    for (const QStringList &step : steps) {
        const Run r = runRetort(step, d);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Generating %1/db/versions/").arg(d)));
    }
    QCOMPARE(filesUnder(d + QStringLiteral("/db/versions")),
             (QStringList{QStringLiteral("a1a1_create_account_with_a_second_line.sql"),
                          QStringLiteral("b2b2_core_next.sql"), QStringLiteral("c3c3_side.sql"),
                          QStringLiteral("d4d4_join.sql")}));
    const QString first =
        d + QStringLiteral("/db/versions/a1a1_create_account_with_a_second_line.sql");
    const QString firstText = QString::fromUtf8(readFile(first));
    QVERIFY2(withoutCreateDate(firstText) ==
                 QStringLiteral("-- Revision ID: a1a1\n-- Revises: \n-- Create Date: <date>\n"
                                "-- Message: create account\n--   with a second line\n\n"
                                "-- migrate:upgrade\n\n\n-- migrate:downgrade\n"),
             qPrintable(firstText));
    Result<RevisionHeader> side = parseSqlRevision(
        readFile(d + QStringLiteral("/db/versions/c3c3_side.sql")), QStringLiteral("x"));
    QVERIFY(side.ok());
    QCOMPARE(*side->downRevision, QStringList{QStringLiteral("a1a1")});
    QCOMPARE(*side->dependsOn, QStringList{QStringLiteral("core")});
    Result<RevisionHeader> join = parseSqlRevision(
        readFile(d + QStringLiteral("/db/versions/d4d4_join.sql")), QStringLiteral("x"));
    QVERIFY(join.ok());
    QCOMPARE(*join->downRevision, (QStringList{QStringLiteral("b2b2"), QStringLiteral("c3c3")}));

    QCOMPARE(runRetort({QStringLiteral("heads")}, d).out, QStringLiteral("d4d4 (core) (head)\n"));
    const Run history = runRetort({QStringLiteral("history")}, d);
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(sortedLines(history.out),
             sortedLines(QStringLiteral("b2b2, c3c3 -> d4d4 (core) (head) (mergepoint), join\n"
                                        "a1a1 (core) -> c3c3, side\n"
                                        "a1a1 -> b2b2 (core), core next\n"
                                        "<base> -> a1a1 (branchpoint), create account\n"
                                        "with a second line\n")));
    // Alembic sees no .py revision here, and says so without failing.
    QCOMPARE(runAlembic({QStringLiteral("heads")}, d).out, QString());
    // A revision id the .sql header cannot hold.
    const Run bad = runRetort(
        {QStringLiteral("revision"), QStringLiteral("--rev-id"), QStringLiteral("a b")}, d);
    QCOMPARE(bad.out,
             QStringLiteral("FAILED: Revision identifier 'a b' cannot be written in a .sql "
                            "revision: it must not contain blanks or ','\n"));
}

void TestAuthoring::edit()
{
    QTemporaryDir tmp;
    const QString d = canonical(tmp);
    initGeneric(d);
    for (const QString &line :
         {QStringLiteral("revision --rev-id 1111aaaa"),
          QStringLiteral("revision --rev-id 2222bbbb"),
          QStringLiteral("revision --head 1111aaaa --splice --rev-id 3333cccc")})
        QCOMPARE(runRetort(line.split(QLatin1Char(' ')), d).exitCode, 0);
    const QString log = d + QStringLiteral("/editor.log");
    const QString editor = d + QStringLiteral("/fake-editor");
    QVERIFY(writeFile(editor, "#!/bin/sh\necho \"$@\" >> \"" + log.toUtf8() + "\"\n"));
    QVERIFY(QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VISUAL"));
    env.insert(QStringLiteral("EDITOR"), editor);
    QCOMPARE(runRetort({QStringLiteral("edit"), QStringLiteral("2222")}, d, env).exitCode, 0);
    QCOMPARE(runRetort({QStringLiteral("edit"), QStringLiteral("heads")}, d, env).exitCode, 0);
    const QString versions = d + QStringLiteral("/migrations/versions/");
    QCOMPARE(QString::fromUtf8(readFile(log)), versions + QStringLiteral("2222bbbb_.py\n") +
                                                   versions + QStringLiteral("2222bbbb_.py\n") +
                                                   versions + QStringLiteral("3333cccc_.py\n"));

    // VISUAL as a bare name found in PATH.
    env.remove(QStringLiteral("EDITOR"));
    env.insert(QStringLiteral("VISUAL"), QStringLiteral("fake-editor"));
    env.insert(QStringLiteral("PATH"), d);
    QCOMPARE(runRetort({QStringLiteral("edit"), QStringLiteral("1111aaaa")}, d, env).exitCode, 0);
    QVERIFY(readFile(log).endsWith("1111aaaa_.py\n"));

    const Run unknown = runRetort({QStringLiteral("edit"), QStringLiteral("zzzz")}, d, env);
    QCOMPARE(unknown.out, QStringLiteral("FAILED: Can't locate revision identified by 'zzzz'\n"));
    const Run base = runRetort({QStringLiteral("edit"), QStringLiteral("base")}, d, env);
    QCOMPARE(base.out, QStringLiteral("FAILED: No revision files indicated by symbol 'base'\n"));

    env.remove(QStringLiteral("VISUAL"));
    env.insert(QStringLiteral("PATH"), d + QStringLiteral("/nowhere"));
    const Run none = runRetort({QStringLiteral("edit"), QStringLiteral("1111aaaa")}, d, env);
    QCOMPARE(none.exitCode, 255);
    QCOMPARE(none.out, QStringLiteral("FAILED: Error executing editor (No suitable editor found. "
                                      "Please set the \"EDITOR\" or \"VISUAL\" environment "
                                      "variables)\n"));

    QVERIFY(writeFile(editor, "#!/bin/sh\nexit 3\n"));
    env.insert(QStringLiteral("EDITOR"), editor);
    const Run failing = runRetort({QStringLiteral("edit"), QStringLiteral("1111aaaa")}, d, env);
    QCOMPARE(failing.out, QStringLiteral("FAILED: Error executing editor (Command '['%1', "
                                         "'%2']' returned non-zero exit status 3.)\n")
                              .arg(editor, versions + QStringLiteral("1111aaaa_.py")));
}

void TestAuthoring::usage()
{
    QTemporaryDir tmp;
    const Run help = runRetort({QStringLiteral("revision"), QStringLiteral("--help")}, tmp.path());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(
        QStringLiteral("usage: retort revision [-h] [-m MESSAGE] [--autogenerate] [--sql] "
                       "[--head HEAD] [--splice] [--branch-label BRANCH_LABEL] [--version-path "
                       "VERSION_PATH] [--rev-id REV_ID] [--depends-on DEPENDS_ON]\n")));
    const Run init = runRetort({QStringLiteral("init")}, tmp.path());
    QCOMPARE(init.exitCode, 2);
    QVERIFY(init.err.endsWith(
        QStringLiteral("retort init: error: the following arguments are required: directory\n")));
    const Run merge =
        runRetort({QStringLiteral("merge"), QStringLiteral("-m"), QStringLiteral("x")}, tmp.path());
    QCOMPARE(merge.exitCode, 2);
    QVERIFY(merge.err.endsWith(
        QStringLiteral("retort merge: error: the following arguments are required: revisions\n")));
    // The commands are listed sorted, as argparse lists them.
    const Run top = runRetort({QStringLiteral("--help")}, tmp.path());
    static const QRegularExpression group(QStringLiteral("\\{([a-z_,]+)\\}"));
    const QStringList commands = group.match(top.out).captured(1).split(QLatin1Char(','));
    QStringList sorted = commands;
    sorted.sort();
    QCOMPARE(commands, sorted);
    for (const QString &name : {QStringLiteral("edit"), QStringLiteral("init"),
                                QStringLiteral("merge"), QStringLiteral("revision")})
        QVERIFY(commands.contains(name));
}

QTEST_GUILESS_MAIN(TestAuthoring)
#include "tst_authoring.moc"
