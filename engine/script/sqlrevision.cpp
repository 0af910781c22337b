#include "sqlrevision.h"

namespace retort {

Result<RevisionHeader> parseSqlRevision(const QByteArray &, const QString &path)
{
    return makeError(ErrorKind::Parse, QStringLiteral("not implemented"), path);
}

} // namespace retort
