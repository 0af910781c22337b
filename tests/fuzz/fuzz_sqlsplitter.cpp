// Fuzz target for retort::splitSqlStatements (engine/script/sqlsplitter.h): the input, as
// UTF-8 (invalid bytes become U+FFFD), is split and the result checked against what the
// header guarantees and what follows from the splitter's rules:
//
// - an error is a Parse error naming the file, on a line of the input;
// - statements are numbered 1..n; their lines are within the input and ascending (several
//   statements can start on one line); each text is non-empty, starts with a character that
//   is neither blank nor a comment's and ends with a non-blank one; the texts occur in the
//   input in order;
// - the line numbers follow `firstLine`: splitting again from line 1000 shifts every line
//   (and an error's) by 999 and changes nothing else;
// - each statement's text split alone is that one statement (a statement starts in the
//   splitter's initial state: no open parenthesis or BEGIN block);
// - the texts joined with "\n;\n" split into the same texts, with the lines the separators
//   give (the "\n" ends a trailing `--` comment; only the last statement can hold an
//   unclosed parenthesis or BEGIN block, which would swallow a following `;`).

#include "fuzzcheck.h"

#include "script/sqlsplitter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using retort::SqlStatement;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Line breaks as the splitter counts them: "\n", "\r\n" and "\r" are one each.
int lineBreaks(const QString &s)
{
    int breaks = 0;
    for (qsizetype k = 0; k < s.size(); ++k) {
        if (s[k] == u'\n' || (s[k] == u'\r' && (k + 1 == s.size() || s[k + 1] != u'\n')))
            ++breaks;
    }
    return breaks;
}

const QString kFile = QStringLiteral("fuzz.sql");

void checkStatements(const QString &sql, const QList<SqlStatement> &statements, int firstLine)
{
    const int lastLine = firstLine + lineBreaks(sql);
    int previousLine = firstLine;
    qsizetype from = 0;
    for (qsizetype k = 0; k < statements.size(); ++k) {
        const SqlStatement &s = statements[k];
        FUZZ_CHECK(s.number == k + 1, "statements are numbered 1..n");
        FUZZ_CHECK(s.line >= previousLine && s.line <= lastLine, "lines ascend within the input");
        previousLine = s.line;
        FUZZ_CHECK(!s.text.isEmpty(), "a statement is not empty");
        FUZZ_CHECK(!isBlank(s.text.front()) && !isBlank(s.text.back()), "text is trimmed");
        FUZZ_CHECK(!s.text.startsWith(QLatin1StringView("--")) &&
                       !s.text.startsWith(QLatin1StringView("/*")),
                   "leading comments are left out");
        const qsizetype at = sql.indexOf(s.text, from);
        FUZZ_CHECK(at >= 0, "the texts occur in the input in order");
        from = at + s.text.size();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = retort::splitSqlStatements(sql, kFile);
    const auto shifted = retort::splitSqlStatements(sql, kFile, 1000);
    FUZZ_CHECK(result.ok() == shifted.ok(), "firstLine does not change the outcome");
    if (!result.ok()) {
        const retort::Error &e = result.error();
        FUZZ_CHECK(e.kind == retort::ErrorKind::Parse, "errors are Parse errors");
        FUZZ_CHECK(e.file == kFile, "errors name the file");
        FUZZ_CHECK(e.line >= 1 && e.line <= 1 + lineBreaks(sql), "error line within the input");
        FUZZ_CHECK(shifted.error().line == e.line + 999, "error line follows firstLine");
        FUZZ_CHECK(!e.message.isEmpty(), "errors have a message");
        return 0;
    }
    const QList<SqlStatement> &statements = result.value();
    checkStatements(sql, statements, 1);
    FUZZ_CHECK(shifted->size() == statements.size(), "firstLine does not change statements");
    for (qsizetype k = 0; k < statements.size(); ++k) {
        FUZZ_CHECK(shifted->at(k).text == statements[k].text, "firstLine does not change texts");
        FUZZ_CHECK(shifted->at(k).line == statements[k].line + 999, "lines follow firstLine");
    }

    QString joined;
    QList<int> joinedLines;
    int line = 1;
    for (const SqlStatement &s : statements) {
        const auto alone = retort::splitSqlStatements(s.text, kFile, 7);
        FUZZ_CHECK(alone.ok(), "a statement alone splits");
        FUZZ_CHECK(alone->size() == 1, "a statement alone is one statement");
        FUZZ_CHECK(alone->front().text == s.text && alone->front().line == 7 &&
                       alone->front().number == 1,
                   "a statement alone is itself");
        if (!joined.isEmpty())
            joined += QLatin1StringView("\n;\n");
        joinedLines.append(line);
        joined += s.text;
        line += lineBreaks(s.text) + 2;
    }
    const auto again = retort::splitSqlStatements(joined, kFile);
    FUZZ_CHECK(again.ok(), "the joined statements split");
    FUZZ_CHECK(again->size() == statements.size(), "the joined statements split the same");
    for (qsizetype k = 0; k < statements.size(); ++k) {
        FUZZ_CHECK(again->at(k).text == statements[k].text, "the joined texts are the same");
        FUZZ_CHECK(again->at(k).line == joinedLines[k], "the joined lines are as joined");
    }
    return 0;
}
