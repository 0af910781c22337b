#pragma once

#include "authoring/templatevalue.h"
#include "core/error.h"

#include <memory>
#include <vector>

// The Python expressions of Mako templates that Retort evaluates: names, str/int/None/True/
// False literals, tuples and lists, calls of known functions (repr, str, len, bool and the
// context's `comma`/`sql_comment`), `x if c else y`, `and`/`or`/`not`, comparisons (==, !=,
// <, <=, >, >=, in, not in, is, is not), `+` and subscripts. Anything else (attributes,
// lambdas, `%` formatting, comprehensions, keyword arguments) is a parse error.

namespace retort::authoring::detail {

struct ExprNode;
using ExprPtr = std::shared_ptr<const ExprNode>;

struct ExprNode
{
    enum class Op { Const, Name, Call, Tuple, List, IfElse, Or, And, Not, Compare, Add, Subscript };
    Op op = Op::Const;
    TemplateValue value;       ///< Const
    QString name;              ///< Name, Call (function name), Compare (operator)
    std::vector<ExprPtr> args; ///< operands, call arguments, items
};

/**
 * Parses `text` as one expression. Errors carry a message and, in `line`, the 0-based line
 * offset inside `text` (the caller adds the template line). With `trailingColon`, a final
 * `:` is required and dropped (control lines: `if x:`).
 */
Result<ExprPtr> parseExpression(const QString &text, bool trailingColon = false);

/** Evaluates a parsed expression; errors have a message only. */
Result<TemplateValue> evaluate(const ExprNode &node, const TemplateContext &context);

/** Calls a known function (a builtin or a context function) with positional arguments. */
Result<TemplateValue> callFunction(const QString &name, const std::vector<TemplateValue> &args);

/** Whether `name` is a function callFunction() knows as a builtin (repr, str, len, bool). */
bool isBuiltinFunction(const QString &name);

/** Alembic's util.format_as_comma. */
Result<TemplateValue> formatAsComma(const TemplateValue &value);

} // namespace retort::authoring::detail
