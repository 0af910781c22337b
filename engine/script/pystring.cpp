#include "pystring.h"

#include "pychars_p.h"

#include <QChar>

#include <algorithm>
#include <initializer_list>

namespace retort {

using namespace detail;

namespace {

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD; // a lone surrogate cannot be stored in UTF-8
    const int extra = cp < 0x80 ? 0 : cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
    out.append(
        static_cast<char>(extra ? ((0xFF00u >> (extra + 1)) & 0xFFu) | (cp >> (6 * extra)) : cp));
    for (int k = extra - 1; k >= 0; --k)
        out.append(static_cast<char>(0x80u | ((cp >> (6 * k)) & 0x3Fu)));
}

} // namespace

Result<QString> decodePyString(const PyToken &token)
{
    const auto failWith = [&token](const QString &message, int line = 0) {
        return makeError(ErrorKind::Parse, message, QString(), line ? line : token.line);
    };
    const std::string_view text = token.text;
    if (token.kind != PyTokenKind::String)
        return failWith(Tr::tr("not a string literal"));
    if (token.stringFlags & (PyStringBytes | PyStringFormat)) {
        return failWith((token.stringFlags & PyStringBytes) ? Tr::tr("bytes literal")
                                                            : Tr::tr("f-string"));
    }
    const size_t quotes = (token.stringFlags & PyStringTriple) ? 3 : 1;
    const size_t prefix = text.find_first_of("'\"");
    if (prefix == std::string_view::npos || text.size() < prefix + 2 * quotes)
        return failWith(Tr::tr("not a string literal"));
    const std::string_view body = text.substr(prefix + quotes, text.size() - prefix - 2 * quotes);
    if (std::none_of(body.begin(), body.end(), [](char c) { return c == '\\' || c == '\r'; }))
        return QString::fromUtf8(body.data(), static_cast<qsizetype>(body.size()));

    const bool raw = token.stringFlags & PyStringRaw;
    int line = token.line;
    QByteArray out;
    out.reserve(static_cast<qsizetype>(body.size()));
    for (const char *p = body.data(), *end = p + body.size(); p < end;) {
        const char c = *p++;
        if (c == '\r' || c == '\n') { // source newlines are "\n"
            p += c == '\r' && p < end && *p == '\n';
            ++line;
            out.append('\n');
            continue;
        }
        if (c != '\\' || raw || p >= end) {
            out.append(c);
            continue;
        }
        const char e = *p++;
        static constexpr std::string_view simpleFrom = "\\'\"abfnrtv";
        static constexpr std::string_view simpleTo = "\\'\"\a\b\f\n\r\t\v";
        if (const size_t k = simpleFrom.find(e); k != std::string_view::npos) {
            out.append(simpleTo[k]);
        } else if (e == '\n' || e == '\r') { // line continuation: removed
            p += e == '\r' && p < end && *p == '\n';
            ++line;
        } else if (isOctDigit(e)) {
            char32_t v = static_cast<char32_t>(e - '0');
            for (int i = 0; i < 2 && p < end && isOctDigit(*p); ++i)
                v = v * 8 + static_cast<char32_t>(*p++ - '0');
            appendUtf8(out, v);
        } else if (e == 'x' || e == 'u' || e == 'U') {
            const int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char32_t v = 0;
            for (int i = 0; i < n; ++i, ++p) {
                if (p >= end || !isHexDigit(*p)) {
                    return failWith(e == 'x'   ? Tr::tr("(unicode error) truncated \\xXX escape")
                                    : e == 'u' ? Tr::tr("(unicode error) truncated \\uXXXX escape")
                                               : Tr::tr("(unicode error) truncated "
                                                        "\\UXXXXXXXX escape"),
                                    line);
                }
                v = v * 16 + static_cast<char32_t>(isDigit(*p) ? *p - '0' : (*p | 0x20) - 'a' + 10);
            }
            if (v > 0x10FFFF)
                return failWith(Tr::tr("(unicode error) illegal Unicode character"), line);
            appendUtf8(out, v);
        } else if (e == 'N') {
            return failWith(Tr::tr("\\N{...} escapes are not supported; write the character "
                                   "itself"),
                            line);
        } else {
            out.append('\\'); // an unknown escape is kept as written
            --p;
        }
    }
    return QString::fromUtf8(out);
}

Result<QByteArray> pythonSourceToUtf8(const QByteArray &source)
{
    // PEP 263: "coding[:=]\s*([-\w.]+)" in a comment on line 1, or on line 2 after a line 1
    // that is blank or a comment.
    const bool bom = source.startsWith("\xEF\xBB\xBF");
    qsizetype pos = bom ? 3 : 0;
    for (int line = 1; line <= 2 && pos < source.size(); ++line) {
        qsizetype end = pos;
        while (end < source.size() && source[end] != '\n' && source[end] != '\r')
            ++end;
        qsizetype first = pos;
        while (first < end &&
               (source[first] == ' ' || source[first] == '\t' || source[first] == '\f'))
            ++first;
        if (first < end && source[first] != '#')
            break; // code: no cookie on this line or the next
        const QByteArray text = source.mid(first, end - first);
        const qsizetype at = text.indexOf("coding");
        if (at >= 0 && at + 6 < text.size() && (text[at + 6] == ':' || text[at + 6] == '=')) {
            qsizetype b = at + 7;
            while (b < text.size() && (text[b] == ' ' || text[b] == '\t'))
                ++b;
            qsizetype e = b;
            while (e < text.size() && (isAsciiIdentStart(text[e]) || isDigit(text[e]) ||
                                       text[e] == '-' || text[e] == '.'))
                ++e;
            const QByteArray name = text.mid(b, e - b).toLower().replace('_', '-');
            const auto is = [&name](std::initializer_list<const char *> names) {
                for (const char *n : names) {
                    if (name == n || (name.startsWith(n) && name.at(qstrlen(n)) == '-'))
                        return true;
                }
                return false;
            };
            const bool latin1 =
                is({"latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1", "iso-latin-1", "cp819"});
            const bool ascii = is({"ascii", "us-ascii", "646"});
            const auto failWith = [line](const QString &message) {
                return makeError(ErrorKind::Parse, message, QString(), line);
            };
            if (name.isEmpty() || is({"utf-8", "utf8"}))
                return source;
            if (bom)
                return failWith(Tr::tr("encoding problem: %1 with BOM").arg(QLatin1String(name)));
            if (latin1)
                return QString::fromLatin1(source).toUtf8();
            if (!ascii) {
                return failWith(Tr::tr("unsupported source encoding '%1': Retort reads revision "
                                       "files in UTF-8, Latin-1 or ASCII")
                                    .arg(QLatin1String(name)));
            }
            for (char c : source) {
                if (static_cast<uchar>(c) >= 0x80) {
                    return failWith(Tr::tr("(unicode error) 'ascii' codec can't decode byte 0x%1")
                                        .arg(uint(static_cast<uchar>(c)), 2, 16, QChar(u'0')));
                }
            }
            return source;
        }
        pos = end +
              ((end + 1 < source.size() && source[end] == '\r' && source[end + 1] == '\n') ? 2 : 1);
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
