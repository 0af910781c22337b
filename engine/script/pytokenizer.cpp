#include "pytokenizer.h"

#include <QChar>

#include <cstring>

namespace retort {

namespace {

constexpr int MaxIndents = 100; // CPython's MAXINDENT (MAXLEVEL, 200 brackets: m_brackets)

bool isAsciiIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isAsciiIdentChar(char c)
{
    return isAsciiIdentStart(c) || (c >= '0' && c <= '9');
}

// ASCII identifier characters: letters, digits, '_'.
constexpr auto identTable = [] {
    struct Table
    {
        bool value[256] = {};
        constexpr bool operator[](uchar i) const { return value[i]; }
    } table;
    for (int i = 0; i < 256; ++i)
        table.value[i] =
            (i >= 'a' && i <= 'z') || (i >= 'A' && i <= 'Z') || (i >= '0' && i <= '9') || i == '_';
    return table;
}();

// For PyTokenizer::skipBlock(): 0 for bytes that matter (newlines, '#', '\\', quotes,
// brackets), 1 for blanks, 2 for the rest.
constexpr auto skipTable = [] {
    struct Table
    {
        quint8 value[256] = {};
        constexpr quint8 operator[](uchar i) const { return value[i]; }
    } table;
    for (int i = 0; i < 256; ++i) {
        const bool special = i == '\n' || i == '\r' || i == '#' || i == '\\' || i == '\'' ||
                             i == '"' || i == '(' || i == ')' || i == '[' || i == ']' || i == '{' ||
                             i == '}';
        table.value[i] = special ? 0 : (i == ' ' || i == '\t' || i == '\f') ? 1 : 2;
    }
    return table;
}();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

uchar byteAt(const char *p)
{
    return static_cast<uchar>(*p);
}

// Decodes one code point of valid UTF-8 (validated up front) and advances `p`.
char32_t decodeUtf8(const char *&p, const char *end)
{
    const uchar b0 = byteAt(p);
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? (b0 & 0x07u) : extra == 2 ? (b0 & 0x0Fu) : extra ? (b0 & 0x1Fu) : b0;
    ++p;
    while (extra-- > 0 && p < end) {
        cp = (cp << 6) | (byteAt(p) & 0x3Fu);
        ++p;
    }
    return cp;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD; // a lone surrogate cannot be stored in UTF-8
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool isXidStart(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        // Other_ID_Start
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B ||
               cp == 0x309C;
    }
}

bool isXidContinue(char32_t cp)
{
    if (isXidStart(cp))
        return true;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        // Other_ID_Continue
        return cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }
}

bool isPrintable(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    case QChar::Separator_Space:
        return cp == 0x20;
    default:
        return true;
    }
}

QString codePointName(char32_t cp)
{
    return QStringLiteral("U+%1").arg(QString::number(cp, 16).toUpper(), 4, u'0');
}

// Offset of the first byte that is not valid UTF-8 or is NUL, or -1; `ascii` tells whether
// all bytes before it are ASCII.
qsizetype firstInvalidByte(const uchar *s, qsizetype n, bool &ascii)
{
    ascii = true;
    qsizetype i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes without NUL.
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            constexpr quint64 high = 0x8080808080808080ull;
            constexpr quint64 low = 0x0101010101010101ull;
            if (((w | ((w - low) & ~w)) & high) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar b = s[i];
        if (b == 0)
            return i;
        if (b < 0x80) {
            ++i;
            continue;
        }
        ascii = false;
        int len = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
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
    if (bad >= 0) {
        const char *at = m_p + bad;
        int line = 1;
        const char *lineStart = m_p;
        for (const char *q = m_p; q < at; ++q) {
            if (*q == '\n' || (*q == '\r' && (q + 1 >= m_end || q[1] != '\n'))) {
                ++line;
                lineStart = q + 1;
            }
        }
        m_line = line;
        m_lineStart = m_colPos = lineStart;
        m_ascii = false;
        if (*at == 0)
            fail(Tr::tr("source code string cannot contain null bytes"), line, columnOf(at));
        else
            fail(Tr::tr("invalid UTF-8 byte 0x%1").arg(uint(byteAt(at)), 2, 16, QChar(u'0')), line,
                 columnOf(at));
    }
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
    for (const char *q = m_colPos; q < pos; ++q) {
        if ((byteAt(q) & 0xC0) != 0x80)
            ++m_colValue;
    }
    m_colPos = pos;
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
    if (*p == '\r' && p + 1 < m_end && p[1] == '\n')
        return p + 2;
    return p + 1;
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
        if (m_atLineStart) {
            PyToken t;
            if (indentation(t))
                return t;
        }
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\f'))
            ++m_p;
        if (m_p >= m_end)
            return atEnd();

        const char *start = m_p;
        const char c = *m_p;
        const int line = m_line;

        if (c == '#') {
            const char *q = m_p;
            while (q < m_end && *q != '\n' && *q != '\r')
                ++q;
            m_p = q;
            return make(PyTokenKind::Comment, start, q, line, columnOf(start));
        }
        if (c == '\n' || c == '\r') {
            const int column = columnOf(start);
            const char *after = skipNewline(m_p);
            const bool logical = m_brackets.empty() && m_lineHasTokens;
            PyToken t =
                make(logical ? PyTokenKind::Newline : PyTokenKind::Nl, start, after, line, column);
            m_p = after;
            newLineAt(after);
            if (m_brackets.empty())
                m_atLineStart = true;
            if (logical)
                m_lineHasTokens = false;
            return t;
        }
        if (c == '\\') {
            const char *q = m_p + 1;
            if (q >= m_end)
                return fail(Tr::tr("unexpected EOF while parsing"), line, columnOf(start));
            if (!atNewline(q)) {
                return fail(Tr::tr("unexpected character after line continuation character"), line,
                            columnOf(start));
            }
            m_p = skipNewline(q);
            newLineAt(m_p);
            if (m_p >= m_end)
                return fail(Tr::tr("unexpected EOF while parsing"), line, columnOf(start));
            continue;
        }

        m_lineHasTokens = true;
        if (isAsciiIdentStart(c) || byteAt(m_p) >= 0x80) {
            // String prefix?
            quint8 flags = 0;
            const char *q = m_p;
            bool prefix = true;
            while (q < m_end && q - m_p < 3 && isAsciiIdentStart(*q)) {
                switch (*q | 0x20) {
                case 'r':
                    prefix = prefix && !(flags & (PyStringRaw | PyStringUnicode));
                    flags |= PyStringRaw;
                    break;
                case 'b':
                    prefix =
                        prefix && !(flags & (PyStringBytes | PyStringFormat | PyStringUnicode));
                    flags |= PyStringBytes;
                    break;
                case 'f':
                    prefix =
                        prefix && !(flags & (PyStringBytes | PyStringFormat | PyStringUnicode));
                    flags |= PyStringFormat;
                    break;
                case 'u':
                    prefix = prefix && flags == 0;
                    flags |= PyStringUnicode;
                    break;
                default:
                    prefix = false;
                }
                if (!prefix)
                    break;
                ++q;
                if (q < m_end && (*q == '\'' || *q == '"'))
                    return scanString(start, q, flags);
            }
            // Identifier: ASCII letters, digits and '_' in a tight loop, others decoded.
            const int column = columnOf(start);
            q = m_p;
            if (isAsciiIdentStart(c)) {
                ++q;
                while (q < m_end && identTable[byteAt(q)])
                    ++q;
            }
            while (q < m_end && byteAt(q) >= 0x80) {
                const char *r = q;
                const char32_t cp = decodeUtf8(r, m_end);
                if (!(q == m_p ? isXidStart(cp) : isXidContinue(cp)))
                    break;
                q = r;
                while (q < m_end && identTable[byteAt(q)])
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
    m_atLineStart = false;
    const char *p = m_p;
    int col = 0;
    int alt = 0;
    for (; p < m_end; ++p) {
        if (*p == ' ') {
            ++col;
            ++alt;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            ++alt;
        } else if (*p == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    m_p = p;
    if (p >= m_end || *p == '#' || *p == '\n' || *p == '\r')
        return false; // blank or comment-only line: indentation does not count
    const int column = columnOf(p);
    const auto tabError = [&] {
        out = fail(Tr::tr("inconsistent use of tabs and spaces in indentation"), m_line, column);
        return true;
    };
    if (col == m_indents.back()) {
        if (alt != m_altIndents.back())
            return tabError();
        return false;
    }
    if (col > m_indents.back()) {
        if (alt <= m_altIndents.back())
            return tabError();
        if (m_indents.size() > MaxIndents) {
            out = fail(Tr::tr("too many levels of indentation"), m_line, column);
            return true;
        }
        m_indents.push_back(col);
        m_altIndents.push_back(alt);
        out = make(PyTokenKind::Indent, p, p, m_line, column);
        return true;
    }
    int dedents = 0;
    while (m_indents.size() > 1 && col < m_indents.back()) {
        m_indents.pop_back();
        m_altIndents.pop_back();
        ++dedents;
    }
    if (col != m_indents.back()) {
        out = fail(Tr::tr("unindent does not match any outer indentation level"), m_line, column);
        return true;
    }
    if (alt != m_altIndents.back())
        return tabError();
    m_pendingDedents = dedents - 1;
    out = make(PyTokenKind::Dedent, p, p, m_line, column);
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
        if (t.kind == PyTokenKind::Dedent) {
            if (m_indents.size() < level) {
                m_pendingDedents = level - m_indents.size(); // next() returns them
                return true;
            }
            m_pendingDedents = 0; // closes a nested block only
        }
    }
}

bool PyTokenizer::skipLogicalLine()
{
    while (m_p < m_end) {
        // Runs of bytes without meaning for the structure: 1 = blank, 2 = anything else.
        int seen = 0;
        while (m_p < m_end && skipTable[byteAt(m_p)]) {
            seen |= skipTable[byteAt(m_p)];
            ++m_p;
        }
        if (seen & 2)
            m_lineHasTokens = true;
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
        case '\\': {
            const char *q = m_p + 1;
            if (q >= m_end || !atNewline(q)) {
                m_lineHasTokens = true;
                return next().kind != PyTokenKind::Error; // reports the error
            }
            const int line = m_line;
            const int column = columnOf(m_p);
            m_p = skipNewline(q);
            newLineAt(m_p);
            if (m_p >= m_end) {
                fail(Tr::tr("unexpected EOF while parsing"), line, column);
                return false;
            }
            break;
        }
        case '\'':
        case '"':
            m_lineHasTokens = true;
            if (scanString(m_p, m_p, 0).kind == PyTokenKind::Error)
                return false;
            break;
        case '(':
        case '[':
        case '{':
        case ')':
        case ']':
        case '}':
            m_lineHasTokens = true;
            if (scanOperator(m_p).kind == PyTokenKind::Error)
                return false;
            break;
        default:
            break; // not reached: every other byte is in skipTable
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
    if (triple) {
        flags |= PyStringTriple;
        for (;;) {
            if (p >= m_end) {
                // CPython names the last line that has text.
                const bool newlineLast = p > quote && (p[-1] == '\n' || p[-1] == '\r');
                return fail(Tr::tr("unterminated triple-quoted string literal (detected at line "
                                   "%1)")
                                .arg(m_line - (newlineLast ? 1 : 0)),
                            line, column);
            }
            const char ch = *p;
            if (ch == '\\') {
                ++p;
                if (atNewline(p)) {
                    p = skipNewline(p);
                    newLineAt(p);
                } else if (p < m_end) {
                    ++p;
                }
            } else if (ch == q) {
                if (m_end - p >= 3 && p[1] == q && p[2] == q) {
                    p += 3;
                    break;
                }
                ++p;
            } else if (ch == '\n' || ch == '\r') {
                p = skipNewline(p);
                newLineAt(p);
            } else {
                ++p;
            }
        }
    } else {
        for (;;) {
            if (p >= m_end || *p == '\n' || *p == '\r') {
                return fail(Tr::tr("unterminated string literal (detected at line %1)").arg(m_line),
                            line, column);
            }
            const char ch = *p;
            if (ch == '\\') {
                ++p;
                if (atNewline(p)) {
                    p = skipNewline(p);
                    newLineAt(p);
                } else if (p < m_end) {
                    ++p;
                }
            } else {
                ++p;
                if (ch == q)
                    break;
            }
        }
    }
    m_p = p;
    PyToken t = make(PyTokenKind::String, begin, p, line, column);
    t.stringFlags = flags;
    return t;
}

PyToken PyTokenizer::scanNumber(const char *begin)
{
    const int line = m_line;
    const int column = columnOf(begin);
    const char *p = begin;
    const auto errorAt = [&](const QString &message, const char *at) {
        return fail(message, line, columnOf(at));
    };
    // Digits of one base with single underscores between them; false on a bad underscore.
    const auto digits = [&](bool (*isBaseDigit)(char)) {
        while (p < m_end) {
            if (isBaseDigit(*p)) {
                ++p;
            } else if (*p == '_' && p + 1 < m_end && isBaseDigit(p[1])) {
                p += 2;
            } else {
                return !(p < m_end && *p == '_');
            }
        }
        return true;
    };
    const auto isOct = [](char ch) { return ch >= '0' && ch <= '7'; };
    const auto isBin = [](char ch) { return ch == '0' || ch == '1'; };
    // After a number, an identifier character is an error unless a keyword starts there
    // (CPython accepts "1if x else 2" with a warning).
    const auto verifyEnd = [&](const QString &kind) -> bool {
        if (p >= m_end || !(isAsciiIdentChar(*p) || byteAt(p) >= 0x80))
            return true;
        static const char *const keywords[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
        for (const char *kw : keywords) {
            const size_t n = std::strlen(kw);
            if (static_cast<size_t>(m_end - p) >= n && std::memcmp(p, kw, n) == 0)
                return true;
        }
        errorAt(Tr::tr("invalid %1 literal").arg(kind), p);
        return false;
    };

    if (*p == '0' && p + 1 < m_end && std::strchr("xXoObB", p[1]) && p[1] != 0) {
        const char base = static_cast<char>(p[1] | 0x20);
        p += 2;
        bool (*pred)(char) = base == 'x' ? isHexDigit : base == 'o' ? +isOct : +isBin;
        const QString kind = base == 'x'   ? QStringLiteral("hexadecimal")
                             : base == 'o' ? QStringLiteral("octal")
                                           : QStringLiteral("binary");
        if (p < m_end && *p == '_')
            ++p;
        if (p >= m_end || !pred(*p)) {
            if (p < m_end && isDigit(*p))
                return errorAt(
                    Tr::tr("invalid digit '%1' in %2 literal").arg(QChar::fromLatin1(*p), kind), p);
            return errorAt(Tr::tr("invalid %1 literal").arg(kind), p);
        }
        if (!digits(pred))
            return errorAt(Tr::tr("invalid %1 literal").arg(kind), p);
        if (p < m_end && isDigit(*p))
            return errorAt(
                Tr::tr("invalid digit '%1' in %2 literal").arg(QChar::fromLatin1(*p), kind), p);
        if (!verifyEnd(kind))
            return fail({}, 0, 0);
    } else {
        bool isFloat = false;
        bool leadingZero = false;
        if (*p != '.') {
            leadingZero = *p == '0';
            if (!digits(isDigit))
                return errorAt(Tr::tr("invalid decimal literal"), p);
            if (leadingZero) {
                for (const char *z = begin; z < p; ++z) {
                    if (*z != '0' && *z != '_')
                        break;
                    if (z + 1 == p)
                        leadingZero = false; // all zeros: "0", "00", "0_0"
                }
            }
        }
        if (p < m_end && *p == '.') {
            isFloat = true;
            ++p;
            if (p < m_end && isDigit(*p) && !digits(isDigit))
                return errorAt(Tr::tr("invalid decimal literal"), p);
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            const char *e = p;
            ++p;
            if (p < m_end && (*p == '+' || *p == '-')) {
                ++p;
                if (p >= m_end || !isDigit(*p))
                    return errorAt(Tr::tr("invalid decimal literal"), p);
            }
            if (p < m_end && isDigit(*p)) {
                isFloat = true;
                if (!digits(isDigit))
                    return errorAt(Tr::tr("invalid decimal literal"), p);
            } else {
                p = e; // "1else": the number ends before the keyword
            }
        }
        if (p < m_end && (*p == 'j' || *p == 'J')) {
            isFloat = true;
            ++p;
        }
        if (leadingZero && !isFloat) {
            return fail(Tr::tr("leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers"),
                        line, column);
        }
        if (!verifyEnd(QStringLiteral("decimal")))
            return fail({}, 0, 0);
    }
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
        const char expected = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
        if (c != expected) {
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
    case '>':
        // "**", "//", "<<", ">>" with an optional '=', or the operator with '='
        if (c1 == c)
            len = c2 == '=' ? 3 : 2;
        else
            len = c1 == '=' ? 2 : 1;
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
    const char *q = p;
    const char32_t cp = decodeUtf8(q, m_end);
    if (isPrintable(cp)) {
        return fail(
            Tr::tr("invalid character '%1' (%2)").arg(QString::fromUcs4(&cp, 1), codePointName(cp)),
            m_line, column);
    }
    return fail(Tr::tr("invalid non-printable character %1").arg(codePointName(cp)), m_line,
                column);
}

Result<std::vector<PyToken>> tokenizePython(QByteArrayView utf8)
{
    PyTokenizer tokenizer(utf8);
    std::vector<PyToken> tokens;
    tokens.reserve(static_cast<size_t>(utf8.size() / 4 + 8));
    for (;;) {
        PyToken t = tokenizer.next();
        if (t.kind == PyTokenKind::Error) {
            return makeError(ErrorKind::Parse, tokenizer.errorMessage(), QString(),
                             tokenizer.errorLine());
        }
        tokens.push_back(t);
        if (t.kind == PyTokenKind::EndMarker)
            return tokens;
    }
}

bool isPyKeyword(std::string_view name)
{
    if (name.size() < 2 || name.size() > 8)
        return false;
    const auto any = [name](std::initializer_list<std::string_view> words) {
        for (std::string_view w : words) {
            if (w == name)
                return true;
        }
        return false;
    };
    switch (name[0]) {
    case 'F':
        return name == "False";
    case 'N':
        return name == "None";
    case 'T':
        return name == "True";
    case 'a':
        return any({"and", "as", "assert", "async", "await"});
    case 'b':
        return name == "break";
    case 'c':
        return any({"class", "continue"});
    case 'd':
        return any({"def", "del"});
    case 'e':
        return any({"elif", "else", "except"});
    case 'f':
        return any({"finally", "for", "from"});
    case 'g':
        return name == "global";
    case 'i':
        return any({"if", "import", "in", "is"});
    case 'l':
        return name == "lambda";
    case 'n':
        return any({"nonlocal", "not"});
    case 'o':
        return name == "or";
    case 'p':
        return name == "pass";
    case 'r':
        return any({"raise", "return"});
    case 't':
        return name == "try";
    case 'w':
        return any({"while", "with"});
    case 'y':
        return name == "yield";
    default:
        return false;
    }
}

Result<QString> decodePyString(const PyToken &token)
{
    const std::string_view text = token.text;
    if (token.kind != PyTokenKind::String)
        return makeError(ErrorKind::Parse, Tr::tr("not a string literal"), QString(), token.line);
    if (token.stringFlags & PyStringBytes)
        return makeError(ErrorKind::Parse, Tr::tr("bytes literal"), QString(), token.line);
    if (token.stringFlags & PyStringFormat)
        return makeError(ErrorKind::Parse, Tr::tr("f-string"), QString(), token.line);

    size_t prefix = 0;
    while (prefix < text.size() && text[prefix] != '\'' && text[prefix] != '"')
        ++prefix;
    const size_t quotes = (token.stringFlags & PyStringTriple) ? 3 : 1;
    if (text.size() < prefix + 2 * quotes)
        return makeError(ErrorKind::Parse, Tr::tr("not a string literal"), QString(), token.line);
    const char *p = text.data() + prefix + quotes;
    const char *const end = text.data() + text.size() - quotes;

    bool plain = true;
    for (const char *q = p; q < end; ++q) {
        if (*q == '\\' || *q == '\r') {
            plain = false;
            break;
        }
    }
    if (plain)
        return QString::fromUtf8(p, end - p);

    const bool raw = token.stringFlags & PyStringRaw;
    int line = token.line;
    QByteArray out;
    out.reserve(end - p);
    const auto escapeError = [&](const QString &message) {
        return makeError(ErrorKind::Parse, message, QString(), line);
    };
    while (p < end) {
        const char c = *p;
        if (c == '\r' || c == '\n') {
            p = (c == '\r' && p + 1 < end && p[1] == '\n') ? p + 2 : p + 1;
            ++line;
            out.append('\n');
            continue;
        }
        if (c != '\\' || raw) {
            if (c == '\\' && p + 1 < end && (p[1] == '\r' || p[1] == '\n')) {
                out.append('\\'); // raw: backslash kept, newline normalised next
                ++p;
                continue;
            }
            out.append(c);
            ++p;
            continue;
        }
        // Non-raw escape; the tokenizer guarantees a character after the backslash.
        ++p;
        if (p >= end) {
            out.append('\\');
            break;
        }
        const char e = *p++;
        switch (e) {
        case '\r':
            if (p < end && *p == '\n')
                ++p;
            ++line;
            break; // line continuation: removed
        case '\n':
            ++line;
            break;
        case '\\':
        case '\'':
        case '"':
            out.append(e);
            break;
        case 'a':
            out.append('\a');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'v':
            out.append('\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            char32_t v = static_cast<char32_t>(e - '0');
            for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; ++i)
                v = v * 8 + static_cast<char32_t>(*p++ - '0');
            appendUtf8(out, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            const int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char32_t v = 0;
            for (int i = 0; i < n; ++i) {
                if (p >= end || !isHexDigit(*p)) {
                    return escapeError(e == 'x' ? Tr::tr("(unicode error) truncated \\xXX escape")
                                       : e == 'u'
                                           ? Tr::tr("(unicode error) truncated \\uXXXX escape")
                                           : Tr::tr("(unicode error) truncated "
                                                    "\\UXXXXXXXX escape"));
                }
                v = v * 16 + static_cast<char32_t>(hexValue(*p++));
            }
            if (v > 0x10FFFF)
                return escapeError(Tr::tr("(unicode error) illegal Unicode character"));
            appendUtf8(out, v);
            break;
        }
        case 'N':
            return escapeError(Tr::tr("\\N{...} escapes are not supported; write the character "
                                      "itself"));
        default:
            out.append('\\'); // unknown escape: kept as written
            --p;
            break;
        }
    }
    return QString::fromUtf8(out);
}

Result<QByteArray> pythonSourceToUtf8(const QByteArray &source)
{
    // PEP 263: "coding[:=]\s*([-\w.]+)" in a comment on line 1, or on line 2 when line 1 is
    // blank or a comment.
    const char *p = source.constData();
    const char *const end = p + source.size();
    const bool bom = source.startsWith("\xEF\xBB\xBF");
    if (bom)
        p += 3;
    for (int line = 1; line <= 2 && p < end; ++line) {
        const char *lineEnd = p;
        while (lineEnd < end && *lineEnd != '\n' && *lineEnd != '\r')
            ++lineEnd;
        const char *q = p;
        while (q < lineEnd && (*q == ' ' || *q == '\t' || *q == '\f'))
            ++q;
        if (q < lineEnd && *q != '#')
            break; // code: no cookie on this line or the next
        const std::string_view comment(q, static_cast<size_t>(lineEnd - q));
        const size_t at = comment.find("coding");
        if (q < lineEnd && at != std::string_view::npos && at + 6 < comment.size() &&
            (comment[at + 6] == ':' || comment[at + 6] == '=')) {
            size_t k = at + 7;
            while (k < comment.size() && (comment[k] == ' ' || comment[k] == '\t'))
                ++k;
            size_t e = k;
            while (e < comment.size() &&
                   (isAsciiIdentChar(comment[e]) || comment[e] == '-' || comment[e] == '.'))
                ++e;
            QByteArray name = QByteArray(comment.data() + k, static_cast<qsizetype>(e - k))
                                  .toLower()
                                  .replace('_', '-');
            if (!name.isEmpty()) {
                if (name == "utf-8" || name.startsWith("utf-8-") || name == "utf8")
                    return source;
                const bool latin1 = name == "latin-1" || name == "latin1" || name == "l1" ||
                                    name == "iso-8859-1" || name == "iso8859-1" ||
                                    name == "iso-latin-1" || name.startsWith("latin-1-") ||
                                    name.startsWith("iso-8859-1-") || name == "cp819";
                const bool ascii = name == "ascii" || name == "us-ascii" || name == "646";
                if (bom && (latin1 || ascii)) {
                    return makeError(
                        ErrorKind::Parse,
                        Tr::tr("encoding problem: %1 with BOM").arg(QString::fromLatin1(name)),
                        QString(), line);
                }
                if (latin1)
                    return QString::fromLatin1(source).toUtf8();
                if (ascii) {
                    for (qsizetype i = 0; i < source.size(); ++i) {
                        if (static_cast<uchar>(source[i]) >= 0x80) {
                            return makeError(
                                ErrorKind::Parse,
                                Tr::tr("(unicode error) 'ascii' codec can't decode "
                                       "byte 0x%1")
                                    .arg(uint(static_cast<uchar>(source[i])), 2, 16, QChar(u'0')),
                                QString(), line);
                        }
                    }
                    return source;
                }
                return makeError(ErrorKind::Parse,
                                 Tr::tr("unsupported source encoding '%1': Retort reads "
                                        "revision files in UTF-8, Latin-1 or ASCII")
                                     .arg(QString::fromLatin1(name)),
                                 QString(), line);
            }
        }
        p = lineEnd;
        if (p < end)
            p = (*p == '\r' && p + 1 < end && p[1] == '\n') ? p + 2 : p + 1;
    }
    return source;
}

bool isPySpace(char16_t c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

QString pyStrip(QString text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isPySpace(text[b].unicode()))
        ++b;
    while (e > b && isPySpace(text[e - 1].unicode()))
        --e;
    text.truncate(e); // in place when `text` is not shared
    text.remove(0, b);
    return text;
}

} // namespace retort
