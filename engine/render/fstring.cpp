#include "pyparser_p.h"

#include "script/pystring.h"

#include <string>

// f-strings: the tokenizer returns one String token; its replacement fields are parsed here,
// each expression by a nested Parser whose positions are mapped back into the file.

namespace retort::render::detail {

namespace {

constexpr int MaxFormatNesting = 2; // Python allows a field inside a format spec, no deeper

int codePoints(std::string_view s)
{
    int n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

} // namespace

ExprPtr Parser::fstring(const PyToken &t)
{
    const std::string_view text = t.text;
    size_t i = 0;
    while (i < text.size() && text[i] != '\'' && text[i] != '"')
        ++i;
    const size_t quoteLength = (t.stringFlags & PyStringTriple) ? 3 : 1;
    if (text.size() < i + 2 * quoteLength) {
        syntaxError(t);
        return nullptr;
    }
    auto out = std::make_unique<Expr>();
    out->kind = Expr::Kind::FString;
    out->loc = locOf(t);
    const std::string_view body = text.substr(i + quoteLength, text.size() - i - 2 * quoteLength);
    if (!fstringParts(*out, body, t, int(i + quoteLength), 0))
        return nullptr;
    return out;
}

bool Parser::fstringParts(Expr &out, std::string_view body, const PyToken &t, int offset, int depth)
{
    const SourceLoc tokenLoc = locOf(t);
    const std::string_view whole = t.text;
    // The file position of byte `at` of the token's text.
    const auto positionOf = [&](size_t at) {
        const std::string_view before = whole.substr(0, at);
        const size_t nl = before.find_last_of("\r\n");
        if (nl == std::string_view::npos)
            return SourceLoc{tokenLoc.line, tokenLoc.column + codePoints(before)};
        int lines = 0;
        for (size_t k = 0; k < before.size(); ++k) {
            if (before[k] == '\n' ||
                (before[k] == '\r' && (k + 1 >= before.size() || before[k + 1] != '\n')))
                ++lines;
        }
        return SourceLoc{tokenLoc.line + lines, 1 + codePoints(before.substr(nl + 1))};
    };
    const auto fieldError = [&](size_t at, const QString &message) {
        const SourceLoc loc = positionOf(at);
        fail(makeError(ErrorKind::Parse, Tr::tr("%1 (column %2)").arg(message).arg(loc.column),
                       m_path, loc.line));
        return false;
    };
    const bool raw = t.stringFlags & PyStringRaw;
    const size_t quoteStart = whole.find_first_of("'\"");
    const std::string quote(whole.substr(quoteStart, (t.stringFlags & PyStringTriple) ? 3 : 1));

    std::string literal;
    size_t literalStart = 0;
    const auto flush = [&]() {
        if (literal.empty())
            return true;
        QString value;
        if (raw) {
            value = QString::fromUtf8(literal.data(), qsizetype(literal.size()));
        } else {
            // Escapes are decoded as in a plain literal with the same quotes.
            const std::string wrapped = quote + literal + quote;
            PyToken fake = t;
            fake.stringFlags = t.stringFlags & ~quint8(PyStringFormat);
            fake.text = wrapped;
            const Result<QString> s = decodePyString(fake);
            if (!s.ok())
                return fieldError(size_t(offset) + literalStart, s.error().message);
            value = *s;
        }
        auto c = std::make_unique<Expr>();
        c->kind = Expr::Kind::Constant;
        c->loc = positionOf(size_t(offset) + literalStart);
        c->value = Value::string(std::move(value));
        out.items.push_back(std::move(c));
        literal.clear();
        return true;
    };

    size_t i = 0;
    while (i < body.size()) {
        const char ch = body[i];
        if (ch == '}') {
            if (i + 1 < body.size() && body[i + 1] == '}') {
                if (literal.empty())
                    literalStart = i;
                literal += '}';
                i += 2;
                continue;
            }
            return fieldError(size_t(offset) + i, Tr::tr("f-string: single '}' is not allowed"));
        }
        if (ch != '{') {
            if (literal.empty())
                literalStart = i;
            literal += ch;
            if (ch == '\\' && !raw && i + 1 < body.size() && body[i + 1] != '{' &&
                body[i + 1] != '}') {
                literal += body[i + 1];
                ++i;
            }
            ++i;
            continue;
        }
        if (i + 1 < body.size() && body[i + 1] == '{') {
            if (literal.empty())
                literalStart = i;
            literal += '{';
            i += 2;
            continue;
        }
        if (!flush())
            return false;
        // A replacement field: the expression ends at depth 0 on '}', '!', ':' or a
        // debugging '='.
        const size_t exprStart = i + 1;
        size_t j = exprStart;
        int nesting = 0;
        char inString = 0;
        size_t debugAt = std::string_view::npos;
        for (; j < body.size(); ++j) {
            const char c = body[j];
            if (inString) {
                if (c == '\\')
                    ++j;
                else if (c == inString)
                    inString = 0;
                continue;
            }
            if (c == '\'' || c == '"') {
                inString = c;
            } else if (c == '(' || c == '[' || c == '{') {
                ++nesting;
            } else if (c == ')' || c == ']' || (c == '}' && nesting > 0)) {
                --nesting;
            } else if (nesting == 0) {
                if (c == '}' || c == ':')
                    break;
                if (c == '!' && !(j + 1 < body.size() && body[j + 1] == '='))
                    break;
                if (c == '=' && !(j + 1 < body.size() && body[j + 1] == '=') &&
                    !(j > exprStart &&
                      std::string_view("=!<>").find(body[j - 1]) != std::string_view::npos)) {
                    debugAt = j;
                    break;
                }
            }
        }
        if (j >= body.size())
            return fieldError(size_t(offset) + i, Tr::tr("f-string: expecting '}'"));
        const std::string_view exprText = body.substr(exprStart, j - exprStart);
        if (exprText.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return fieldError(size_t(offset) + i, Tr::tr("f-string: empty expression not allowed"));

        auto field = std::make_unique<Expr>();
        field->kind = Expr::Kind::Formatted;
        const SourceLoc exprLoc = positionOf(size_t(offset) + exprStart);
        field->loc = exprLoc;
        {
            const QByteArray wrapped =
                '(' + QByteArray(exprText.data(), qsizetype(exprText.size())) + ')';
            Parser sub(wrapped, m_path, SourceLoc{exprLoc.line, exprLoc.column - 1});
            sub.m_depth = m_depth + 1;
            field->a = sub.parseStandaloneExpr();
            if (sub.failed()) {
                fail(sub.error());
                return false;
            }
        }
        if (debugAt != std::string_view::npos) {
            field->text =
                QString::fromUtf8(body.data() + exprStart, qsizetype(debugAt + 1 - exprStart));
            j = debugAt + 1;
            while (j < body.size() && (body[j] == ' ' || body[j] == '\t'))
                ++j;
        }
        if (j < body.size() && body[j] == '!') {
            if (j + 1 >= body.size() ||
                std::string_view("rsa").find(body[j + 1]) == std::string_view::npos)
                return fieldError(
                    size_t(offset) + j,
                    Tr::tr("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            field->name = QString(QLatin1Char(body[j + 1]));
            j += 2;
        }
        if (j < body.size() && body[j] == ':') {
            if (depth >= MaxFormatNesting)
                return fieldError(size_t(offset) + j,
                                  Tr::tr("f-string: expressions nested too deeply"));
            // The spec runs to the matching '}'.
            size_t k = j + 1;
            int braces = 0;
            for (; k < body.size(); ++k) {
                if (body[k] == '{')
                    ++braces;
                else if (body[k] == '}') {
                    if (braces == 0)
                        break;
                    --braces;
                }
            }
            if (k >= body.size())
                return fieldError(size_t(offset) + i, Tr::tr("f-string: expecting '}'"));
            auto spec = std::make_unique<Expr>();
            spec->kind = Expr::Kind::FString;
            spec->loc = positionOf(size_t(offset) + j + 1);
            if (!fstringParts(*spec, body.substr(j + 1, k - j - 1), t, int(size_t(offset) + j + 1),
                              depth + 1))
                return false;
            field->b = std::move(spec);
            j = k;
        }
        if (j >= body.size() || body[j] != '}')
            return fieldError(size_t(offset) + i, Tr::tr("f-string: expecting '}'"));
        out.items.push_back(std::move(field));
        i = j + 1;
    }
    return flush();
}

} // namespace retort::render::detail
