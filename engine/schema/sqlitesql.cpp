#include "schema/sqlitesql_p.h"

namespace retort::schema::detail {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() > 127;
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit() || c == QLatin1Char('$');
}

bool isPlainName(const QString &s)
{
    if (s.isEmpty() || !isNameStart(s.front()) || s.front().unicode() > 127)
        return false;
    for (QChar c : s)
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return true;
}

/** The end of a quoted token that starts at `i` and closes with `close` (doubled: escaped). */
qsizetype quotedEnd(const QString &sql, qsizetype i, QChar close)
{
    qsizetype j = i + 1;
    while (j < sql.size()) {
        if (sql[j] == close) {
            if (close != QLatin1Char(']') && j + 1 < sql.size() && sql[j + 1] == close) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        ++j;
    }
    return sql.size();
}

} // namespace

QString SqlToken::name() const
{
    if (kind == Kind::Word)
        return text;
    if (kind != Kind::QuotedName || text.size() < 2)
        return {};
    const QChar q = text.front();
    QString inner = text.mid(1, text.size() - 2);
    if (q == QLatin1Char('"'))
        inner.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    else if (q == QLatin1Char('`'))
        inner.replace(QStringLiteral("``"), QStringLiteral("`"));
    return inner;
}

bool SqlToken::isWord(const char *upper) const
{
    return kind == Kind::Word && text.compare(QLatin1StringView(upper), Qt::CaseInsensitive) == 0;
}

QList<SqlToken> tokenizeSqlite(const QString &sql)
{
    QList<SqlToken> out;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const qsizetype e = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = e < 0 ? n : e + 2;
            continue;
        }
        SqlToken t;
        t.start = i;
        if (c == QLatin1Char('\'')) {
            t.kind = SqlToken::Kind::String;
            i = quotedEnd(sql, i, c);
        } else if ((c == QLatin1Char('x') || c == QLatin1Char('X')) && i + 1 < n &&
                   sql[i + 1] == QLatin1Char('\'')) {
            t.kind = SqlToken::Kind::String;
            i = quotedEnd(sql, i + 1, QLatin1Char('\''));
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            t.kind = SqlToken::Kind::QuotedName;
            i = quotedEnd(sql, i, c);
        } else if (c == QLatin1Char('[')) {
            t.kind = SqlToken::Kind::QuotedName;
            i = quotedEnd(sql, i, QLatin1Char(']'));
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && sql[i + 1].isDigit())) {
            t.kind = SqlToken::Kind::Number;
            while (i < n && (sql[i].isLetterOrNumber() || sql[i] == QLatin1Char('.') ||
                             ((sql[i] == QLatin1Char('+') || sql[i] == QLatin1Char('-')) &&
                              (sql[i - 1] == QLatin1Char('e') || sql[i - 1] == QLatin1Char('E')))))
                ++i;
        } else if (isNameStart(c)) {
            t.kind = SqlToken::Kind::Word;
            while (i < n && isNameChar(sql[i]))
                ++i;
        } else {
            t.kind = SqlToken::Kind::Punct;
            static const QStringList two{
                QStringLiteral("||"), QStringLiteral("<="), QStringLiteral(">="),
                QStringLiteral("<>"), QStringLiteral("!="), QStringLiteral("=="),
                QStringLiteral("<<"), QStringLiteral(">>"), QStringLiteral("->")};
            i += two.contains(sql.mid(i, 2)) ? 2 : 1;
        }
        t.end = i;
        t.text = sql.mid(t.start, t.end - t.start);
        out.append(t);
    }
    return out;
}

QString normalizedSql(const QList<SqlToken> &tokens, qsizetype from)
{
    QString out;
    for (qsizetype i = from; i < tokens.size(); ++i) {
        const SqlToken &t = tokens[i];
        if (i > from)
            out += QLatin1Char(' ');
        switch (t.kind) {
        case SqlToken::Kind::Word:
            out += t.text.toLower();
            break;
        case SqlToken::Kind::QuotedName: {
            const QString n = t.name();
            if (isPlainName(n))
                out += n.toLower();
            else
                out += QLatin1Char('"') +
                       QString(n).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                       QLatin1Char('"');
            break;
        }
        default:
            out += t.text;
        }
    }
    return out;
}

qsizetype afterCreateName(const QList<SqlToken> &tokens)
{
    qsizetype i = 0;
    if (i >= tokens.size() || !tokens[i].isWord("CREATE"))
        return -1;
    ++i;
    while (i < tokens.size() && (tokens[i].isWord("TEMP") || tokens[i].isWord("TEMPORARY") ||
                                 tokens[i].isWord("UNIQUE") || tokens[i].isWord("VIRTUAL")))
        ++i;
    if (i >= tokens.size())
        return -1;
    ++i; // TABLE, INDEX, VIEW, TRIGGER
    if (i + 2 < tokens.size() && tokens[i].isWord("IF") && tokens[i + 1].isWord("NOT") &&
        tokens[i + 2].isWord("EXISTS"))
        i += 3;
    if (i >= tokens.size())
        return -1;
    ++i; // the name, or the schema
    if (i + 1 < tokens.size() && tokens[i].kind == SqlToken::Kind::Punct &&
        tokens[i].text == QLatin1String("."))
        i += 2;
    return i <= tokens.size() ? i : -1;
}

TableParts splitCreateTable(const QString &sql)
{
    TableParts parts;
    const QList<SqlToken> tokens = tokenizeSqlite(sql);
    const qsizetype open = afterCreateName(tokens);
    if (open < 0 || open >= tokens.size() || tokens[open].text != QLatin1String("("))
        return parts;
    int depth = 0;
    qsizetype itemStart = open + 1;
    const auto isConstraintStart = [](const SqlToken &t) {
        return t.isWord("CONSTRAINT") || t.isWord("PRIMARY") || t.isWord("UNIQUE") ||
               t.isWord("CHECK") || t.isWord("FOREIGN");
    };
    for (qsizetype i = open; i < tokens.size(); ++i) {
        const QString &x = tokens[i].text;
        if (tokens[i].kind != SqlToken::Kind::Punct)
            continue;
        if (x == QLatin1String("(")) {
            ++depth;
            continue;
        }
        if (x != QLatin1String(")") && !(x == QLatin1String(",") && depth == 1)) {
            continue;
        }
        if (x == QLatin1String(")") && --depth > 0)
            continue;
        if (itemStart < i) {
            const QString text =
                sql.mid(tokens[itemStart].start, tokens[i - 1].end - tokens[itemStart].start);
            if (isConstraintStart(tokens[itemStart]) || !parts.constraints.isEmpty()) {
                parts.constraints.append(text);
            } else {
                parts.columns.append(text);
                parts.columnNames.append(tokens[itemStart].name());
            }
        }
        itemStart = i + 1;
        if (depth == 0) {
            if (i + 1 < tokens.size())
                parts.options = sql.mid(tokens[i + 1].start).trimmed();
            if (parts.options.endsWith(QLatin1Char(';')))
                parts.options.chop(1);
            parts.ok = !parts.columns.isEmpty();
            return parts;
        }
    }
    return parts;
}

bool mentions(const QList<SqlToken> &tokens, const QString &name)
{
    for (const SqlToken &t : tokens)
        if ((t.kind == SqlToken::Kind::Word || t.kind == SqlToken::Kind::QuotedName) &&
            t.name().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace retort::schema::detail
