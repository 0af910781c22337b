#include "error.h"

namespace retort {

QString Error::toString() const
{
    // A message that already names its file (e.g. "No config file 'x.ini' found") is not
    // prefixed with it again.
    if (file.isEmpty() || (line <= 0 && message.contains(file)))
        return message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

} // namespace retort
