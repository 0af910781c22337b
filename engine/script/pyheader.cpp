#include "pyheader.h"

namespace retort {

Result<RevisionHeader> parsePythonRevision(const QByteArray &, const QString &path)
{
    return makeError(ErrorKind::Parse, QStringLiteral("not implemented"), path);
}

} // namespace retort
