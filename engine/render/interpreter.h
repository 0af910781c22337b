#pragma once

#include "core/error.h"
#include "render/pyvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace retort::render {

/** What the interpreter assumes about the run it interprets for. */
struct InterpretOptions
{
    /// `op.get_bind().dialect.name`, `op.get_context().dialect.name`: "postgresql" or "sqlite".
    QString dialect = QStringLiteral("postgresql");
    /// `context.is_offline_mode()`: true for `--sql` and previews, false for online runs.
    bool offline = true;
};

/** What one of upgrade() and downgrade() does. */
struct InterpretedFunction
{
    /// The effect calls in the order they run; complete only when `notRenderable` is empty.
    QList<OpCall> calls;
    /// The first thing that could not be decided without running Python (an application
    /// import used by an operation, `op.get_bind()` results read, `try`, an `if` on an
    /// unknown value, an unsupported statement), with file, line, column and reason.
    std::optional<Diagnostic> notRenderable;
};

/** Both functions of a migration module. */
struct InterpretedModule
{
    InterpretedFunction upgrade;
    InterpretedFunction downgrade;
};

/**
 * Interprets a migration module without executing or importing it: module-level imports,
 * constants and functions, then the bodies of upgrade() and downgrade() (see pyvalue.h
 * for the values and calls it records). The source's encoding follows PEP 263.
 *
 * A file that is not valid Python (tokenizer or parser error) is an Error (kind Parse,
 * `path`, line; the message has the column). Anything valid that the interpreter cannot
 * decide makes only the function that needs it not renderable. Never throws, never
 * recurses without bound (nesting and call depth are limited), and stops after a fixed
 * number of evaluation steps (an endless `while` is a diagnostic, not a hang).
 */
Result<InterpretedModule> interpretModule(const QByteArray &source,
                                          const QString &path,
                                          const InterpretOptions &options = {});

} // namespace retort::render
