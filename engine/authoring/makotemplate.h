#pragma once

#include "authoring/templatevalue.h"
#include "core/error.h"

#include <memory>

namespace retort::authoring {

/**
 * A Mako template, restricted to what Alembic's own templates (generic, async, multidb's
 * header) and Retort's use, rendered without Python:
 *
 * - `${expr}` and `${expr | filter, ...}`: expressions over the context (see makoexpr_p.h);
 *   filters `n` (no default `str`), `str`, `trim`, `h`, the builtins and the context's
 *   functions (`comma`);
 * - control lines `% if cond:`, `% elif cond:`, `% else:`, `% endif`, `% for x in seq:`,
 *   `% endfor`; `## comments`; `%%` at a line start; `\` before a newline joins lines;
 * - `<%! import ... %>` module blocks (imports only, ignored), `<%doc>`, `<%text>`.
 *
 * Lexing follows Mako 1.2's lexer rule for rule, so the same text gives the same output.
 * Anything else (`<% code %>`, `<%def>` and other tags, attribute access, ...) is an Error
 * naming the file and the line, at parse time where possible.
 */
class MakoTemplate
{
public:
    /** Parses template text; `path` names the template in errors. */
    static Result<MakoTemplate> parse(const QString &text, const QString &path);
    /** Reads a template file (UTF-8, BOM skipped, Mako's coding comment honoured) and parses
     *  it. */
    static Result<MakoTemplate> load(const QString &path);

    /** Renders with the given variables (Mako's `render_unicode(**context)`). */
    Result<QString> render(const TemplateContext &context) const;

    const QString &path() const { return m_path; }

private:
    struct Body;
    std::shared_ptr<const Body> m_body;
    QString m_path;
};

} // namespace retort::authoring
