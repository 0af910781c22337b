#include "codehighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace retort {

namespace {

enum BlockState { Normal = 0, InTripleDouble = 1, InTripleSingle = 2, InBlockComment = 3 };

} // namespace

CodeHighlighter::CodeHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    buildRules();
}

void CodeHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    buildRules();
    rehighlight();
}

void CodeHighlighter::buildRules()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat keyword;
    keyword.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x33, 0xb3));
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat builtin;
    builtin.setForeground(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x87, 0x10, 0x94));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x17, 0x50, 0xeb));
    m_stringFormat = {};
    m_stringFormat.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x06, 0x7d, 0x17));
    m_commentFormat = {};
    m_commentFormat.setForeground(dark ? QColor(0x90, 0x90, 0x90) : QColor(0x8c, 0x8c, 0x8c));
    m_commentFormat.setFontItalic(true);

    m_rules.clear();
    QStringList words;
    if (m_language == Language::Python) {
        words = {QStringLiteral("and"),    QStringLiteral("as"),     QStringLiteral("assert"),
                 QStringLiteral("class"),  QStringLiteral("def"),    QStringLiteral("elif"),
                 QStringLiteral("else"),   QStringLiteral("except"), QStringLiteral("False"),
                 QStringLiteral("for"),    QStringLiteral("from"),   QStringLiteral("if"),
                 QStringLiteral("import"), QStringLiteral("in"),     QStringLiteral("is"),
                 QStringLiteral("lambda"), QStringLiteral("None"),   QStringLiteral("not"),
                 QStringLiteral("or"),     QStringLiteral("pass"),   QStringLiteral("raise"),
                 QStringLiteral("return"), QStringLiteral("True"),   QStringLiteral("try"),
                 QStringLiteral("while"),  QStringLiteral("with"),   QStringLiteral("yield")};
        m_rules.append(
            {QRegularExpression(QStringLiteral("\\b(op|sa|alembic|sqlalchemy)\\b")), builtin});
        m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), number});
    } else {
        words = {QStringLiteral("add"),     QStringLiteral("alter"),      QStringLiteral("and"),
                 QStringLiteral("as"),      QStringLiteral("begin"),      QStringLiteral("by"),
                 QStringLiteral("cascade"), QStringLiteral("check"),      QStringLiteral("column"),
                 QStringLiteral("commit"),  QStringLiteral("constraint"), QStringLiteral("create"),
                 QStringLiteral("default"), QStringLiteral("delete"),     QStringLiteral("drop"),
                 QStringLiteral("exists"),  QStringLiteral("foreign"),    QStringLiteral("from"),
                 QStringLiteral("if"),      QStringLiteral("index"),      QStringLiteral("insert"),
                 QStringLiteral("into"),    QStringLiteral("key"),        QStringLiteral("not"),
                 QStringLiteral("null"),    QStringLiteral("on"),         QStringLiteral("or"),
                 QStringLiteral("primary"), QStringLiteral("references"), QStringLiteral("rename"),
                 QStringLiteral("select"),  QStringLiteral("set"),        QStringLiteral("table"),
                 QStringLiteral("to"),      QStringLiteral("type"),       QStringLiteral("unique"),
                 QStringLiteral("update"),  QStringLiteral("values"),     QStringLiteral("view"),
                 QStringLiteral("where")};
        m_rules.append(
            {QRegularExpression(
                 QStringLiteral("\\b(integer|bigint|serial|bigserial|varchar|text|boolean|"
                                "timestamp|date|time|numeric|uuid|jsonb?)\\b"),
                 QRegularExpression::CaseInsensitiveOption),
             builtin});
        m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), number});
    }
    m_rules.prepend(
        {QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(words.join(u'|')),
                            m_language == Language::Sql ? QRegularExpression::CaseInsensitiveOption
                                                        : QRegularExpression::NoPatternOption),
         keyword});
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
    // Strings and comments, left to right, with multi-line state.
    setCurrentBlockState(Normal);
    int i = 0;
    const int n = int(text.size());
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    const auto closeMulti = [&](const QString &closer, int from) {
        const int end = int(text.indexOf(closer, from));
        if (end < 0) {
            setFormat(from, n - from, state == InBlockComment ? m_commentFormat : m_stringFormat);
            setCurrentBlockState(state);
            return n;
        }
        setFormat(from, end + int(closer.size()) - from,
                  state == InBlockComment ? m_commentFormat : m_stringFormat);
        state = Normal;
        return end + int(closer.size());
    };
    if (state == InTripleDouble)
        i = closeMulti(QStringLiteral("\"\"\""), 0);
    else if (state == InTripleSingle)
        i = closeMulti(QStringLiteral("'''"), 0);
    else if (state == InBlockComment)
        i = closeMulti(QStringLiteral("*/"), 0);
    while (i < n) {
        const QChar c = text.at(i);
        const bool python = m_language == Language::Python;
        if ((python && c == u'#') ||
            (!python && c == u'-' && i + 1 < n && text.at(i + 1) == u'-')) {
            setFormat(i, n - i, m_commentFormat);
            return;
        }
        if (!python && c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            state = InBlockComment;
            i = closeMulti(QStringLiteral("*/"), i);
            continue;
        }
        if (python && (text.mid(i, 3) == QStringLiteral("\"\"\"") ||
                       text.mid(i, 3) == QStringLiteral("'''"))) {
            const QString quote = text.mid(i, 3);
            state = quote.at(0) == u'"' ? InTripleDouble : InTripleSingle;
            const int end = int(text.indexOf(quote, i + 3));
            if (end < 0) {
                setFormat(i, n - i, m_stringFormat);
                setCurrentBlockState(state);
                return;
            }
            setFormat(i, end + 3 - i, m_stringFormat);
            state = Normal;
            i = end + 3;
            continue;
        }
        if (c == u'\'' || (python && c == u'"')) {
            int j = i + 1;
            while (j < n && text.at(j) != c) {
                if (python && text.at(j) == u'\\')
                    ++j;
                ++j;
            }
            setFormat(i, std::min(n, j + 1) - i, m_stringFormat);
            i = j + 1;
            continue;
        }
        ++i;
    }
}

} // namespace retort
