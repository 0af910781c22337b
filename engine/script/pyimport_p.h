#pragma once
// Private: names that a revision file (or a module of the project) imports from the project's
// own source, resolved by reading those modules as text (pyimportpath.cpp). Used by the
// value evaluator (pyheadervalue.cpp) and the header parser (pyheader.cpp).

#include "core/error.h"
#include "pyheadervalue_p.h"

#include <QByteArrayView>

#include <string_view>
#include <vector>

namespace retort::detail {

/**
 * Reads a module of the project's source (not a revision file) for the names it binds at
 * module level, into `scope` (whose importPath and package the caller sets). Errors are its
 * syntax errors, with `path` and the line. Defined in pyheader.cpp.
 */
Result<void> readModuleScope(QByteArrayView utf8, const QString &path, ModuleScope &scope);

class ImportResolver
{
public:
    /**
     * The value that `binding` (Imported or Module) of `scope`, followed by the attributes
     * `attributes`, has in the project's source (`cli` + {"CONTRACT_BRANCH"}). Without a
     * value, the failure (Failure::Import) says why: the module is not on the path (which
     * is listed), the module does not bind the name, or binds it to something that is not a
     * literal (with that module's file and line).
     */
    static Eval resolve(const ModuleScope &scope,
                        const Binding &binding,
                        const std::vector<std::string_view> &attributes);

    enum class Star { NotInProject, NotExported, Exported };
    /**
     * Whether `from <scope.starModule> import *` binds `name` (through `__all__`, or as a
     * public name of that module); `*value` gets its value when it does. NotInProject when
     * the module is not in the project's source (a library: Retort does not read it).
     */
    static Star resolveStar(const ModuleScope &scope, std::string_view name, Eval *value);
};

} // namespace retort::detail
