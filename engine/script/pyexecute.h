#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace retort {

/** One `op.execute(<literal SQL>)` call of a revision's upgrade() or downgrade(). */
struct ExecuteCall
{
    QString sql;    ///< the literal's value as Python computes it (escapes processed)
    int line = 0;   ///< 1-based line of the call (its first token, `op`)
    int column = 0; ///< 1-based column of that token, in code points

    friend bool operator==(const ExecuteCall &, const ExecuteCall &) = default;
};

/** What one of upgrade() and downgrade() runs, or why it cannot run without the renderer. */
struct ExecuteBody
{
    /// The calls in the order they run; empty for a body of `pass` and docstrings. Only
    /// meaningful when ok().
    QList<ExecuteCall> calls;
    /// Why the function cannot run as literal SQL (kind Parse; file, line and a message
    /// that names the function): the first offending statement, a missing function, ...
    std::optional<Error> error;
    /// 1-based column (code points) that `error` points at; 0 when it has no position.
    int errorColumn = 0;

    bool ok() const { return !error.has_value(); }
};

/** The outcome for each of a revision's two functions, so a caller can list every refusal. */
struct ExecuteBodies
{
    ExecuteBody upgrade;
    ExecuteBody downgrade;
};

/**
 * Reads the SQL that a Python revision's module-level upgrade() and downgrade() run, when
 * each body holds only `pass`, `...`, docstrings and other bare string literals, comments,
 * blank lines and calls `op.execute(<literal>)`, `op.execute(sa.text(<literal>))`,
 * `op.execute(sqlalchemy.text(<literal>))` or `op.execute(text(<literal>))`. A literal is a
 * str literal of any quoting (raw, triple-quoted, escapes, implicit concatenation, in
 * parentheses), never an f-string or bytes. The names must be bound at module level as
 * Python would find them when the function runs: `from alembic import op [as X]` (or
 * `import alembic.op as X`), `import sqlalchemy [as sa]`, `from sqlalchemy import text
 * [as T]`. Other module-level statements are ignored; the file is never executed.
 *
 * Each function gets its own outcome: its calls, or an Error (kind Parse, `path`, line, and
 * column in ExecuteBody::errorColumn) for the first statement that is not one of the above
 * ("upgrade(): op.add_column() is not supported yet: ..."), a name bound otherwise, a
 * missing, decorated, async or parameterised function. Only problems of the whole file (its
 * encoding, the tokenizer's syntax errors, bad indentation) make the Result an Error.
 * `def upgrade() -> None:` annotations are accepted. Linear in the size of the source.
 */
Result<ExecuteBodies> extractExecuteBodies(const QByteArray &source, const QString &path);

} // namespace retort
