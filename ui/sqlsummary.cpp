#include "sqlsummary.h"

#include <QCoreApplication>

namespace retort {

namespace {

struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

struct Token
{
    QString text;  ///< identifiers and keywords as written (quoted identifiers unquoted)
    QString upper; ///< keyword form: empty for quoted identifiers, strings and punctuation
    bool punct = false;
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/** Tokens of one statement: words, quoted identifiers, punctuation; literals and comments
 *  skipped (a literal becomes the token "'" so that "DEFAULT 'x'" keeps its shape). */
QList<Token> tokenize(const QString &sql)
{
    QList<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            int depth = 0;
            while (i < n) {
                if (sql.at(i) == QLatin1Char('/') && i + 1 < n &&
                    sql.at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (sql.at(i) == QLatin1Char('*') && i + 1 < n &&
                           sql.at(i + 1) == QLatin1Char('/')) {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++i;
                }
            }
        } else if (c == QLatin1Char('\'') || ((c == QLatin1Char('E') || c == QLatin1Char('e')) &&
                                              i + 1 < n && sql.at(i + 1) == QLatin1Char('\''))) {
            const bool escapes = c != QLatin1Char('\'');
            i += escapes ? 2 : 1;
            while (i < n) {
                if (escapes && sql.at(i) == QLatin1Char('\\')) {
                    i += 2;
                } else if (sql.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && sql.at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    ++i;
                }
            }
            out.append({QStringLiteral("'"), QString(), true});
        } else if (c == QLatin1Char('"')) {
            QString ident;
            ++i;
            while (i < n) {
                if (sql.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && sql.at(i + 1) == QLatin1Char('"')) {
                        ident += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ident += sql.at(i++);
            }
            out.append({ident, QString(), false});
        } else if (c == QLatin1Char('$')) {
            // $tag$ ... $tag$ (a dollar-quoted body), or a parameter such as $1.
            qsizetype j = i + 1;
            while (j < n && (isIdentChar(sql.at(j))) && sql.at(j) != QLatin1Char('$'))
                ++j;
            if (j < n && sql.at(j) == QLatin1Char('$') &&
                (j == i + 1 || isIdentStart(sql.at(i + 1)))) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
                out.append({QStringLiteral("'"), QString(), true});
            } else {
                i = j;
            }
        } else if (isIdentStart(c)) {
            qsizetype j = i;
            while (j < n && isIdentChar(sql.at(j)))
                ++j;
            const QString word = sql.mid(i, j - i);
            out.append({word, word.toUpper(), false});
            i = j;
        } else if (c.isDigit()) {
            while (i < n && (sql.at(i).isLetterOrNumber() || sql.at(i) == QLatin1Char('.')))
                ++i;
            out.append({QStringLiteral("0"), QString(), true});
        } else {
            out.append({QString(c), QString(), true});
            ++i;
        }
    }
    return out;
}

/** Reads tokens of one statement with look-ahead helpers. */
class Reader
{
public:
    explicit Reader(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    const Token &peek(qsizetype ahead = 0) const
    {
        static const Token none;
        return m_pos + ahead < m_tokens.size() ? m_tokens.at(m_pos + ahead) : none;
    }
    bool is(const char *keyword, qsizetype ahead = 0) const
    {
        return peek(ahead).upper == QLatin1String(keyword);
    }
    bool accept(const char *keyword)
    {
        if (!is(keyword))
            return false;
        ++m_pos;
        return true;
    }
    bool acceptAll(std::initializer_list<const char *> keywords)
    {
        qsizetype k = 0;
        for (const char *w : keywords)
            if (!is(w, k++))
                return false;
        m_pos += k;
        return true;
    }
    void skip(qsizetype count = 1) { m_pos += count; }
    /** A possibly qualified name (`schema.table`); empty when the next token is not one. */
    QString name()
    {
        QString out;
        while (!atEnd() && !peek().punct) {
            out += peek().text;
            ++m_pos;
            if (peek().text == QStringLiteral(".") && peek().punct) {
                out += QLatin1Char('.');
                ++m_pos;
            } else {
                break;
            }
        }
        return out;
    }
    /** Skips to the next comma at parenthesis depth 0 (consumed); false at the end. */
    bool nextItem()
    {
        int depth = 0;
        while (!atEnd()) {
            const Token &t = peek();
            ++m_pos;
            if (t.punct && t.text == QStringLiteral("("))
                ++depth;
            else if (t.punct && t.text == QStringLiteral(")"))
                --depth;
            else if (depth == 0 && t.punct && t.text == QStringLiteral(","))
                return true;
        }
        return false;
    }
    /** True when `keyword` appears at parenthesis depth 0 from here on (not consumed). */
    bool containsTopLevel(const char *keyword) const
    {
        int depth = 0;
        for (qsizetype k = m_pos; k < m_tokens.size(); ++k) {
            const Token &t = m_tokens.at(k);
            if (t.punct && t.text == QStringLiteral("("))
                ++depth;
            else if (t.punct && t.text == QStringLiteral(")"))
                --depth;
            else if (depth == 0 && t.upper == QLatin1String(keyword))
                return true;
        }
        return false;
    }
    /** True until the end of the current comma-separated item. */
    bool itemContains(const char *keyword) const
    {
        int depth = 0;
        for (qsizetype k = m_pos; k < m_tokens.size(); ++k) {
            const Token &t = m_tokens.at(k);
            if (t.punct && t.text == QStringLiteral("("))
                ++depth;
            else if (t.punct && t.text == QStringLiteral(")"))
                --depth;
            else if (depth == 0 && t.punct && t.text == QStringLiteral(","))
                return false;
            else if (depth == 0 && t.upper == QLatin1String(keyword))
                return true;
        }
        return false;
    }

private:
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

/** The object kind after CREATE/ALTER/DROP, consumed (untranslated: "table", "index", ...);
 *  empty when not recognised. */
QString objectKind(Reader &r)
{
    struct Kind
    {
        std::initializer_list<const char *> words;
        const char *name;
    };
    static const Kind kinds[] = {
        {{"MATERIALIZED", "VIEW"}, QT_TRANSLATE_NOOP("Ui", "materialized view")},
        {{"FOREIGN", "TABLE"}, QT_TRANSLATE_NOOP("Ui", "foreign table")},
        {{"EVENT", "TRIGGER"}, QT_TRANSLATE_NOOP("Ui", "event trigger")},
        {{"TABLE"}, QT_TRANSLATE_NOOP("Ui", "table")},
        {{"INDEX"}, QT_TRANSLATE_NOOP("Ui", "index")},
        {{"TYPE"}, QT_TRANSLATE_NOOP("Ui", "type")},
        {{"VIEW"}, QT_TRANSLATE_NOOP("Ui", "view")},
        {{"SEQUENCE"}, QT_TRANSLATE_NOOP("Ui", "sequence")},
        {{"SCHEMA"}, QT_TRANSLATE_NOOP("Ui", "schema")},
        {{"FUNCTION"}, QT_TRANSLATE_NOOP("Ui", "function")},
        {{"PROCEDURE"}, QT_TRANSLATE_NOOP("Ui", "procedure")},
        {{"TRIGGER"}, QT_TRANSLATE_NOOP("Ui", "trigger")},
        {{"EXTENSION"}, QT_TRANSLATE_NOOP("Ui", "extension")},
        {{"DOMAIN"}, QT_TRANSLATE_NOOP("Ui", "domain")},
        {{"ROLE"}, QT_TRANSLATE_NOOP("Ui", "role")},
        {{"POLICY"}, QT_TRANSLATE_NOOP("Ui", "policy")},
        {{"RULE"}, QT_TRANSLATE_NOOP("Ui", "rule")},
        {{"COLLATION"}, QT_TRANSLATE_NOOP("Ui", "collation")},
    };
    for (const Kind &k : kinds)
        if (r.acceptAll(k.words))
            return QLatin1String(k.name);
    return {};
}

QString kindName(const QString &kind)
{
    return QCoreApplication::translate("Ui", kind.toLatin1().constData());
}

class Analyzer
{
public:
    SqlSummary summary;

    void statement(const QString &sql, int number)
    {
        m_number = number;
        Reader r(tokenize(sql));
        if (r.atEnd())
            return;
        if (r.accept("CREATE"))
            create(r);
        else if (r.accept("ALTER"))
            alter(r);
        else if (r.accept("DROP"))
            drop(r);
        else if (r.accept("TRUNCATE"))
            truncate(r);
        else if (r.accept("DELETE"))
            remove(r);
        else if (r.accept("INSERT"))
            insert(r);
        else if (r.accept("UPDATE"))
            update(r);
        else if (r.is("COMMENT") && r.is("ON", 1))
            change(SqlChange::Action::Other, UiTr::tr("comment changed"));
        else
            change(SqlChange::Action::Other,
                   UiTr::tr("%1 statement")
                       .arg(r.peek().upper.isEmpty() ? r.peek().text : r.peek().upper));
    }

private:
    int m_number = 0;

    void change(SqlChange::Action action, const QString &text)
    {
        summary.changes.append({action, text, m_number});
    }
    void warn(const QString &text) { summary.warnings.append({text, m_number}); }

    void create(Reader &r)
    {
        r.acceptAll({"OR", "REPLACE"});
        const bool unique = r.accept("UNIQUE");
        while (r.accept("TEMP") || r.accept("TEMPORARY") || r.accept("UNLOGGED") ||
               r.accept("GLOBAL") || r.accept("LOCAL") || r.accept("RECURSIVE") ||
               r.accept("CONSTRAINT") || r.accept("TRUSTED") || r.accept("PROCEDURAL")) {
        }
        QString kind = objectKind(r);
        if (kind.isEmpty()) {
            change(SqlChange::Action::Create, UiTr::tr("%1 created").arg(r.peek().text.toLower()));
            return;
        }
        r.accept("CONCURRENTLY");
        r.acceptAll({"IF", "NOT", "EXISTS"});
        QString name = r.is("ON") ? QString() : r.name();
        const bool hasTarget = kind == QLatin1String("index") || kind == QLatin1String("trigger") ||
                               kind == QLatin1String("policy") || kind == QLatin1String("rule");
        kind = unique ? UiTr::tr("unique %1").arg(kindName(kind)) : kindName(kind);
        QString on;
        if (hasTarget && r.containsTopLevel("ON")) {
            while (!r.atEnd() && !r.accept("ON"))
                r.skip();
            r.accept("ONLY");
            on = r.name();
        }
        if (name.isEmpty())
            change(SqlChange::Action::Create, UiTr::tr("%1 on %2 created").arg(kind, on));
        else if (!on.isEmpty())
            change(SqlChange::Action::Create, UiTr::tr("%1 %2 on %3 created").arg(kind, name, on));
        else
            change(SqlChange::Action::Create, UiTr::tr("%1 %2 created").arg(kind, name));
    }

    void alter(Reader &r)
    {
        const QString key = objectKind(r);
        if (key.isEmpty()) {
            change(SqlChange::Action::Alter, UiTr::tr("%1 altered").arg(r.peek().text.toLower()));
            return;
        }
        const QString kind = kindName(key);
        r.acceptAll({"IF", "EXISTS"});
        r.accept("ONLY");
        const QString name = r.name();
        if (r.accept("RENAME")) {
            if (r.accept("TO")) {
                change(SqlChange::Action::Rename,
                       UiTr::tr("%1 %2 renamed to %3").arg(kind, name, r.name()));
                return;
            }
            const bool constraint = r.accept("CONSTRAINT");
            if (!constraint)
                r.accept("COLUMN");
            const QString from = r.name();
            r.accept("TO");
            const QString to = r.name();
            change(SqlChange::Action::Rename,
                   constraint ? UiTr::tr("constraint %1 of %2 renamed to %3").arg(from, name, to)
                              : UiTr::tr("column %1 of %2 renamed to %3").arg(from, name, to));
            return;
        }
        if (key != QLatin1String("table") && key != QLatin1String("foreign table")) {
            change(SqlChange::Action::Alter, UiTr::tr("%1 %2 altered").arg(kind, name));
            return;
        }
        do
            tableAction(r, name);
        while (r.nextItem());
    }

    void tableAction(Reader &r, const QString &table)
    {
        if (r.accept("ADD")) {
            if (r.accept("CONSTRAINT")) {
                change(SqlChange::Action::Create,
                       UiTr::tr("constraint %1 on %2 added").arg(r.name(), table));
            } else if (r.is("PRIMARY") || r.is("UNIQUE") || r.is("FOREIGN") || r.is("CHECK") ||
                       r.is("EXCLUDE")) {
                change(SqlChange::Action::Create,
                       UiTr::tr("%1 constraint on %2 added").arg(r.peek().upper, table));
            } else {
                r.accept("COLUMN");
                r.acceptAll({"IF", "NOT", "EXISTS"});
                const QString column = r.name();
                change(SqlChange::Action::Create,
                       UiTr::tr("column %1 added to %2").arg(column, table));
                if (r.itemContains("NOT") && r.itemContains("NULL") && !r.itemContains("DEFAULT"))
                    warn(UiTr::tr("column %1 of %2 is NOT NULL without a default: fails when "
                                  "the table has rows")
                             .arg(column, table));
            }
        } else if (r.accept("DROP")) {
            if (r.accept("CONSTRAINT")) {
                r.acceptAll({"IF", "EXISTS"});
                change(SqlChange::Action::Drop,
                       UiTr::tr("constraint %1 of %2 dropped").arg(r.name(), table));
            } else {
                r.accept("COLUMN");
                r.acceptAll({"IF", "EXISTS"});
                const QString column = r.name();
                change(SqlChange::Action::Drop,
                       UiTr::tr("column %1 of %2 dropped").arg(column, table));
                warn(UiTr::tr("DROP COLUMN %1.%2 deletes the column's data").arg(table, column));
            }
        } else if (r.accept("ALTER")) {
            r.accept("COLUMN");
            const QString column = r.name();
            if (r.accept("TYPE") || r.acceptAll({"SET", "DATA", "TYPE"})) {
                change(SqlChange::Action::Alter,
                       UiTr::tr("type of column %1 of %2 changed").arg(column, table));
                warn(UiTr::tr("ALTER COLUMN %1.%2 TYPE rewrites the table and may fail on or "
                              "truncate existing values")
                         .arg(table, column));
            } else if (r.acceptAll({"SET", "NOT", "NULL"})) {
                change(SqlChange::Action::Alter,
                       UiTr::tr("column %1 of %2 made NOT NULL").arg(column, table));
                warn(UiTr::tr("SET NOT NULL on %1.%2 fails if a row holds NULL, and scans the "
                              "table under an exclusive lock")
                         .arg(table, column));
            } else if (r.acceptAll({"DROP", "NOT", "NULL"})) {
                change(SqlChange::Action::Alter,
                       UiTr::tr("column %1 of %2 made nullable").arg(column, table));
            } else if (r.is("SET", 0) && r.is("DEFAULT", 1)) {
                change(SqlChange::Action::Alter,
                       UiTr::tr("default of column %1 of %2 set").arg(column, table));
            } else if (r.is("DROP", 0) && r.is("DEFAULT", 1)) {
                change(SqlChange::Action::Alter,
                       UiTr::tr("default of column %1 of %2 dropped").arg(column, table));
            } else {
                change(SqlChange::Action::Alter,
                       UiTr::tr("column %1 of %2 altered").arg(column, table));
            }
        } else {
            change(SqlChange::Action::Alter, UiTr::tr("table %1 altered").arg(table));
        }
    }

    void drop(Reader &r)
    {
        const QString key = objectKind(r);
        if (key.isEmpty()) {
            change(SqlChange::Action::Drop, UiTr::tr("%1 dropped").arg(r.peek().text.toLower()));
            return;
        }
        const QString kind = kindName(key);
        r.accept("CONCURRENTLY");
        r.acceptAll({"IF", "EXISTS"});
        const bool destroysData = key == QLatin1String("table") || key == QLatin1String("type") ||
                                  key == QLatin1String("schema") ||
                                  key == QLatin1String("foreign table");
        const bool cascade = r.containsTopLevel("CASCADE");
        do {
            const QString name = r.name();
            if (name.isEmpty())
                continue;
            change(SqlChange::Action::Drop, UiTr::tr("%1 %2 dropped").arg(kind, name));
            if (destroysData)
                warn(cascade
                         ? UiTr::tr("DROP %1 %2 CASCADE deletes it, its data and every "
                                    "object that depends on it")
                               .arg(key.toUpper(), name)
                         : UiTr::tr("DROP %1 %2 deletes it and its data").arg(key.toUpper(), name));
        } while (r.nextItem());
    }

    void truncate(Reader &r)
    {
        r.accept("TABLE");
        r.accept("ONLY");
        do {
            const QString name = r.name();
            if (name.isEmpty())
                continue;
            change(SqlChange::Action::Truncate, UiTr::tr("table %1 emptied").arg(name));
            warn(UiTr::tr("TRUNCATE %1 deletes every row").arg(name));
        } while (r.nextItem());
    }

    void remove(Reader &r)
    {
        r.accept("FROM");
        r.accept("ONLY");
        const QString name = r.name();
        if (r.containsTopLevel("WHERE")) {
            change(SqlChange::Action::Delete, UiTr::tr("rows deleted from %1").arg(name));
        } else {
            change(SqlChange::Action::Delete, UiTr::tr("every row deleted from %1").arg(name));
            warn(UiTr::tr("DELETE FROM %1 without WHERE deletes every row").arg(name));
        }
    }

    void insert(Reader &r)
    {
        r.accept("INTO");
        change(SqlChange::Action::Insert, UiTr::tr("rows inserted into %1").arg(r.name()));
    }

    void update(Reader &r)
    {
        r.accept("ONLY");
        const QString name = r.name();
        change(SqlChange::Action::Update, r.containsTopLevel("WHERE")
                                              ? UiTr::tr("rows updated in %1").arg(name)
                                              : UiTr::tr("every row updated in %1").arg(name));
    }
};

} // namespace

SqlSummary summarizeSql(const QStringList &statements)
{
    Analyzer a;
    for (qsizetype i = 0; i < statements.size(); ++i)
        a.statement(statements.at(i), int(i) + 1);
    return a.summary;
}

} // namespace retort
