#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace retort {

/** One statement of a SQL script, as it is sent to the server. */
struct SqlStatement
{
    /// The statement from its first character that is neither blank nor part of a comment to
    /// its last non-blank character: comments inside and at the end are kept, the
    /// terminating `;` is not. Line breaks are kept as written (CRLF stays CRLF).
    QString text;
    /// 1-based line in the file of the statement's first character.
    int line = 0;
    /// 1-based position of the statement in the script.
    int number = 0;

    friend bool operator==(const SqlStatement &, const SqlStatement &) = default;
};

/**
 * Splits a SQL script into statements by PostgreSQL's lexical rules, the way psql 15 does
 * when it runs a file: a `;` ends a statement unless it is inside a quoted string
 * ('', E'' with backslash escapes, U&'', B'', X''; standard_conforming_strings on), a quoted
 * identifier (""), a dollar-quoted string ($$...$$, $tag$...$tag$), a comment (`--` to the end
 * of the line, or a block comment, which nests), parentheses, or the BEGIN ... END body of a
 * CREATE [OR REPLACE] FUNCTION/PROCEDURE. A part holding only blanks and comments is no
 * statement; the last statement needs no `;`.
 *
 * `firstLine` is the line of `sql`'s first character in `file` ("\n", "\r\n" and "\r" each
 * end a line). An unterminated string, quoted identifier, dollar quote or block comment is
 * an Error (kind Parse) naming `file` and the line where it starts. Time is linear in the
 * size of the script. The precise rules are at the top of sqlsplitter.cpp.
 */
Result<QList<SqlStatement>>
splitSqlStatements(const QString &sql, const QString &file, int firstLine = 1);

} // namespace retort
