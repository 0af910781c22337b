#include "sqlsplitter.h"

#include <algorithm>
#include <iterator>
#include <optional>

// The rules are those of psql 15's lexer (src/fe_utils/psqlscan.l), which borrows the
// server's, so that a script splits here exactly as `psql -f` splits it:
//
// - Blanks are space, tab, CR, LF and form feed. `--` starts a comment that runs to the end of
//   the line; `/*` starts a block comment that ends at its matching `*/` (they nest). Both
//   are recognised anywhere outside quotes, also right after an operator (`+--x`).
// - '...' is a string with '' for a quote; a backslash is an ordinary character
//   (standard_conforming_strings on, the default since PostgreSQL 9.1). E'...' also takes a
//   backslash escape of any character, so E'\'' holds one quote. U&'...', B'...', X'...' and
//   N'...' are quoted like '...'. A string continues over blanks and comments that hold a
//   line break into a following '...', keeping its kind (SQL's string continuation:
//   E'a' <newline> '\'' is one E string).
// - "..." is a quoted identifier with "" for a quote; U&"..." too.
// - $tag$...$tag$ is a dollar-quoted string: the tag is empty or letters, digits and '_' not
//   starting with a digit (every non-ASCII character counts as a letter); it ends at the
//   first identical $tag$, so $a$ inside $b$...$b$ is text. `$1` is a parameter; a `$` inside
//   an identifier (foo$bar) or not followed by a delimiter is text.
// - An identifier is a letter, '_' or non-ASCII character followed by those, digits and '$'.
//   A number takes one identifier character right after it (PostgreSQL 15's "trailing junk"
//   rule: 1e'x' is 1e and a plain string, not an E string).
// - A `;` ends the statement unless it is inside parentheses (psql sends `(a; b)` as one
//   statement) or inside a BEGIN ... END block of CREATE [OR REPLACE] FUNCTION/PROCEDURE.
//   The latter is psql's heuristic: when the statement's first identifiers are those words
//   (any case), outside parentheses each BEGIN opens a block, CASE opens one inside a block,
//   END closes one.
// - A statement's text runs from its first character that is neither blank nor in a comment
//   to its last non-blank character before the `;`; leading comments are left out (psql drops
//   them too), comments inside and at the end are kept.
// - Not interpreted: psql meta-commands (`\...`, `\;`) and variables (`:name`).
// - An unterminated string, quoted identifier, dollar quote or block comment is an error
//   that names the line where it starts. Unclosed parentheses or BEGIN blocks are not: the
//   rest of the script is then one statement, as psql sends it, and the server reports it.
//
// One pass over the text; a dollar-quoted body is found with one substring search and a
// string continuation with one look-ahead over blanks, so time is linear.

namespace retort {

namespace {

constexpr bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// PostgreSQL's ident_start and dolq_start: bytes >= 0x80 are letters, so every non-ASCII
// character (surrogates included) is one.
constexpr bool isIdentStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c >= 0x80;
}

constexpr bool isTagChar(char16_t c)
{
    return isIdentStart(c) || isDigit(c);
}

constexpr bool isIdentChar(char16_t c)
{
    return isTagChar(c) || c == u'$';
}

constexpr char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c;
}

// pg_strcasecmp() against a lowercase ASCII keyword.
bool isKeyword(QStringView word, QLatin1StringView keyword)
{
    if (word.size() != keyword.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (asciiLower(word[k].unicode()) != static_cast<char16_t>(keyword[k].unicode()))
            return false;
    }
    return true;
}

enum class QuoteKind { Plain, Escape, Bit, Hex };

class Splitter
{
public:
    Splitter(QStringView sql, const QString &file, int firstLine)
        : m_sql(sql)
        , m_n(sql.size())
        , m_file(file)
        , m_line(firstLine)
    {}

    Result<QList<SqlStatement>> run();

private:
    char16_t at(qsizetype k) const { return k < m_n ? m_sql[k].unicode() : u'\0'; }
    // Moves past one character, counting "\n", "\r\n" and "\r" as one line break each.
    void step()
    {
        const char16_t c = m_sql[m_i++].unicode();
        if (c == u'\n' || (c == u'\r' && at(m_i) != u'\n'))
            ++m_line;
    }
    void stepTo(qsizetype end)
    {
        while (m_i < end)
            step();
    }
    void fail(const QString &message, int line)
    {
        if (!m_error)
            m_error = makeError(ErrorKind::Parse, message, m_file, line);
    }

    void blockComment();
    void quoted(QuoteKind kind);
    qsizetype continuation(qsizetype j) const;
    void quotedIdentifier();
    void dollar();
    void word();
    void number();
    void identifier(QStringView word);
    void finishStatement(qsizetype end);

    QStringView m_sql;
    qsizetype m_n = 0;
    qsizetype m_i = 0;
    QString m_file;
    int m_line = 1;
    std::optional<Error> m_error;

    QList<SqlStatement> m_statements;
    qsizetype m_start = -1; // first character of the current statement, -1 before it
    int m_startLine = 0;

    // psql's state for the end of a statement.
    int m_parenDepth = 0;
    int m_beginDepth = 0;
    int m_identifierCount = 0;  // identifiers seen in this statement
    char m_identifiers[4] = {}; // first letter of CREATE/OR/REPLACE/FUNCTION/PROCEDURE in place
};

Result<QList<SqlStatement>> Splitter::run()
{
    while (m_i < m_n && !m_error) {
        const char16_t c = m_sql[m_i].unicode();
        if (isBlank(c)) {
            step();
            continue;
        }
        if (c == u'-' && at(m_i + 1) == u'-') {
            while (m_i < m_n && m_sql[m_i] != u'\n' && m_sql[m_i] != u'\r')
                ++m_i;
            continue;
        }
        if (c == u'/' && at(m_i + 1) == u'*') {
            blockComment();
            continue;
        }
        if (c == u';' && m_parenDepth == 0 && m_beginDepth == 0) {
            finishStatement(m_i);
            ++m_i;
            m_identifierCount = 0;
            continue;
        }
        if (m_start < 0) {
            m_start = m_i;
            m_startLine = m_line;
        }
        if (c == u'\'') {
            quoted(QuoteKind::Plain);
        } else if (c == u'"') {
            quotedIdentifier();
        } else if (c == u'$') {
            dollar();
        } else if (isIdentStart(c)) {
            word();
        } else if (isDigit(c) || (c == u'.' && isDigit(at(m_i + 1)))) {
            number();
        } else {
            if (c == u'(')
                ++m_parenDepth;
            else if (c == u')' && m_parenDepth > 0)
                --m_parenDepth;
            ++m_i; // a line break is blank, so no line is counted here
        }
    }
    if (m_error)
        return *m_error;
    finishStatement(m_n);
    return std::move(m_statements);
}

void Splitter::blockComment()
{
    const int startLine = m_line;
    int depth = 0;
    m_i += 2;
    while (m_i < m_n) {
        const char16_t c = m_sql[m_i].unicode();
        if (c == u'/' && at(m_i + 1) == u'*') {
            ++depth;
            m_i += 2;
        } else if (c == u'*' && at(m_i + 1) == u'/') {
            m_i += 2;
            if (depth-- == 0)
                return;
        } else {
            step();
        }
    }
    fail(Tr::tr("unterminated /* comment starting at line %1").arg(startLine), startLine);
}

void Splitter::quoted(QuoteKind kind)
{
    int startLine = m_line;
    ++m_i; // the opening quote
    while (m_i < m_n) {
        const char16_t c = m_sql[m_i].unicode();
        if (c == u'\'') {
            if (at(m_i + 1) == u'\'') {
                m_i += 2;
                continue;
            }
            ++m_i;
            const qsizetype next = continuation(m_i);
            if (next < 0)
                return;
            stepTo(next);
            startLine = m_line;
            ++m_i;
        } else if (c == u'\\' && kind == QuoteKind::Escape) {
            step();
            if (m_i < m_n)
                step();
        } else {
            step();
        }
    }
    const QString message = kind == QuoteKind::Bit ? Tr::tr("unterminated bit string literal "
                                                            "starting at line %1")
                            : kind == QuoteKind::Hex
                                ? Tr::tr("unterminated hexadecimal string literal starting at "
                                         "line %1")
                                : Tr::tr("unterminated quoted string starting at line %1");
    fail(message.arg(startLine), startLine);
}

// psql's {quotecontinue}: blanks and `--` comments on the rest of the line, a line break,
// blanks and whole comment lines, then a quote. Its position, or -1.
qsizetype Splitter::continuation(qsizetype j) const
{
    const auto skipComment = [this](qsizetype k) {
        while (k < m_n && m_sql[k] != u'\n' && m_sql[k] != u'\r')
            ++k;
        return k;
    };
    for (;;) {
        const char16_t c = at(j);
        if (c == u' ' || c == u'\t' || c == u'\f')
            ++j;
        else if (c == u'-' && at(j + 1) == u'-')
            j = skipComment(j + 2);
        else
            break;
    }
    if (j >= m_n || (m_sql[j] != u'\n' && m_sql[j] != u'\r'))
        return -1;
    ++j;
    for (;;) {
        if (j < m_n && isBlank(m_sql[j].unicode())) {
            ++j;
        } else if (at(j) == u'-' && at(j + 1) == u'-') {
            j = skipComment(j + 2);
            if (j >= m_n)
                return -1;
            ++j;
        } else {
            break;
        }
    }
    return at(j) == u'\'' && j < m_n ? j : -1;
}

void Splitter::quotedIdentifier()
{
    const int startLine = m_line;
    ++m_i;
    while (m_i < m_n) {
        if (m_sql[m_i] == u'"') {
            if (at(m_i + 1) != u'"') {
                ++m_i;
                return;
            }
            m_i += 2;
        } else {
            step();
        }
    }
    fail(Tr::tr("unterminated quoted identifier starting at line %1").arg(startLine), startLine);
}

void Splitter::dollar()
{
    qsizetype j = m_i + 1;
    if (isDigit(at(j))) { // a parameter, $1
        m_i = j;
        while (isDigit(at(m_i)))
            ++m_i;
        return;
    }
    if (isIdentStart(at(j))) {
        ++j;
        while (j < m_n && isTagChar(m_sql[j].unicode()))
            ++j;
    }
    if (at(j) != u'$' || j >= m_n) {
        ++m_i; // no delimiter: the `$` alone is text, what follows is lexed again
        return;
    }
    const QStringView delimiter = m_sql.sliced(m_i, j + 1 - m_i);
    const int startLine = m_line;
    m_i = j + 1;
    const qsizetype close = m_sql.indexOf(delimiter, m_i);
    if (close < 0) {
        fail(Tr::tr("unterminated dollar-quoted string %1 starting at line %2")
                 .arg(delimiter.toString())
                 .arg(startLine),
             startLine);
        return;
    }
    stepTo(close + delimiter.size());
}

void Splitter::word()
{
    const qsizetype start = m_i;
    const char16_t first = asciiLower(m_sql[m_i].unicode());
    const char16_t next = at(m_i + 1);
    if (next == u'\'' && (first == u'e' || first == u'b' || first == u'x' || first == u'n')) {
        ++m_i;
        quoted(first == u'e'   ? QuoteKind::Escape
               : first == u'b' ? QuoteKind::Bit
               : first == u'x' ? QuoteKind::Hex
                               : QuoteKind::Plain);
        return;
    }
    if (first == u'u' && next == u'&') {
        const char16_t quote = at(m_i + 2);
        if (quote == u'\'') {
            m_i += 2;
            quoted(QuoteKind::Plain);
        } else if (quote == u'"') {
            m_i += 2;
            quotedIdentifier();
        } else {
            ++m_i; // psql's {xufailed}: the `u` alone, not an identifier
        }
        return;
    }
    ++m_i;
    while (m_i < m_n && isIdentChar(m_sql[m_i].unicode()))
        ++m_i;
    identifier(m_sql.sliced(start, m_i - start));
}

void Splitter::number()
{
    while (isDigit(at(m_i)))
        ++m_i;
    if (at(m_i) == u'.' && at(m_i + 1) != u'.') { // `1..2` is 1, `..`, 2
        ++m_i;
        while (isDigit(at(m_i)))
            ++m_i;
    }
    if (asciiLower(at(m_i)) == u'e') {
        qsizetype j = m_i + 1;
        const bool sign = at(j) == u'+' || at(j) == u'-';
        j += sign ? 1 : 0;
        if (isDigit(at(j))) { // {real}
            m_i = j;
            while (isDigit(at(m_i)))
                ++m_i;
        } else if (sign) { // {realfail}: 1e+ and no digits
            m_i = j;
            return;
        }
    }
    if (m_i < m_n && isIdentStart(m_sql[m_i].unicode()))
        ++m_i; // {integer_junk}, {decimal_junk}, {real_junk}
}

// psql's BEGIN ... END tracking in CREATE [OR REPLACE] FUNCTION/PROCEDURE.
void Splitter::identifier(QStringView word)
{
    if (m_identifierCount == 0)
        std::fill(std::begin(m_identifiers), std::end(m_identifiers), '\0');
    if (m_identifierCount < 4) {
        for (const char *keyword : {"create", "function", "procedure", "or", "replace"}) {
            if (isKeyword(word, QLatin1StringView(keyword))) {
                m_identifiers[m_identifierCount] = keyword[0];
                break;
            }
        }
    }
    ++m_identifierCount;
    const char *const k = m_identifiers;
    const bool routine =
        k[0] == 'c' && (k[1] == 'f' || k[1] == 'p' ||
                        (k[1] == 'o' && k[2] == 'r' && (k[3] == 'f' || k[3] == 'p')));
    if (!routine || m_parenDepth != 0)
        return;
    if (isKeyword(word, QLatin1StringView("begin")))
        ++m_beginDepth;
    else if (isKeyword(word, QLatin1StringView("case")) && m_beginDepth >= 1)
        ++m_beginDepth;
    else if (isKeyword(word, QLatin1StringView("end")) && m_beginDepth > 0)
        --m_beginDepth;
}

void Splitter::finishStatement(qsizetype end)
{
    if (m_start < 0)
        return;
    qsizetype last = end;
    while (last > m_start && isBlank(m_sql[last - 1].unicode()))
        --last;
    SqlStatement statement;
    statement.text = m_sql.sliced(m_start, last - m_start).toString();
    statement.line = m_startLine;
    statement.number = static_cast<int>(m_statements.size()) + 1;
    m_statements.append(std::move(statement));
    m_start = -1;
}

} // namespace

Result<QList<SqlStatement>>
splitSqlStatements(const QString &sql, const QString &file, int firstLine)
{
    return Splitter(sql, file, firstLine).run();
}

} // namespace retort
