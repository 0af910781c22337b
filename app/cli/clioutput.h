#pragma once

#include "core/error.h"

#include <QString>

#include <cstdio>

namespace retort::cli {

/** Writes `text` as UTF-8 to `stream` and flushes it. */
void write(FILE *stream, const QString &text);

/** Alembic's report of a failed command: "FAILED: message" on stdout, the detail (and with
 *  --raiseerr the argument) on stderr; returns Alembic's exit status, 255. */
int fail(const Error &error, bool raiseErr);

} // namespace retort::cli
