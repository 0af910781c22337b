#include "alembicconfig.h"

namespace retort {

Result<AlembicConfig> AlembicConfig::load(const QString &iniPath, const QString &)
{
    return makeError(ErrorKind::Config, QStringLiteral("not implemented"), iniPath);
}

} // namespace retort
