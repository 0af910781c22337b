#include "clioutput.h"

namespace retort::cli {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const Error &error, bool raiseErr)
{
    write(stdout, QStringLiteral("FAILED: ") + error.toString() + QLatin1Char('\n'));
    if (!error.detail.isEmpty())
        write(stderr, QStringLiteral("  detail: ") + error.detail + QLatin1Char('\n'));
    if (raiseErr && !error.argument.isEmpty())
        write(stderr, QStringLiteral("  argument: ") + error.argument + QLatin1Char('\n'));
    return 255;
}

} // namespace retort::cli
