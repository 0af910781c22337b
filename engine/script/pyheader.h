#pragma once

#include "core/error.h"
#include "script/pyimportpath.h"
#include "script/revisionheader.h"

#include <QByteArray>

namespace retort {

/**
 * Reads the module docstring and the module-level `revision`, `down_revision`,
 * `branch_labels` and `depends_on` assignments of a Python revision file, never executing it.
 *
 * Accepts annotated assignments (`revision: str = "x"`), every string form Python has
 * (quotes, triple quotes, raw, u/b prefixes, implicit concatenation, escapes), tuples, lists,
 * None, and names bound earlier in the same module to such literals. Anything else
 * assigned to one of these four names is an Error naming `path` and the line.
 *
 * Semantics are those of importing the module: the last module-level assignment wins (its
 * line is recorded), values are normalised as Alembic's Script does (None, "", () and [] give
 * an empty list, a string a one-element list), `revision` must be a non-empty string. An
 * attribute never bound stays std::nullopt. Module-level blocks are decided where Python's
 * outcome is certain (`if`/`elif`/`else` on constant conditions, a false `while`, `finally`);
 * one of the four attributes (or `__doc__`) bound in any other block (`if` on a run-time
 * value, `try`, `for`, `with`, ...), or by `def`, `class`, `import` or `:=`, is an Error
 * naming the block or statement, unless a later module-level assignment replaces it; a name
 * bound in such a block cannot be used as a value. Assignments inside functions and classes
 * are ignored.
 *
 * With `importPath`, names imported from the project's own modules (`from app import cli`,
 * then `cli.CONTRACT_BRANCH`) are read from those modules' text (never imported); without
 * it, an imported name is not a literal. The docstring (Script.longdoc) is the first
 * statement's string literal with escapes processed, stripped as by str.strip(), never
 * dedented; `\\N{...}` escapes are reported as unsupported. The syntax errors the tokenizer
 * finds (CPython's messages) are errors too; the bodies of functions and classes are only
 * tokenized. Runs in time linear in the size of the source. Details: the top of pyheader.cpp.
 */
Result<RevisionHeader> parsePythonRevision(const QByteArray &source,
                                           const QString &path,
                                           const PyImportPath *importPath = nullptr);

} // namespace retort
