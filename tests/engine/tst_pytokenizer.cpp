// Tests of the Python tokenizer: token streams, and errors with CPython 3.11's messages (the
// header parser's tests: tst_pyheader.cpp).
#include "script/pytokenizer.h"

#include <QTest>

using namespace retort;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// "KIND text line:column" per token; text with newlines shown as \n and \r.
QStringList dump(const std::vector<PyToken> &tokens)
{
    static const char *const kinds[] = {"ENDMARKER", "NAME", "NUMBER", "STRING", "OP",   "COMMENT",
                                        "NEWLINE",   "NL",   "INDENT", "DEDENT", "ERROR"};
    QStringList out;
    for (const PyToken &t : tokens) {
        QString text = t.toString();
        text.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n"));
        QString line = QString::fromLatin1(kinds[static_cast<int>(t.kind)]);
        if (!text.isEmpty())
            line += u' ' + text;
        line += QStringLiteral(" %1:%2").arg(t.line).arg(t.column);
        if (t.endLine != t.line)
            line += QStringLiteral("-%1").arg(t.endLine);
        out.append(line);
    }
    return out;
}

} // namespace

class TestPyTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokenizer_data();
    void tokenizer();
    void tokenizerErrors_data();
    void tokenizerErrors();
};

void TestPyTokenizer::tokenizer_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("statement") << QByteArray("x = 1\n")
                               << strings({"NAME x 1:1", "OP = 1:3", "NUMBER 1 1:5",
                                           "NEWLINE \\n 1:6", "ENDMARKER 2:1"});
    QTest::newRow("no final newline")
        << QByteArray("x") << strings({"NAME x 1:1", "NEWLINE 1:2", "ENDMARKER 1:2"});
    QTest::newRow("brackets give NL")
        << QByteArray("f(a,\n  b)  # c\n")
        << strings({"NAME f 1:1", "OP ( 1:2", "NAME a 1:3", "OP , 1:4", "NL \\n 1:5", "NAME b 2:3",
                    "OP ) 2:4", "COMMENT # c 2:7", "NEWLINE \\n 2:10", "ENDMARKER 3:1"});
    QTest::newRow("backslash continuation")
        << QByteArray("x = \\\n  2\n")
        << strings({"NAME x 1:1", "OP = 1:3", "NUMBER 2 2:3", "NEWLINE \\n 2:4", "ENDMARKER 3:1"});
    QTest::newRow("indent, dedent, blank and comment lines")
        << QByteArray("if a:\n\n    # c\n    b\nc\n")
        << strings({"NAME if 1:1", "NAME a 1:4", "OP : 1:5", "NEWLINE \\n 1:6", "NL \\n 2:1",
                    "COMMENT # c 3:5", "NL \\n 3:8", "INDENT 4:5", "NAME b 4:5", "NEWLINE \\n 4:6",
                    "DEDENT 5:1", "NAME c 5:1", "NEWLINE \\n 5:2", "ENDMARKER 6:1"});
    QTest::newRow("dedents at the end")
        << QByteArray("if a:\n  if b:\n    c")
        << strings({"NAME if 1:1", "NAME a 1:4", "OP : 1:5", "NEWLINE \\n 1:6", "INDENT 2:3",
                    "NAME if 2:3", "NAME b 2:6", "OP : 2:7", "NEWLINE \\n 2:8", "INDENT 3:5",
                    "NAME c 3:5", "NEWLINE 3:6", "DEDENT 3:6", "DEDENT 3:6", "ENDMARKER 3:6"});
    QTest::newRow("string prefixes")
        << QByteArray("rb'x' Rb\"y\" f'{z}' u\"w\" BR'''v''' rx'a'")
        << strings({"STRING rb'x' 1:1", "STRING Rb\"y\" 1:7", "STRING f'{z}' 1:13",
                    "STRING u\"w\" 1:20", "STRING BR'''v''' 1:25", "NAME rx 1:35",
                    "STRING 'a' 1:37", "NEWLINE 1:40", "ENDMARKER 1:40"});
    QTest::newRow("raw string with escaped quote")
        << QByteArray("r\"\\\"\" + 'it\\'s'\n")
        << strings({"STRING r\"\\\"\" 1:1", "OP + 1:7", "STRING 'it\\'s' 1:9", "NEWLINE \\n 1:16",
                    "ENDMARKER 2:1"});
    QTest::newRow("triple-quoted string over lines")
        << QByteArray("s = \"\"\"a\nb\"\"\"\n")
        << strings({"NAME s 1:1", "OP = 1:3", "STRING \"\"\"a\\nb\"\"\" 1:5-2", "NEWLINE \\n 2:5",
                    "ENDMARKER 3:1"});
    QTest::newRow("unicode names, columns in code points")
        << QByteArray("\xC3\xA9t\xC3\xA9 = '\xC3\xBC'; x = 1\n")
        << strings({"NAME \u00E9t\u00E9 1:1", "OP = 1:5", "STRING '\u00FC' 1:7", "OP ; 1:10",
                    "NAME x 1:12", "OP = 1:14", "NUMBER 1 1:16", "NEWLINE \\n 1:17",
                    "ENDMARKER 2:1"});
    QTest::newRow("numbers") << QByteArray("0x_1f 1_000.5e-3j .5 0o17 0b1 1if x else 2\n")
                             << strings({"NUMBER 0x_1f 1:1", "NUMBER 1_000.5e-3j 1:7",
                                         "NUMBER .5 1:19", "NUMBER 0o17 1:22", "NUMBER 0b1 1:27",
                                         "NUMBER 1 1:31", "NAME if 1:32", "NAME x 1:35",
                                         "NAME else 1:37", "NUMBER 2 1:42", "NEWLINE \\n 1:43",
                                         "ENDMARKER 2:1"});
    QTest::newRow("operators, longest match")
        << QByteArray("a**=b//c->d:=e...f@=g!=h<<=i>>=j")
        << strings({"NAME a 1:1",    "OP **= 1:2",  "NAME b 1:5",  "OP // 1:6",   "NAME c 1:8",
                    "OP -> 1:9",     "NAME d 1:11", "OP := 1:12",  "NAME e 1:14", "OP ... 1:15",
                    "NAME f 1:18",   "OP @= 1:19",  "NAME g 1:21", "OP != 1:22",  "NAME h 1:24",
                    "OP <<= 1:25",   "NAME i 1:28", "OP >>= 1:29", "NAME j 1:32", "NEWLINE 1:33",
                    "ENDMARKER 1:33"});
    QTest::newRow("crlf and cr") << QByteArray("a\r\nb\rc\r\n")
                                 << strings({"NAME a 1:1", "NEWLINE \\r\\n 1:2", "NAME b 2:1",
                                             "NEWLINE \\r 2:2", "NAME c 3:1", "NEWLINE \\r\\n 3:2",
                                             "ENDMARKER 4:1"});
    QTest::newRow("bom and form feed")
        << QByteArray("\xEF\xBB\xBFif a:\n\f  b\n")
        << strings({"NAME if 1:1", "NAME a 1:4", "OP : 1:5", "NEWLINE \\n 1:6", "INDENT 2:4",
                    "NAME b 2:4", "NEWLINE \\n 2:5", "DEDENT 3:1", "ENDMARKER 3:1"});
    QTest::newRow("empty") << QByteArray() << strings({"ENDMARKER 1:1"});
}

void TestPyTokenizer::tokenizer()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, tokens);
    const Result<std::vector<PyToken>> result = tokenizePython(source);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(dump(*result), tokens);
}

void TestPyTokenizer::tokenizerErrors_data()
{
    // Messages and lines as CPython 3.11 reports them (columns are the tokenizer's).
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("unterminated") << QByteArray("x = 'abc\n")
                                  << u"unterminated string literal (detected at line 1)"_s << 1
                                  << 5;
    QTest::newRow("unterminated triple")
        << QByteArray("x = 1\ny = \"\"\"abc\n\n")
        << u"unterminated triple-quoted string literal (detected at line 3)"_s << 2 << 5;
    QTest::newRow("never closed") << QByteArray("x = (1,\n[2,\n") << u"'[' was never closed"_s << 2
                                  << 1;
    QTest::newRow("unmatched") << QByteArray("x = 1)\n") << u"unmatched ')'"_s << 1 << 6;
    QTest::newRow("mismatch")
        << QByteArray("x = (1,\n2]\n")
        << u"closing parenthesis ']' does not match opening parenthesis '(' on line 1"_s << 2 << 2;
    QTest::newRow("unindent") << QByteArray("if x:\n    a\n  b\n")
                              << u"unindent does not match any outer indentation level"_s << 3 << 3;
    QTest::newRow("tab error") << QByteArray("if x:\n\tif y:\n        a\n")
                               << u"inconsistent use of tabs and spaces in indentation"_s << 3 << 9;
    QTest::newRow("continuation") << QByteArray("x = 1 \\ y\n")
                                  << u"unexpected character after line continuation character"_s
                                  << 1 << 7;
    QTest::newRow("continuation at eof")
        << QByteArray("x = 1 \\\n") << u"unexpected EOF while parsing"_s << 1 << 7;
    QTest::newRow("invalid character")
        << QByteArray("x = 1 $ 2\n") << u"invalid character '$' (U+0024)"_s << 1 << 7;
    QTest::newRow("non-printable")
        << QByteArray("x = \xC2\xA0 1\n") << u"invalid non-printable character U+00A0"_s << 1 << 5;
    QTest::newRow("nul") << QByteArray("x = 1\ny = 2\0\n", 13)
                         << u"source code string cannot contain null bytes"_s << 2 << 6;
    QTest::newRow("utf-8") << QByteArray("# ok\nx = '\xE9'\n") << u"invalid UTF-8 byte 0xe9"_s << 2
                           << 6;
    QTest::newRow("surrogate") << QByteArray("x = '\xED\xA0\x80'\n") << u"invalid UTF-8 byte 0xed"_s
                               << 1 << 6;
    QTest::newRow("leading zero") << QByteArray("x = 0123\n")
                                  << u"leading zeros in decimal integer literals are not "
                                     "permitted; use an 0o prefix for octal integers"_s
                                  << 1 << 5;
    QTest::newRow("octal digit") << QByteArray("x = 0o8\n")
                                 << u"invalid digit '8' in octal literal"_s << 1 << 7;
    QTest::newRow("decimal") << QByteArray("x = 1_\n") << u"invalid decimal literal"_s << 1 << 6;
    QTest::newRow("nesting") << QByteArray(201, '(') << u"too many nested parentheses"_s << 1
                             << 201;
}

void TestPyTokenizer::tokenizerErrors()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    PyTokenizer tokenizer(source);
    PyToken t;
    for (int i = 0; i < 10000; ++i) {
        t = tokenizer.next();
        if (t.kind == PyTokenKind::Error || t.kind == PyTokenKind::EndMarker)
            break;
    }
    QCOMPARE(t.kind, PyTokenKind::Error);
    QCOMPARE(tokenizer.errorMessage(), message);
    QCOMPARE(tokenizer.errorLine(), line);
    QCOMPARE(tokenizer.errorColumn(), column);
    QCOMPARE(t.line, line);
    QCOMPARE(tokenizer.next().kind, PyTokenKind::Error); // stays failed
}
QTEST_GUILESS_MAIN(TestPyTokenizer)
#include "tst_pytokenizer.moc"
