// Tests of splitSqlStatements(): PostgreSQL's lexical rules as psql 15 applies them (the
// precise rules are at the top of engine/script/sqlsplitter.cpp).
#include "script/sqlsplitter.h"

#include <QRandomGenerator>
#include <QTest>

#include <iterator>

using namespace retort;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString File = u"/project/versions/1975ea83b712_add_account.sql"_s;

} // namespace

class TestSqlSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void errors_data();
    void errors();
    void numbersAndFile();
    void largeScript();
    void fuzz();
};

void TestSqlSplitter::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<int>>("lines");

    const auto row = [](const char *name, const QString &sql, const QStringList &texts,
                        const QList<int> &lines, int firstLine = 1) {
        QTest::newRow(name) << sql << firstLine << texts << lines;
    };

    // Statements, empty ones, the last one without ';'.
    row("empty script", u""_s, {}, {});
    row("blanks and comments only", u"  \n-- a; b\n/* c; */\n\t\f\n"_s, {}, {});
    row("one statement without ;", u"SELECT 1"_s, {u"SELECT 1"_s}, {1});
    row("one statement with ;", u"SELECT 1;"_s, {u"SELECT 1"_s}, {1});
    row("two statements on one line", u"SELECT 1; SELECT 2;"_s, {u"SELECT 1"_s, u"SELECT 2"_s},
        {1, 1});
    row("trailing statement without ;", u"SELECT 1;\nSELECT 2\n"_s, {u"SELECT 1"_s, u"SELECT 2"_s},
        {1, 2});
    row("empty statements are dropped", u";;SELECT 1;;\n ; -- x\n;"_s, {u"SELECT 1"_s}, {1});
    row("text trimmed, inner blanks kept", u"  \n  SELECT\n\t1 ,\n  2  \n;\n"_s,
        {u"SELECT\n\t1 ,\n  2"_s}, {2});

    // Strings.
    row("; in a string", u"SELECT 'a;b'; SELECT 2"_s, {u"SELECT 'a;b'"_s, u"SELECT 2"_s}, {1, 1});
    row("doubled quote in a string", u"SELECT 'it''s; here'; SELECT 2"_s,
        {u"SELECT 'it''s; here'"_s, u"SELECT 2"_s}, {1, 1});
    row("backslash is literal in a plain string", u"SELECT 'C:\\'; SELECT 2"_s,
        {u"SELECT 'C:\\'"_s, u"SELECT 2"_s}, {1, 1});
    row("E string: backslash escapes a quote", u"SELECT E'\\'; still'; SELECT 2"_s,
        {u"SELECT E'\\'; still'"_s, u"SELECT 2"_s}, {1, 1});
    row("E string: E'\\'' is one quote", u"SELECT E'\\''; SELECT 2"_s,
        {u"SELECT E'\\''"_s, u"SELECT 2"_s}, {1, 1});
    row("E string: escaped backslash ends before the quote", u"SELECT e'\\\\'; SELECT 2"_s,
        {u"SELECT e'\\\\'"_s, u"SELECT 2"_s}, {1, 1});
    row("identifier ending in e before a quote is no E string", u"SELECT type'a\\'; SELECT 2"_s,
        {u"SELECT type'a\\'"_s, u"SELECT 2"_s}, {1, 1});
    row("E string continues over a line break", u"SELECT E'a'\n  '\\';x'; SELECT 2"_s,
        {u"SELECT E'a'\n  '\\';x'"_s, u"SELECT 2"_s}, {1, 2});
    row("E string continues over a comment line", u"SELECT E'a' -- c\n-- d\n'\\';'; SELECT 2"_s,
        {u"SELECT E'a' -- c\n-- d\n'\\';'"_s, u"SELECT 2"_s}, {1, 3});
    row("E string does not continue on the same line", u"SELECT E'a' '\\'; SELECT 2"_s,
        {u"SELECT E'a' '\\'"_s, u"SELECT 2"_s}, {1, 1});
    row("U& string: backslash does not escape", u"SELECT U&'d\\0061t\\'; SELECT 2"_s,
        {u"SELECT U&'d\\0061t\\'"_s, u"SELECT 2"_s}, {1, 1});
    row("B, X and N strings", u"SELECT B'01;', x'1F;', N'a;b'; SELECT 2"_s,
        {u"SELECT B'01;', x'1F;', N'a;b'"_s, u"SELECT 2"_s}, {1, 1});
    row("string spanning lines", u"SELECT 'x\ny;\nz';\nSELECT 2"_s,
        {u"SELECT 'x\ny;\nz'"_s, u"SELECT 2"_s}, {1, 4});

    // Quoted identifiers.
    row("; and doubled quote in a quoted identifier", u"SELECT 1 AS \"a;\"\"b\"; SELECT 2"_s,
        {u"SELECT 1 AS \"a;\"\"b\""_s, u"SELECT 2"_s}, {1, 1});
    row("U& quoted identifier", u"SELECT 1 AS U&\"a;b\"; SELECT 2"_s,
        {u"SELECT 1 AS U&\"a;b\""_s, u"SELECT 2"_s}, {1, 1});
    row("quote inside a quoted identifier", u"CREATE TABLE \"it's\" (x int); SELECT 2"_s,
        {u"CREATE TABLE \"it's\" (x int)"_s, u"SELECT 2"_s}, {1, 1});

    // Dollar quotes.
    row("$$ quote", u"SELECT $$a;'b$$; SELECT 2"_s, {u"SELECT $$a;'b$$"_s, u"SELECT 2"_s}, {1, 1});
    row("$tag$ quote over lines",
        u"CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND\n$body$ "
        "LANGUAGE plpgsql;\nSELECT 2;"_s,
        {u"CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND\n$body$ LANGUAGE "
         "plpgsql"_s,
         u"SELECT 2"_s},
        {1, 6});
    row("$a$ inside $b$", u"SELECT $b$ $a$ ; $a$ ; $b$; SELECT 2"_s,
        {u"SELECT $b$ $a$ ; $a$ ; $b$"_s, u"SELECT 2"_s}, {1, 1});
    row("$a$ inside $ab$ and $ab$ inside $a$", u"SELECT $ab$ x$a$; $ab$, $a$ $ab$; $a$; SELECT 2"_s,
        {u"SELECT $ab$ x$a$; $ab$, $a$ $ab$; $a$"_s, u"SELECT 2"_s}, {1, 1});
    row("failed delimiter inside a dollar quote", u"SELECT $a$ $x$y$a$; SELECT 2"_s,
        {u"SELECT $a$ $x$y$a$"_s, u"SELECT 2"_s}, {1, 1});
    row("$1 is a parameter", u"PREPARE p(int) AS SELECT $1; EXECUTE p(1)"_s,
        {u"PREPARE p(int) AS SELECT $1"_s, u"EXECUTE p(1)"_s}, {1, 1});
    row("$$ right after a parameter", u"SELECT $1$$;$$; SELECT 2"_s,
        {u"SELECT $1$$;$$"_s, u"SELECT 2"_s}, {1, 1});
    row("$ inside identifiers", u"SELECT foo$bar; SELECT x$$; SELECT y$a$;"_s,
        {u"SELECT foo$bar"_s, u"SELECT x$$"_s, u"SELECT y$a$"_s}, {1, 1, 1});
    row("$ without a delimiter", u"SELECT $a; SELECT $ ; SELECT 3"_s,
        {u"SELECT $a"_s, u"SELECT $"_s, u"SELECT 3"_s}, {1, 1, 1});
    row("tag with digits and non-ASCII letters", u"SELECT $é_1$;$é_1$; SELECT 2"_s,
        {u"SELECT $é_1$;$é_1$"_s, u"SELECT 2"_s}, {1, 1});
    row("DO block", u"DO $$ BEGIN PERFORM 1; END $$;\nSELECT 2;"_s,
        {u"DO $$ BEGIN PERFORM 1; END $$"_s, u"SELECT 2"_s}, {1, 2});

    // Comments.
    row("; in a line comment", u"SELECT 1 -- not; here\n; SELECT 2"_s,
        {u"SELECT 1 -- not; here"_s, u"SELECT 2"_s}, {1, 2});
    row("; in a block comment", u"SELECT /* ; */ 1; SELECT 2"_s,
        {u"SELECT /* ; */ 1"_s, u"SELECT 2"_s}, {1, 1});
    row("nested block comments", u"SELECT /* a /* b; */ c; */ 1; SELECT 2"_s,
        {u"SELECT /* a /* b; */ c; */ 1"_s, u"SELECT 2"_s}, {1, 1});
    row("block comment closed by **/", u"SELECT /** a; **/ 1; SELECT 2"_s,
        {u"SELECT /** a; **/ 1"_s, u"SELECT 2"_s}, {1, 1});
    row("leading comments are not part of the statement",
        u"-- header\n\n/* note;\n */\n  CREATE TABLE t (id int);\n"_s,
        {u"CREATE TABLE t (id int)"_s}, {5});
    row("comments inside and at the end are kept", u"SELECT 1 /* a */ + 2 -- b\n;"_s,
        {u"SELECT 1 /* a */ + 2 -- b"_s}, {1});
    row("comment after an operator", u"SELECT 1 +-- c;\n 2; SELECT 3"_s,
        {u"SELECT 1 +-- c;\n 2"_s, u"SELECT 3"_s}, {1, 2});
    row("quote in a comment", u"SELECT 1; -- it's\nSELECT 2"_s, {u"SELECT 1"_s, u"SELECT 2"_s},
        {1, 2});
    row("-- in a string", u"SELECT '--'; SELECT 2"_s, {u"SELECT '--'"_s, u"SELECT 2"_s}, {1, 1});

    // Parentheses and BEGIN ATOMIC bodies (psql's rules).
    row("; inside parentheses does not split", u"SELECT (1; 2); SELECT 3"_s,
        {u"SELECT (1; 2)"_s, u"SELECT 3"_s}, {1, 1});
    row("CREATE FUNCTION ... BEGIN ATOMIC",
        u"CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT "
        "2;\nEND;\nSELECT 3;"_s,
        {u"CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT "
         "2;\nEND"_s,
         u"SELECT 3"_s},
        {1, 6});
    row("create or replace procedure, lower case",
        u"create or replace procedure p() language sql begin atomic insert into t values (1); "
        "end; select 1"_s,
        {u"create or replace procedure p() language sql begin atomic insert into t values (1); "
         "end"_s,
         u"select 1"_s},
        {1, 1});
    row("CASE ... END inside BEGIN ATOMIC",
        u"CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 "
        "THEN 1 ELSE 2 END; END; SELECT 3"_s,
        {u"CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 "
         "THEN 1 ELSE 2 END; END"_s,
         u"SELECT 3"_s},
        {1, 1});
    row("BEGIN outside CREATE FUNCTION splits", u"BEGIN; SELECT 1; END;"_s,
        {u"BEGIN"_s, u"SELECT 1"_s, u"END"_s}, {1, 1, 1});
    row("begin inside parentheses of CREATE FUNCTION",
        u"CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN 1; SELECT 2"_s,
        {u"CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN 1"_s, u"SELECT 2"_s},
        {1, 1});
    // psql's heuristic counts any BEGIN word; the server then reports the syntax error.
    row("begin as a name after CREATE FUNCTION keeps the statement open",
        u"CREATE FUNCTION f() RETURNS int RETURN begin; SELECT 2"_s,
        {u"CREATE FUNCTION f() RETURNS int RETURN begin; SELECT 2"_s}, {1});
    row("BEGIN after CREATE TRIGGER splits", u"CREATE TRIGGER t BEGIN; SELECT 2"_s,
        {u"CREATE TRIGGER t BEGIN"_s, u"SELECT 2"_s}, {1, 1});
    row("\"BEGIN\" quoted is no keyword",
        u"CREATE FUNCTION f() RETURNS int AS 'x' LANGUAGE sql SET \"begin\" = 1; SELECT 2"_s,
        {u"CREATE FUNCTION f() RETURNS int AS 'x' LANGUAGE sql SET \"begin\" = 1"_s, u"SELECT 2"_s},
        {1, 1});

    // Lines.
    row("first line offset", u"\n\nSELECT 1;\n\n  SELECT\n  2;"_s,
        {u"SELECT 1"_s, u"SELECT\n  2"_s}, {12, 14}, 10);
    row("CRLF", u"SELECT 1;\r\n\r\nSELECT 'a\r\nb';\r\n-- c\r\nSELECT 3\r\n"_s,
        {u"SELECT 1"_s, u"SELECT 'a\r\nb'"_s, u"SELECT 3"_s}, {1, 3, 6});
    row("lone CR", u"SELECT 1;\rSELECT 2;\r\rSELECT 3"_s,
        {u"SELECT 1"_s, u"SELECT 2"_s, u"SELECT 3"_s}, {1, 2, 4});
    row("lines counted in comments and dollar quotes",
        u"/* a\nb\n*/ SELECT $$\n\n$$; -- c\n-- d\nSELECT 2"_s,
        {u"SELECT $$\n\n$$"_s, u"SELECT 2"_s}, {3, 7});
    row("number then quote", u"SELECT 1.5e3'a;b'; SELECT .5; SELECT 1..2"_s,
        {u"SELECT 1.5e3'a;b'"_s, u"SELECT .5"_s, u"SELECT 1..2"_s}, {1, 1, 1});
}

void TestSqlSplitter::split()
{
    QFETCH(QString, sql);
    QFETCH(int, firstLine);
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, lines);

    const Result<QList<SqlStatement>> result = splitSqlStatements(sql, File, firstLine);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QStringList gotTexts;
    QList<int> gotLines;
    for (const SqlStatement &s : *result) {
        gotTexts.append(s.text);
        gotLines.append(s.line);
    }
    QCOMPARE(gotTexts, texts);
    QCOMPARE(gotLines, lines);
}

void TestSqlSplitter::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    const auto row = [](const char *name, const QString &sql, const QString &message, int line,
                        int firstLine = 1) {
        QTest::newRow(name) << sql << firstLine << message << line;
    };
    row("string", u"SELECT 1;\nSELECT 'abc;\nSELECT 3;\n"_s,
        u"unterminated quoted string starting at line 2"_s, 2);
    row("E string ended by an escaped quote", u"SELECT E'abc\\';"_s,
        u"unterminated quoted string starting at line 1"_s, 1);
    row("E string continuation", u"SELECT E'a'\n  'b\\'"_s,
        u"unterminated quoted string starting at line 2"_s, 2);
    row("U& string", u"SELECT U&'abc"_s, u"unterminated quoted string starting at line 1"_s, 1);
    row("bit string", u"SELECT 1;\n\nSELECT B'0101"_s,
        u"unterminated bit string literal starting at line 3"_s, 3);
    row("hexadecimal string", u"SELECT X'1F"_s,
        u"unterminated hexadecimal string literal starting at line 1"_s, 1);
    row("quoted identifier", u"SELECT \"a;\nb"_s,
        u"unterminated quoted identifier starting at line 1"_s, 1);
    row("U& quoted identifier", u"SELECT 1;\nSELECT U&\"a\"\"b"_s,
        u"unterminated quoted identifier starting at line 2"_s, 2);
    row("dollar quote",
        u"SELECT 1;\n\nCREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND\n$bod$ "
        "LANGUAGE plpgsql;\n"_s,
        u"unterminated dollar-quoted string $body$ starting at line 12"_s, 12, 10);
    row("empty-tag dollar quote after CRLF", u"SELECT 1;\r\n\r\nSELECT $$x;\r\n"_s,
        u"unterminated dollar-quoted string $$ starting at line 3"_s, 3);
    row("block comment", u"SELECT 1; /* a; */ SELECT 2 /* b\n;"_s,
        u"unterminated /* comment starting at line 1"_s, 1);
    row("nested block comment", u"SELECT 1;\n/* a /* b */ c;\nSELECT 2;"_s,
        u"unterminated /* comment starting at line 2"_s, 2);
    row("the first error wins", u"SELECT 'a;\n$$"_s,
        u"unterminated quoted string starting at line 1"_s, 1);
}

void TestSqlSplitter::errors()
{
    QFETCH(QString, sql);
    QFETCH(int, firstLine);
    QFETCH(QString, message);
    QFETCH(int, line);

    const Result<QList<SqlStatement>> result = splitSqlStatements(sql, File, firstLine);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Parse);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().file, File);
}

void TestSqlSplitter::numbersAndFile()
{
    const Result<QList<SqlStatement>> result =
        splitSqlStatements(u"-- x\n;SELECT 1;\n;\nSELECT 2; SELECT 3"_s, File, 7);
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 3);
    for (int k = 0; k < 3; ++k)
        QCOMPARE(result->at(k).number, k + 1);
    QCOMPARE(result->at(0), (SqlStatement{u"SELECT 1"_s, 8, 1}));
    QCOMPARE(result->at(2), (SqlStatement{u"SELECT 3"_s, 10, 3}));

    const Result<QList<SqlStatement>> failed = splitSqlStatements(u"\n'"_s, File);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().toString(),
             File + u":2: unterminated quoted string starting at line 2"_s);
}

// A script the size of a big project's revisions: every construct, many times. Not timed
// (timings belong to tests/bench); a quadratic pass would make it crawl.
void TestSqlSplitter::largeScript()
{
    const QString unit =
        u"-- step\nCREATE TABLE \"t;\" (a text DEFAULT 'x;''y', b text DEFAULT E'\\';');\n"
        "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE "
        "plpgsql;\n/* a /* b; */ c */ SELECT $$;$$;\n"_s;
    constexpr int units = 20000;
    QString script;
    script.reserve(unit.size() * units);
    for (int k = 0; k < units; ++k)
        script += unit;
    const Result<QList<SqlStatement>> result = splitSqlStatements(script, File);
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 3 * units);
    QCOMPARE(result->last().line, 4 * units);
    QCOMPARE(result->last().text, u"SELECT $$;$$"_s);
}

// Random scripts made of the characters that matter: no crash, and the results are
// consistent (non-empty trimmed texts, increasing lines, numbers in order).
void TestSqlSplitter::fuzz()
{
    static const QString pieces[] = {
        u";"_s,    u"'"_s,  u"\""_s, u"$"_s,      u"$a$"_s,  u"$$"_s,
        u"--"_s,   u"/*"_s, u"*/"_s, u"\n"_s,     u"\r\n"_s, u"\r"_s,
        u"E'"_s,   u"\\"_s, u"U&"_s, u"("_s,      u")"_s,    u" "_s,
        u"x"_s,    u"1"_s,  u"é"_s,  u"begin "_s, u"end "_s, u"create function "_s,
        u"case "_s};
    QRandomGenerator random(20260127);
    for (int round = 0; round < 3000; ++round) {
        QString sql;
        const int length = static_cast<int>(random.bounded(40));
        for (int k = 0; k < length; ++k)
            sql += pieces[random.bounded(static_cast<int>(std::size(pieces)))];
        const Result<QList<SqlStatement>> result = splitSqlStatements(sql, File, 1);
        if (!result.ok()) {
            QCOMPARE(result.error().kind, ErrorKind::Parse);
            QVERIFY(result.error().line >= 1);
            continue;
        }
        int previousLine = 1;
        for (qsizetype k = 0; k < result->size(); ++k) {
            const SqlStatement &s = result->at(k);
            QVERIFY2(!s.text.isEmpty(), qPrintable(sql));
            QVERIFY2(!s.text.front().isSpace() && !s.text.back().isSpace(), qPrintable(sql));
            QVERIFY2(s.line >= previousLine, qPrintable(sql));
            QCOMPARE(s.number, static_cast<int>(k) + 1);
            QVERIFY(sql.contains(s.text));
            previousLine = s.line;
        }
    }
}

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
