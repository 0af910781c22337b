#include "pytokenizer.h"

#include "pychars_p.h"

#include <QChar>

#include <cstring>

namespace retort {

using namespace detail;

namespace {

constexpr int MaxIndents = 100; // CPython's MAXINDENT; MAXLEVEL (200 brackets): m_brackets

uchar byteAt(const char *p)
{
    return static_cast<uchar>(*p);
}

struct ByteTable
{
    quint8 value[256] = {};
    constexpr quint8 operator[](uchar i) const { return value[i]; }
};

// ASCII identifier characters: letters, digits, '_'.
constexpr ByteTable identTable = [] {
    ByteTable t;
    for (int i = 0; i < 256; ++i)
        t.value[i] = isAsciiIdentStart(static_cast<char>(i)) || isDigit(static_cast<char>(i));
    return t;
}();

// For skipBlock(): 0 for bytes that shape the structure, 1 for blanks, 2 for the rest.
constexpr ByteTable skipTable = [] {
    ByteTable t;
    for (int i = 0; i < 256; ++i)
        t.value[i] = std::string_view("\n\r#\\'\"()[]{}").find(static_cast<char>(i)) !=
                             std::string_view::npos
                         ? 0
                     : (i == ' ' || i == '\t' || i == '\f') ? 1
                                                            : 2;
    return t;
}();

// One code point of valid UTF-8 (the input is validated up front); advances `p`.
char32_t decodeUtf8(const char *&p, const char *end)
{
    const uchar b0 = byteAt(p++);
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    char32_t cp = b0 & (0x7Fu >> extra);
    for (; extra > 0 && p < end; --extra)
        cp = (cp << 6) | (byteAt(p++) & 0x3Fu);
    return cp;
}

bool isXidStart(char32_t cp)
{
    const auto cat = QChar::category(cp);
    return (cat >= QChar::Letter_Uppercase && cat <= QChar::Letter_Other) ||
           cat == QChar::Number_Letter || cp == 0x1885 || cp == 0x1886 || cp == 0x2118 ||
           cp == 0x212E || cp == 0x309B || cp == 0x309C; // Other_ID_Start
}

bool isXidContinue(char32_t cp)
{
    const auto cat = QChar::category(cp);
    return isXidStart(cp) || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Number_DecimalDigit || cat == QChar::Punctuation_Connector || cp == 0xB7 ||
           cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA; // Other_ID_Continue
}

// Flags of a string prefix ("rb", "F", ...), or 0xFF when it is none.
quint8 prefixFlags(const char *b, const char *e)
{
    quint8 flags = 0;
    for (; b < e; ++b) {
        const char c = static_cast<char>(*b | 0x20);
        const quint8 bit = c == 'r'   ? PyStringRaw
                           : c == 'b' ? PyStringBytes
                           : c == 'f' ? PyStringFormat
                           : c == 'u' ? PyStringUnicode
                                      : 0;
        if (!bit || (flags & bit))
            return 0xFF;
        flags |= bit;
    }
    const bool valid = flags == (PyStringRaw | PyStringBytes) ||
                       flags == (PyStringRaw | PyStringFormat) || (flags & (flags - 1)) == 0;
    return valid ? flags : 0xFF;
}

// Offset of the first byte that is NUL or not valid UTF-8, or -1; `ascii`: all bytes are.
qsizetype firstInvalidByte(const uchar *s, qsizetype n, bool &ascii)
{
    ascii = true;
    for (qsizetype i = 0; i < n;) {
        quint64 w;
        constexpr quint64 low = 0x0101010101010101ull;
        constexpr quint64 high = 0x8080808080808080ull;
        if (i + 8 <= n && (std::memcpy(&w, s + i, 8), ((w | ((w - low) & ~w)) & high) == 0)) {
            i += 8; // eight ASCII bytes, none NUL
            continue;
        }
        const uchar b = s[i];
        if (b == 0)
            return i;
        if (b < 0x80) {
            ++i;
            continue;
        }
        ascii = false;
        // Length, and the range of the second byte (no overlongs, surrogates, > U+10FFFF).
        const int len = b >= 0xC2 && b <= 0xDF   ? 2
                        : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4
                                                 : 0;
        const uchar lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        const uchar hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        if (!len || i + len > n || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += len;
    }
    return -1;
}

} // namespace

PyTokenizer::PyTokenizer(QByteArrayView utf8)
    : m_begin(utf8.data())
    , m_p(utf8.data())
    , m_end(utf8.data() + utf8.size())
{
    if (!m_begin) {
        static const char empty = 0;
        m_begin = m_p = m_end = &empty;
    }
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    m_lineStart = m_colPos = m_p;
    m_indents.push_back(0);
    m_altIndents.push_back(0);

    const qsizetype bad =
        firstInvalidByte(reinterpret_cast<const uchar *>(m_p), m_end - m_p, m_ascii);
    if (bad < 0)
        return;
    const char *at = m_p + bad;
    for (const char *q = m_p; q < at; ++q) {
        if (*q == '\n' || (*q == '\r' && q[1] != '\n'))
            newLineAt(q + 1);
    }
    m_ascii = false;
    fail(*at ? Tr::tr("invalid UTF-8 byte 0x%1").arg(uint(byteAt(at)), 2, 16, QChar(u'0'))
             : Tr::tr("source code string cannot contain null bytes"),
         m_line, columnOf(at));
}

PyToken PyTokenizer::fail(QString message, int line, int column)
{
    if (!m_failed) {
        m_failed = true;
        m_errorMessage = std::move(message);
        m_errorLine = line;
        m_errorColumn = column;
    }
    PyToken t;
    t.kind = PyTokenKind::Error;
    t.line = t.endLine = m_errorLine;
    t.column = m_errorColumn;
    return t;
}

PyToken
PyTokenizer::make(PyTokenKind kind, const char *begin, const char *end, int line, int column)
{
    PyToken t;
    t.kind = kind;
    t.line = line;
    t.column = column;
    t.endLine = m_line;
    t.text = std::string_view(begin, static_cast<size_t>(end - begin));
    return t;
}

int PyTokenizer::columnOf(const char *pos)
{
    if (m_ascii)
        return static_cast<int>(pos - m_lineStart) + 1;
    if (pos < m_colPos) {
        m_colPos = m_lineStart;
        m_colValue = 1;
    }
    for (; m_colPos < pos; ++m_colPos)
        m_colValue += (byteAt(m_colPos) & 0xC0) != 0x80; // count code points, not bytes
    return m_colValue;
}

void PyTokenizer::newLineAt(const char *lineStart)
{
    ++m_line;
    m_lineStart = m_colPos = lineStart;
    m_colValue = 1;
}

bool PyTokenizer::atNewline(const char *p) const
{
    return p < m_end && (*p == '\n' || *p == '\r');
}

const char *PyTokenizer::skipNewline(const char *p) const
{
    return (*p == '\r' && p + 1 < m_end && p[1] == '\n') ? p + 2 : p + 1;
}

PyToken PyTokenizer::next()
{
    if (m_failed)
        return fail({}, 0, 0);
    if (m_pendingDedents > 0) {
        --m_pendingDedents;
        return make(PyTokenKind::Dedent, m_p, m_p, m_line, columnOf(m_p));
    }
    if (m_done)
        return make(PyTokenKind::EndMarker, m_p, m_p, m_line, columnOf(m_p));

    for (;;) {
        PyToken t;
        if (m_atLineStart && indentation(t))
            return t;
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\f'))
            ++m_p;
        if (m_p >= m_end)
            return atEnd();

        const char *start = m_p;
        const char c = *m_p;
        const int line = m_line;
        if (c == '#') {
            while (m_p < m_end && *m_p != '\n' && *m_p != '\r')
                ++m_p;
            return make(PyTokenKind::Comment, start, m_p, line, columnOf(start));
        }
        if (c == '\n' || c == '\r') {
            const bool logical = m_brackets.empty() && m_lineHasTokens;
            m_p = skipNewline(m_p);
            t = make(logical ? PyTokenKind::Newline : PyTokenKind::Nl, start, m_p, line,
                     columnOf(start));
            newLineAt(m_p);
            m_atLineStart = m_brackets.empty();
            m_lineHasTokens = m_lineHasTokens && !logical;
            return t;
        }
        if (c == '\\') {
            if (!atNewline(m_p + 1)) {
                return fail(m_p + 1 >= m_end
                                ? Tr::tr("unexpected EOF while parsing")
                                : Tr::tr("unexpected character after line continuation character"),
                            line, columnOf(start));
            }
            const int column = columnOf(start);
            m_p = skipNewline(m_p + 1);
            newLineAt(m_p);
            if (m_p >= m_end)
                return fail(Tr::tr("unexpected EOF while parsing"), line, column);
            continue; // the logical line goes on
        }

        m_lineHasTokens = true;
        if (isAsciiIdentStart(c) || byteAt(m_p) >= 0x80) {
            const char *q = m_p;
            while (q < m_end && q - m_p < 3 && isAsciiIdentStart(*q))
                ++q;
            if (q - m_p <= 2 && q < m_end && (*q == '\'' || *q == '"')) {
                const quint8 flags = prefixFlags(m_p, q);
                if (flags != 0xFF)
                    return scanString(start, q, flags);
            }
            // Identifier: ASCII in a tight loop, other characters decoded and classified.
            const int column = columnOf(start);
            q = m_p;
            if (byteAt(q) < 0x80) {
                while (q < m_end && identTable[byteAt(q)])
                    ++q;
            }
            while (q < m_end && byteAt(q) >= 0x80) {
                const char *r = q;
                const char32_t cp = decodeUtf8(r, m_end);
                if (!(q == m_p ? isXidStart(cp) : isXidContinue(cp)))
                    break;
                for (q = r; q < m_end && identTable[byteAt(q)];)
                    ++q;
            }
            if (q == m_p)
                return invalidCharacter(m_p);
            m_p = q;
            return make(PyTokenKind::Name, start, q, line, column);
        }
        if (isDigit(c) || (c == '.' && m_p + 1 < m_end && isDigit(m_p[1])))
            return scanNumber(start);
        if (c == '\'' || c == '"')
            return scanString(start, start, 0);
        return scanOperator(start);
    }
}

bool PyTokenizer::indentation(PyToken &out)
{
    // As CPython: columns with tabs to multiples of 8 and, to detect a TabError, of 1.
    m_atLineStart = false;
    int col = 0;
    int alt = 0;
    for (; m_p < m_end; ++m_p) {
        if (*m_p == ' ')
            ++col, ++alt;
        else if (*m_p == '\t')
            col = (col / 8 + 1) * 8, ++alt;
        else if (*m_p == '\f')
            col = alt = 0;
        else
            break;
    }
    if (m_p >= m_end || *m_p == '#' || *m_p == '\n' || *m_p == '\r')
        return false; // blank or comment-only line: its indentation does not count
    const int column = columnOf(m_p);
    const auto failWith = [&](const QString &message) {
        out = fail(message, m_line, column);
        return true;
    };
    const auto tabError = [&] {
        return failWith(Tr::tr("inconsistent use of tabs and spaces in indentation"));
    };
    if (col == m_indents.back())
        return alt != m_altIndents.back() && tabError();
    if (col > m_indents.back()) {
        if (alt <= m_altIndents.back())
            return tabError();
        if (m_indents.size() >= MaxIndents)
            return failWith(Tr::tr("too many levels of indentation"));
        m_indents.push_back(col);
        m_altIndents.push_back(alt);
        out = make(PyTokenKind::Indent, m_p, m_p, m_line, column);
        return true;
    }
    int dedents = 0;
    for (; m_indents.size() > 1 && col < m_indents.back(); ++dedents) {
        m_indents.pop_back();
        m_altIndents.pop_back();
    }
    if (col != m_indents.back())
        return failWith(Tr::tr("unindent does not match any outer indentation level"));
    if (alt != m_altIndents.back())
        return tabError();
    m_pendingDedents = dedents - 1;
    out = make(PyTokenKind::Dedent, m_p, m_p, m_line, column);
    return true;
}

bool PyTokenizer::skipBlock()
{
    if (m_failed || m_done || m_pendingDedents > 0)
        return !m_failed;
    const int level = m_indents.size(); // the block's level; it ends below it
    for (;;) {
        if (!skipLogicalLine())
            return false;
        if (m_p >= m_end)
            return true; // next() closes the block at the end of the input
        PyToken t;
        if (!indentation(t))
            continue; // same level, or a blank or comment-only line
        if (t.kind == PyTokenKind::Error)
            return false;
        if (t.kind == PyTokenKind::Dedent && m_indents.size() < level) {
            m_pendingDedents = level - m_indents.size(); // next() returns them
            return true;
        }
        m_pendingDedents = 0; // an Indent, or a Dedent that closes a nested block only
    }
}

bool PyTokenizer::skipLogicalLine()
{
    while (m_p < m_end) {
        int seen = 0; // a run of bytes that do not shape the structure
        for (; m_p < m_end && skipTable[byteAt(m_p)]; ++m_p)
            seen |= skipTable[byteAt(m_p)];
        m_lineHasTokens = m_lineHasTokens || (seen & 2);
        if (m_p >= m_end)
            break;
        switch (*m_p) {
        case '\n':
        case '\r':
            m_p = skipNewline(m_p);
            newLineAt(m_p);
            if (m_brackets.empty()) {
                m_atLineStart = true;
                m_lineHasTokens = false;
                return true;
            }
            break;
        case '#':
            while (m_p < m_end && *m_p != '\n' && *m_p != '\r')
                ++m_p;
            break;
        case '\\':
            if (!atNewline(m_p + 1) || skipNewline(m_p + 1) >= m_end)
                return next().kind != PyTokenKind::Error; // next() reports the error
            m_p = skipNewline(m_p + 1);
            newLineAt(m_p);
            break;
        case '\'':
        case '"':
            m_lineHasTokens = true;
            if (scanString(m_p, m_p, 0).kind == PyTokenKind::Error)
                return false;
            break;
        default: // brackets
            m_lineHasTokens = true;
            if (scanOperator(m_p).kind == PyTokenKind::Error)
                return false;
        }
    }
    return true;
}

PyToken PyTokenizer::scanString(const char *begin, const char *quote, quint8 flags)
{
    const int line = m_line;
    const int column = columnOf(begin);
    const char q = *quote;
    const bool triple = m_end - quote >= 3 && quote[1] == q && quote[2] == q;
    const char *p = quote + (triple ? 3 : 1);
    for (;;) {
        if (p >= m_end || (!triple && (*p == '\n' || *p == '\r'))) {
            if (!triple) {
                return fail(Tr::tr("unterminated string literal (detected at line %1)").arg(m_line),
                            line, column);
            }
            // CPython names the last line that has text.
            const bool newlineLast = p[-1] == '\n' || p[-1] == '\r';
            return fail(Tr::tr("unterminated triple-quoted string literal (detected at line %1)")
                            .arg(m_line - (newlineLast ? 1 : 0)),
                        line, column);
        }
        const char ch = *p;
        if (ch == '\\') {
            ++p; // in raw strings too, a backslash keeps the next character in the string
            if (atNewline(p))
                newLineAt(p = skipNewline(p));
            else if (p < m_end)
                ++p;
        } else if (ch == '\n' || ch == '\r') {
            newLineAt(p = skipNewline(p));
        } else if (ch == q && (!triple || (m_end - p >= 3 && p[1] == q && p[2] == q))) {
            p += triple ? 3 : 1;
            break;
        } else {
            ++p;
        }
    }
    m_p = p;
    PyToken t = make(PyTokenKind::String, begin, p, line, column);
    t.stringFlags = flags | (triple ? PyStringTriple : 0);
    return t;
}

PyToken PyTokenizer::scanNumber(const char *begin)
{
    const int line = m_line;
    const int column = columnOf(begin);
    const char *p = begin;
    QString error;
    // Digits with single underscores between them; false on a misplaced underscore.
    const auto digits = [&](bool (*isBaseDigit)(char)) {
        while (p < m_end && (isBaseDigit(*p) || (*p == '_' && p + 1 < m_end && isBaseDigit(p[1]))))
            p += *p == '_' ? 2 : 1;
        return !(p < m_end && *p == '_');
    };
    // After a number, a name character is an error unless a keyword starts there (CPython
    // accepts "1if x else 2" with a warning).
    const auto endsWell = [&](const QString &kind) {
        const char *q = p;
        if (p >= m_end || !(identTable[byteAt(p)] || isXidContinue(decodeUtf8(q, m_end))))
            return true;
        for (std::string_view kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (std::string_view(p, static_cast<size_t>(m_end - p)).substr(0, kw.size()) == kw)
                return true;
        }
        error = Tr::tr("invalid %1 literal").arg(kind);
        return false;
    };

    const char base = p + 1 < m_end && *p == '0' ? static_cast<char>(p[1] | 0x20) : 0;
    if (base == 'x' || base == 'o' || base == 'b') {
        const auto pred = base == 'x' ? isHexDigit : base == 'o' ? isOctDigit : isBinDigit;
        const QString kind = base == 'x'   ? QStringLiteral("hexadecimal")
                             : base == 'o' ? QStringLiteral("octal")
                                           : QStringLiteral("binary");
        p += 2;
        if (p < m_end && *p == '_')
            ++p;
        const bool any = p < m_end && pred(*p);
        if (!any || !digits(pred))
            error = Tr::tr("invalid %1 literal").arg(kind);
        if ((!any || error.isEmpty()) && p < m_end && isDigit(*p))
            error = Tr::tr("invalid digit '%1' in %2 literal").arg(QChar::fromLatin1(*p), kind);
        if (error.isEmpty())
            endsWell(kind);
    } else {
        bool isFloat = false;
        bool leadingZero = false;
        if (*p != '.') {
            if (!digits(isDigit))
                error = Tr::tr("invalid decimal literal");
            // "0", "00", "0_0" are fine, "01" is not (unless a float or imaginary follows).
            leadingZero =
                *begin == '0' &&
                std::string_view(begin, static_cast<size_t>(p - begin)).find_first_not_of("0_") !=
                    std::string_view::npos;
        }
        if (error.isEmpty() && p < m_end && *p == '.') {
            isFloat = true;
            ++p;
            if (p < m_end && isDigit(*p) && !digits(isDigit))
                error = Tr::tr("invalid decimal literal");
        }
        if (error.isEmpty() && p < m_end && (*p | 0x20) == 'e') {
            const char *e = p++;
            const bool sign = p < m_end && (*p == '+' || *p == '-');
            p += sign ? 1 : 0;
            if (p < m_end && isDigit(*p)) {
                isFloat = true;
                if (!digits(isDigit))
                    error = Tr::tr("invalid decimal literal");
            } else if (sign) {
                error = Tr::tr("invalid decimal literal");
            } else {
                p = e; // "1else": the number ends before the keyword
            }
        }
        if (error.isEmpty() && p < m_end && (*p | 0x20) == 'j') {
            isFloat = true;
            ++p;
        }
        if (error.isEmpty() && leadingZero && !isFloat) {
            return fail(Tr::tr("leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers"),
                        line, column);
        }
        if (error.isEmpty())
            endsWell(QStringLiteral("decimal"));
    }
    if (!error.isEmpty())
        return fail(error, line, columnOf(p));
    m_p = p;
    return make(PyTokenKind::Number, begin, p, line, column);
}

PyToken PyTokenizer::scanOperator(const char *begin)
{
    const int line = m_line;
    const int column = columnOf(begin);
    const char c = *begin;
    const char c1 = begin + 1 < m_end ? begin[1] : '\0';
    const char c2 = begin + 2 < m_end ? begin[2] : '\0';
    int len = 1;
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (m_brackets.full())
            return fail(Tr::tr("too many nested parentheses"), line, column);
        m_brackets.push_back({c, line, column});
        break;
    case ')':
    case ']':
    case '}': {
        if (m_brackets.empty())
            return fail(Tr::tr("unmatched '%1'").arg(QChar::fromLatin1(c)), line, column);
        const Bracket open = m_brackets.back();
        if (c != (open.open == '(' ? ')' : open.open == '[' ? ']' : '}')) {
            QString message = Tr::tr("closing parenthesis '%1' does not match opening "
                                     "parenthesis '%2'")
                                  .arg(QChar::fromLatin1(c), QChar::fromLatin1(open.open));
            if (open.line != line)
                message += Tr::tr(" on line %1").arg(open.line);
            return fail(message, line, column);
        }
        m_brackets.pop_back();
        break;
    }
    case ',':
    case ';':
    case '~':
        break;
    case '.':
        len = c1 == '.' && c2 == '.' ? 3 : 1;
        break;
    case ':':
    case '+':
    case '%':
    case '&':
    case '^':
    case '|':
    case '@':
    case '=':
        len = c1 == '=' ? 2 : 1;
        break;
    case '-':
        len = c1 == '=' || c1 == '>' ? 2 : 1;
        break;
    case '!':
        if (c1 != '=')
            return invalidCharacter(begin);
        len = 2;
        break;
    case '*':
    case '/':
    case '<':
    case '>': // "**", "//", "<<", ">>" with an optional '=', or the operator with '='
        len = c1 == c ? (c2 == '=' ? 3 : 2) : c1 == '=' ? 2 : 1;
        break;
    default:
        return invalidCharacter(begin);
    }
    m_p = begin + len;
    return make(PyTokenKind::Op, begin, m_p, line, column);
}

PyToken PyTokenizer::atEnd()
{
    if (!m_brackets.empty()) {
        const Bracket open = m_brackets.back();
        return fail(Tr::tr("'%1' was never closed").arg(QChar::fromLatin1(open.open)), open.line,
                    open.column);
    }
    const int column = columnOf(m_p);
    if (m_lineHasTokens) {
        m_lineHasTokens = false;
        return make(PyTokenKind::Newline, m_p, m_p, m_line, column);
    }
    if (m_indents.size() > 1) {
        m_pendingDedents = m_indents.size() - 2;
        m_indents.count = m_altIndents.count = 1;
        return make(PyTokenKind::Dedent, m_p, m_p, m_line, column);
    }
    m_done = true;
    return make(PyTokenKind::EndMarker, m_p, m_p, m_line, column);
}

PyToken PyTokenizer::invalidCharacter(const char *p)
{
    const int column = columnOf(p);
    const char32_t cp = decodeUtf8(p, m_end);
    const QString code = QStringLiteral("U+%1").arg(QString::number(cp, 16).toUpper(), 4, u'0');
    const auto cat = QChar::category(cp);
    const bool printable =
        cp == 0x20 || !(cat == QChar::Other_Control || cat == QChar::Other_Format ||
                        cat == QChar::Other_Surrogate || cat == QChar::Other_PrivateUse ||
                        cat == QChar::Other_NotAssigned ||
                        (cat >= QChar::Separator_Space && cat <= QChar::Separator_Paragraph));
    return fail(printable
                    ? Tr::tr("invalid character '%1' (%2)").arg(QString::fromUcs4(&cp, 1), code)
                    : Tr::tr("invalid non-printable character %1").arg(code),
                m_line, column);
}

Result<std::vector<PyToken>> tokenizePython(QByteArrayView utf8)
{
    PyTokenizer tokenizer(utf8);
    std::vector<PyToken> tokens;
    tokens.reserve(static_cast<size_t>(utf8.size() / 4 + 8));
    for (;;) {
        tokens.push_back(tokenizer.next());
        if (tokens.back().kind == PyTokenKind::Error) {
            return makeError(ErrorKind::Parse, tokenizer.errorMessage(), QString(),
                             tokenizer.errorLine());
        }
        if (tokens.back().kind == PyTokenKind::EndMarker)
            return tokens;
    }
}

bool isPyKeyword(std::string_view name)
{
    static constexpr std::string_view keywords[] = {
        "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
        "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
        "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
    if (name.size() < 2 || name.size() > 8)
        return false;
    for (std::string_view kw : keywords) {
        if (kw[0] == name[0] && kw == name)
            return true;
    }
    return false;
}

} // namespace retort
