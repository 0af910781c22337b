#include "makotemplate.h"

#include "authoring/makoexpr_p.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <utility>
#include <vector>

// Mirrors mako/lexer.py (1.2): the order in which the lexer tries its rules at each position
// (end, `${`, control line, `<%doc>`, tag start, tag end, `<%` block, text), what text stops
// at, and its quirk of skipping one character when the text rule matches nothing (which is
// how `%%` at a line start becomes `%`). The tree (if/for nesting) and rendering follow
// mako/codegen.py: `${x}` is `str(x)` unless the `n` filter is given, filters apply left to
// right after it, and what is written must be a str.

namespace retort::authoring {

using detail::ExprPtr;

namespace {

struct Node
{
    enum class Kind { Text, Expression, If, For };
    Kind kind = Kind::Text;
    int line = 0;
    QString text;        ///< Text: the text; Expression: its source (for messages)
    ExprPtr expr;        ///< Expression; For: the iterable
    QStringList filters; ///< Expression
    QString variable;    ///< For
    /// If: (condition, body) per branch, a null condition for `else`; For: one body.
    std::vector<std::pair<ExprPtr, std::vector<Node>>> branches;
    bool hasElse = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isIdentifier(const QString &s)
{
    if (s.isEmpty() || s.front().isDigit())
        return false;
    for (QChar c : s)
        if (!isWordChar(c))
            return false;
    return true;
}

/** Mako's adjust_whitespace, reduced to what import checks need: the block's lines,
 *  stripped, without blank lines and comments. */
QStringList codeLines(const QString &code)
{
    QStringList out;
    for (const QString &line : code.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out.append(t);
    }
    return out;
}

class Lexer
{
public:
    Lexer(const QString &text, const QString &path)
        : m_s(text)
        , m_path(path)
    {}

    Result<std::vector<Node>> run()
    {
        skipCodingComment();
        while (m_pos < m_s.size()) {
            Result<bool> matched = matchExpression();
            if (matched && !*matched)
                matched = matchControlLine();
            if (matched && !*matched)
                matched = matchDoc();
            if (matched && !*matched)
                matched = matchTagStart();
            if (matched && !*matched)
                matched = matchTagEnd();
            if (matched && !*matched)
                matched = matchCodeBlock();
            if (!matched)
                return matched.error();
            if (!*matched)
                matchText();
        }
        if (!m_stack.empty()) {
            return error(Tr::tr("Unterminated control keyword: '%1'").arg(m_stack.back().keyword),
                         m_stack.back().node.line);
        }
        return std::move(m_root);
    }

private:
    struct Frame
    {
        QString keyword; ///< "if" or "for"
        Node node;
    };

    const QString &m_s;
    QString m_path;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::vector<Node> m_root;
    std::vector<Frame> m_stack;

    Error error(const QString &message, int line) const
    {
        return makeError(ErrorKind::Parse, message, m_path, line);
    }
    Error unsupported(const QString &what, int line) const
    {
        return error(Tr::tr("%1 is not supported: Retort renders templates without Python and "
                            "knows Mako's ${...} expressions, % if/for control lines, ## "
                            "comments and <%! import %> blocks")
                         .arg(what),
                     line);
    }

    QChar at(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : QChar(); }
    bool startsWith(QStringView what, qsizetype i) const
    {
        return QStringView(m_s).mid(i).startsWith(what);
    }
    void advanceTo(qsizetype end)
    {
        m_line += int(QStringView(m_s).mid(m_pos, end - m_pos).count(QLatin1Char('\n')));
        m_pos = end;
    }
    std::vector<Node> &body()
    {
        return m_stack.empty() ? m_root : m_stack.back().node.branches.back().second;
    }
    void appendText(const QString &text)
    {
        if (text.isEmpty())
            return;
        std::vector<Node> &b = body();
        if (!b.empty() && b.back().kind == Node::Kind::Text) {
            b.back().text += text;
            return;
        }
        Node n;
        n.line = m_line;
        n.text = text;
        b.push_back(std::move(n));
    }

    // Lexer._coding_re, matched once at the very start: the line is consumed.
    void skipCodingComment()
    {
        static const QRegularExpression coding(
            QStringLiteral("\\A#.*coding[:=]\\s*[-\\w.]+.*\\r?\\n"));
        const QRegularExpressionMatch m = coding.match(m_s);
        if (m.hasMatch())
            advanceTo(m.capturedEnd());
    }

    // Lexer.parse_until_text: up to the first of `stops` outside brackets and strings.
    Result<std::pair<QString, QChar>> untilText(QStringView stops, int line)
    {
        const qsizetype start = m_pos;
        int depth = 0;
        qsizetype i = m_pos;
        while (i < m_s.size()) {
            const QChar c = m_s.at(i);
            if (c == u'#') {
                const qsizetype nl = m_s.indexOf(QLatin1Char('\n'), i);
                if (nl >= 0) {
                    i = nl + 1;
                    continue;
                }
            }
            if (c == u'"' || c == u'\'') {
                const QString quote = startsWith(QString(3, c), i) ? QString(3, c) : QString(c);
                qsizetype j = i + quote.size();
                while (j < m_s.size() && !startsWith(quote, j))
                    j += m_s.at(j) == u'\\' ? 2 : 1;
                if (j < m_s.size()) {
                    i = j + quote.size();
                    continue;
                }
            }
            if (stops.contains(c) && depth <= 0) {
                QString text = m_s.mid(start, i - start);
                advanceTo(i + 1);
                return std::pair{text, c};
            }
            if (c == u'(' || c == u'[' || c == u'{')
                ++depth;
            else if (c == u')' || c == u']' || c == u'}')
                --depth;
            ++i;
        }
        QStringList expected;
        for (QChar s : stops)
            expected.append(s == u'|' ? QStringLiteral("\\|") : QString(s));
        return error(Tr::tr("Expected: %1").arg(expected.join(QLatin1Char(','))), line);
    }

    Result<bool> matchExpression()
    {
        if (!startsWith(u"${", m_pos))
            return false;
        const int line = m_line;
        advanceTo(m_pos + 2);
        auto text = untilText(u"|}", line);
        if (!text)
            return text.error();
        QString filters;
        if (text->second == u'|') {
            auto rest = untilText(u"}", line);
            if (!rest)
                return rest.error();
            filters = rest->first.trimmed();
        }
        QString source = text->first;
        source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        Result<ExprPtr> expr = detail::parseExpression(source);
        if (!expr) {
            return error(
                Tr::tr("invalid expression ${%1}: %2").arg(source.trimmed(), expr.error().message),
                line + expr.error().line);
        }
        Node n;
        n.kind = Node::Kind::Expression;
        n.line = line;
        n.text = source.trimmed();
        n.expr = *expr;
        if (!filters.isEmpty()) {
            for (const QString &f : filters.split(QLatin1Char(','))) {
                const QString name = f.trimmed();
                if (!isIdentifier(name))
                    return unsupported(Tr::tr("The filter '%1'").arg(name), line);
                n.filters.append(name);
            }
        }
        body().push_back(std::move(n));
        return true;
    }

    bool atLineStart(qsizetype i) const { return i == 0 || m_s.at(i - 1) == u'\n'; }

    Result<bool> matchControlLine()
    {
        if (!atLineStart(m_pos))
            return false;
        qsizetype i = m_pos;
        while (at(i) == u' ' || at(i) == u'\t')
            ++i;
        bool comment = false;
        if (startsWith(u"##", i))
            comment = true;
        else if (!(at(i) == u'%' && at(i + 1) != u'%'))
            return false;
        i += comment ? 2 : 1;
        while (at(i) == u' ' || at(i) == u'\t')
            ++i;
        QString text;
        for (;;) {
            if (i >= m_s.size())
                break;
            if (at(i) == u'\\' && (at(i + 1) == u'\n' || startsWith(u"\r\n", i + 1))) {
                const qsizetype width = at(i + 1) == u'\n' ? 2 : 3;
                text += m_s.mid(i, width);
                i += width;
                continue;
            }
            if (at(i) == u'\n' || startsWith(u"\r\n", i)) {
                i += at(i) == u'\n' ? 1 : 2;
                break;
            }
            if (at(i) == u'\r')
                return false; // a lone CR: the control-line pattern does not match
            text += at(i++);
        }
        const int line = m_line;
        advanceTo(i);
        if (comment)
            return true;
        return controlLine(text, line);
    }

    Result<bool> controlLine(const QString &text, int line)
    {
        static const QRegularExpression parts(QStringLiteral("\\A(end)?(\\w+)\\s*(.*)\\z"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = parts.match(text);
        if (!m.hasMatch())
            return error(Tr::tr("Invalid control line: '%1'").arg(text), line);
        const bool isEnd = m.hasCaptured(1);
        const QString keyword = m.captured(2);
        const QString rest = m.captured(3);
        if (isEnd) {
            if (m_stack.empty())
                return error(Tr::tr("No starting keyword '%1' for '%2'").arg(keyword, text), line);
            if (m_stack.back().keyword != keyword)
                return error(Tr::tr("Keyword '%1' doesn't match keyword '%2'")
                                 .arg(text, m_stack.back().keyword),
                             line);
            Node done = std::move(m_stack.back().node);
            m_stack.pop_back();
            body().push_back(std::move(done));
            return true;
        }
        if (keyword == u"if") {
            Result<ExprPtr> condition = parseCondition(rest, line);
            if (!condition)
                return condition.error();
            Frame frame{keyword, Node{}};
            frame.node.kind = Node::Kind::If;
            frame.node.line = line;
            frame.node.branches.emplace_back(*condition, std::vector<Node>{});
            m_stack.push_back(std::move(frame));
            return true;
        }
        if (keyword == u"elif" || keyword == u"else") {
            if (m_stack.empty() || m_stack.back().keyword != u"if")
                return error(Tr::tr("'%1' without a matching '% if'").arg(keyword), line);
            Node &node = m_stack.back().node;
            if (node.hasElse)
                return error(Tr::tr("'%1' after '% else'").arg(keyword), line);
            ExprPtr condition;
            if (keyword == u"elif") {
                Result<ExprPtr> parsed = parseCondition(rest, line);
                if (!parsed)
                    return parsed.error();
                condition = *parsed;
            } else {
                if (rest.trimmed() != u":")
                    return error(Tr::tr("Invalid control line: '%1'").arg(text), line);
                node.hasElse = true;
            }
            node.branches.emplace_back(condition, std::vector<Node>{});
            return true;
        }
        if (keyword == u"for") {
            static const QRegularExpression loop(QStringLiteral("\\A(\\w+)\\s+in\\s+(.*)\\z"),
                                                 QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch lm = loop.match(rest);
            if (!lm.hasMatch() || !isIdentifier(lm.captured(1)))
                return unsupported(Tr::tr("The loop '% %1'").arg(text.trimmed()), line);
            Result<ExprPtr> iterable = parseCondition(lm.captured(2), line);
            if (!iterable)
                return iterable.error();
            Frame frame{keyword, Node{}};
            frame.node.kind = Node::Kind::For;
            frame.node.line = line;
            frame.node.variable = lm.captured(1);
            frame.node.expr = *iterable;
            frame.node.branches.emplace_back(nullptr, std::vector<Node>{});
            m_stack.push_back(std::move(frame));
            return true;
        }
        return unsupported(Tr::tr("The control line '% %1'").arg(text.trimmed()), line);
    }

    Result<ExprPtr> parseCondition(const QString &text, int line) const
    {
        Result<ExprPtr> expr = detail::parseExpression(text, true);
        if (!expr) {
            return error(Tr::tr("invalid control line expression '%1': %2")
                             .arg(text.trimmed(), expr.error().message),
                         line + expr.error().line);
        }
        return expr;
    }

    Result<bool> matchDoc()
    {
        if (!startsWith(u"<%doc>", m_pos))
            return false;
        const qsizetype end = m_s.indexOf(QStringLiteral("</%doc>"), m_pos + 6);
        if (end < 0)
            return error(Tr::tr("Unclosed tag: <%doc>"), m_line);
        advanceTo(end + 7);
        return true;
    }

    Result<bool> matchTagStart()
    {
        static const QRegularExpression tag(
            QStringLiteral("\\G<%([\\w.:]+)((?:\\s+\\w+|\\s*=\\s*|\"[^\"]*?\"|'[^']*?'|\\s*,\\s*)*)"
                           "\\s*(/)?>"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = tag.match(m_s, m_pos);
        if (!m.hasMatch())
            return false;
        const int line = m_line;
        const QString keyword = m.captured(1);
        if (keyword != u"text")
            return unsupported(Tr::tr("The Mako tag <%%1>").arg(keyword), line);
        advanceTo(m.capturedEnd());
        if (m.hasCaptured(3))
            return true; // <%text/>
        const qsizetype end = m_s.indexOf(QStringLiteral("</%text>"), m_pos);
        if (end < 0)
            return error(Tr::tr("Unclosed tag: <%text>"), line);
        appendText(m_s.mid(m_pos, end - m_pos));
        advanceTo(end + 8);
        return true;
    }

    Result<bool> matchTagEnd()
    {
        static const QRegularExpression tag(QStringLiteral("\\G</%[\\t ]*([^\\t ]+?)[\\t ]*>"));
        const QRegularExpressionMatch m = tag.match(m_s, m_pos);
        if (!m.hasMatch())
            return false;
        return error(Tr::tr("Closing tag without opening tag: </%%1>").arg(m.captured(1)), m_line);
    }

    Result<bool> matchCodeBlock()
    {
        if (!startsWith(u"<%", m_pos))
            return false;
        const int line = m_line;
        const bool module = at(m_pos + 2) == u'!';
        if (!module)
            return unsupported(Tr::tr("A Python code block <% ... %>"), line);
        const qsizetype end = m_s.indexOf(QStringLiteral("%>"), m_pos + 3);
        if (end < 0)
            return error(Tr::tr("Expected: %>"), line);
        const QString code = m_s.mid(m_pos + 3, end - m_pos - 3);
        static const QRegularExpression import(QStringLiteral(
            "\\A(import\\s+[\\w.]+(\\s+as\\s+\\w+)?(\\s*,\\s*[\\w.]+(\\s+as\\s+\\w+)?)*"
            "|from\\s+[\\w.]+\\s+import\\s+[\\w\\s,()*]+)\\z"));
        for (const QString &statement : codeLines(code)) {
            if (!import.match(statement).hasMatch()) {
                return unsupported(
                    Tr::tr("'%1' in a <%! %> block (only imports are accepted there, and "
                           "ignored)")
                        .arg(statement),
                    line);
            }
        }
        advanceTo(end + 2);
        return true;
    }

    // Lexer.match_text: text up to a line starting with `%`/`##`, `${`, `<%`, `</%`, `<&`,
    // `</&` (not consumed) or a backslash-newline (consumed, dropped).
    void matchText()
    {
        qsizetype i = m_pos;
        for (; i < m_s.size(); ++i) {
            if (i > 0 && m_s.at(i - 1) == u'\n') {
                qsizetype j = i;
                while (at(j) == u' ' || at(j) == u'\t')
                    ++j;
                if (at(j) == u'%' || startsWith(u"##", j))
                    break;
            }
            const QChar c = m_s.at(i);
            if (c == u'$' && at(i + 1) == u'{')
                break;
            if (c == u'<' && (at(i + 1) == u'%' || at(i + 1) == u'&' ||
                              (at(i + 1) == u'/' && (at(i + 2) == u'%' || at(i + 2) == u'&'))))
                break;
            if (c == u'\\' && (at(i + 1) == u'\n' || startsWith(u"\r\n", i + 1))) {
                appendText(m_s.mid(m_pos, i - m_pos));
                advanceTo(i + (at(i + 1) == u'\n' ? 2 : 3));
                return;
            }
        }
        if (i == m_pos) { // an empty match: Mako moves on by one character, dropping it
            advanceTo(m_pos + 1);
            return;
        }
        appendText(m_s.mid(m_pos, i - m_pos));
        advanceTo(i);
    }
};

class Renderer
{
public:
    Renderer(const QString &path)
        : m_path(path)
    {}

    Result<void> run(const std::vector<Node> &nodes, TemplateContext &context, QString &out) const
    {
        for (const Node &node : nodes) {
            switch (node.kind) {
            case Node::Kind::Text:
                out += node.text;
                break;
            case Node::Kind::Expression: {
                Result<QString> text = expression(node, context);
                if (!text)
                    return text.error();
                out += *text;
                break;
            }
            case Node::Kind::If:
                for (const auto &[condition, body] : node.branches) {
                    bool taken = true;
                    if (condition) {
                        Result<TemplateValue> value = detail::evaluate(*condition, context);
                        if (!value)
                            return located(value.error(), node.line);
                        taken = value->truthy();
                    }
                    if (taken) {
                        if (Result<void> r = run(body, context, out); !r)
                            return r;
                        break;
                    }
                }
                break;
            case Node::Kind::For: {
                Result<TemplateValue> sequence = detail::evaluate(*node.expr, context);
                if (!sequence)
                    return located(sequence.error(), node.line);
                std::vector<TemplateValue> items;
                if (sequence->isStr()) {
                    for (char32_t c : sequence->text().toUcs4())
                        items.push_back(TemplateValue::string(QString::fromUcs4(&c, 1)));
                } else if (sequence->kind() == TemplateValue::Kind::Tuple ||
                           sequence->kind() == TemplateValue::Kind::List) {
                    items = sequence->items();
                } else {
                    return located(
                        makeError(ErrorKind::Parse,
                                  Tr::tr("'%1' object is not iterable").arg(sequence->typeName())),
                        node.line);
                }
                for (const TemplateValue &item : items) {
                    context.insert(node.variable, item);
                    if (Result<void> r = run(node.branches.front().second, context, out); !r)
                        return r;
                }
                break;
            }
            }
        }
        return {};
    }

private:
    QString m_path;

    Error located(Error e, int line) const
    {
        e.file = m_path;
        e.line = line;
        return e;
    }

    Result<QString> expression(const Node &node, const TemplateContext &context) const
    {
        Result<TemplateValue> value = detail::evaluate(*node.expr, context);
        if (!value)
            return located(value.error(), node.line);
        TemplateValue v = std::move(value).value();
        QStringList filters = node.filters;
        if (!filters.contains(QStringLiteral("n")))
            filters.prepend(QStringLiteral("str"));
        for (const QString &filter : std::as_const(filters)) {
            if (filter == u"n")
                continue;
            if (v.isUndefined())
                return located(
                    makeError(ErrorKind::Parse,
                              Tr::tr("'%1' is undefined (in ${%2})").arg(v.text(), node.text)),
                    node.line);
            Result<TemplateValue> next = applyFilter(filter, v, context);
            if (!next)
                return located(next.error(), node.line);
            v = std::move(next).value();
        }
        if (v.isUndefined())
            return located(
                makeError(ErrorKind::Parse,
                          Tr::tr("'%1' is undefined (in ${%2})").arg(v.text(), node.text)),
                node.line);
        if (!v.isStr())
            return located(makeError(ErrorKind::Parse,
                                     Tr::tr("${%1} gives a %2 where a str is needed (the 'n' "
                                            "filter turns off the conversion to str)")
                                         .arg(node.text, v.typeName())),
                           node.line);
        return v.text();
    }

    static Result<TemplateValue>
    applyFilter(const QString &filter, const TemplateValue &v, const TemplateContext &context)
    {
        if (filter == u"str" || filter == u"unicode")
            return TemplateValue::string(v.str());
        if (filter == u"trim") {
            if (!v.isStr())
                return makeError(ErrorKind::Parse,
                                 Tr::tr("the 'trim' filter needs a str, not %1").arg(v.typeName()));
            return TemplateValue::string(v.text().trimmed());
        }
        if (filter == u"h") {
            QString s = v.str();
            s.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
                .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
                .replace(QLatin1Char('>'), QStringLiteral("&gt;"))
                .replace(QLatin1Char('"'), QStringLiteral("&#34;"))
                .replace(QLatin1Char('\''), QStringLiteral("&#39;"));
            return TemplateValue::string(s);
        }
        const auto it = context.constFind(filter);
        if (it != context.constEnd() && it->kind() == TemplateValue::Kind::Function)
            return detail::callFunction(it->text(), {v});
        if (it == context.constEnd() && detail::isBuiltinFunction(filter))
            return detail::callFunction(filter, {v});
        return makeError(ErrorKind::Parse,
                         Tr::tr("unknown filter '%1' (Retort knows n, str, trim, h, repr, len "
                                "and the template's functions such as comma)")
                             .arg(filter));
    }
};

} // namespace

struct MakoTemplate::Body
{
    std::vector<Node> nodes;
};

Result<MakoTemplate> MakoTemplate::parse(const QString &text, const QString &path)
{
    Lexer lexer(text, path);
    Result<std::vector<Node>> nodes = lexer.run();
    if (!nodes)
        return nodes.error();
    MakoTemplate t;
    auto body = std::make_shared<Body>();
    body->nodes = std::move(nodes).value();
    t.m_body = std::move(body);
    t.m_path = path;
    return t;
}

Result<MakoTemplate> MakoTemplate::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read the template %1: %2").arg(path, file.errorString()),
                         path);
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    static const QRegularExpression coding(QStringLiteral("\\A#.*coding[:=]\\s*([-\\w.]+)"));
    const QRegularExpressionMatch m =
        coding.match(QString::fromLatin1(bytes.left(bytes.indexOf('\n'))));
    if (m.hasMatch()) {
        const QString encoding =
            m.captured(1).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (encoding != u"utf-8" && encoding != u"utf8" && encoding != u"ascii") {
            return makeError(ErrorKind::Parse,
                             Tr::tr("The template declares the encoding '%1'; Retort reads "
                                    "templates as UTF-8")
                                 .arg(m.captured(1)),
                             path, 1);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return makeError(ErrorKind::Parse,
                         Tr::tr("Unicode decode operation of encoding 'utf-8' failed"), path);
    }
    return parse(text, path);
}

Result<QString> MakoTemplate::render(const TemplateContext &context) const
{
    QString out;
    if (!m_body)
        return out;
    TemplateContext scope = context;
    Renderer renderer(m_path);
    if (Result<void> r = renderer.run(m_body->nodes, scope, out); !r)
        return r.error();
    return out;
}

} // namespace retort::authoring
