#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// SQLite's DDL as tokens: what the SQLite snapshot compares (a statement's tokens with case,
// quoting and spacing normalised) and the pieces the SQLite diff and batch mode take from a
// CREATE TABLE (its column definitions and table constraints, as written).

namespace retort::schema::detail {

struct SqlToken
{
    enum class Kind { Word, QuotedName, String, Number, Punct, Other };
    Kind kind = Kind::Other;
    QString text;        ///< as written
    qsizetype start = 0; ///< offset in the statement
    qsizetype end = 0;   ///< one past the last character

    /** An identifier (bare or quoted) without its quotes; empty for other tokens. */
    QString name() const;
    bool isWord(const char *upper) const;
};

/** The tokens of one statement, comments left out. */
QList<SqlToken> tokenizeSqlite(const QString &sql);

/** Tokens from `from` on, as one comparable string: words and plain quoted names in lower
 *  case, other quoted names in double quotes, literals as written, one space between. */
QString normalizedSql(const QList<SqlToken> &tokens, qsizetype from = 0);

/** The index of the first token after a CREATE statement's object name (CREATE [TEMP]
 *  [UNIQUE] kind [IF NOT EXISTS] [schema.]name), or -1. */
qsizetype afterCreateName(const QList<SqlToken> &tokens);

/** A CREATE TABLE's parts, each as written. */
struct TableParts
{
    QStringList columns;     ///< column definitions ("email TEXT NOT NULL")
    QStringList columnNames; ///< their names, in order
    QStringList constraints; ///< table constraints ("PRIMARY KEY (id)", "CONSTRAINT ...")
    QString options;         ///< what follows the closing parenthesis ("WITHOUT ROWID")
    bool ok = false;         ///< false for CREATE TABLE ... AS or text that does not parse
};
TableParts splitCreateTable(const QString &sql);

/** Whether `tokens` mention `name` as an identifier (case-insensitive). */
bool mentions(const QList<SqlToken> &tokens, const QString &name);

} // namespace retort::schema::detail
