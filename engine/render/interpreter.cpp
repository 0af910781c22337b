#include "interpreter.h"

#include "pyast.h"

namespace retort::render {

Result<InterpretedModule>
interpretModule(const QByteArray &source, const QString &path, const InterpretOptions &options)
{
    Q_UNUSED(options);
    Result<Module> module = parseModule(source, path);
    if (!module.ok())
        return module.error();
    return InterpretedModule{};
}

} // namespace retort::render
