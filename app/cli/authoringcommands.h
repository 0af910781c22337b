#pragma once

#include "cliparser.h"

#include <optional>

namespace retort::cli {

/** `edit`, `init`, `merge` and `revision`, with Alembic 1.8.1's options and help texts. */
QList<CommandSpec> authoringCommandSpecs();

/**
 * Runs `args.command` when it is one of authoringCommandSpecs(), printing what Alembic
 * prints; returns the exit code (0, or 255 after `FAILED: ...`). nullopt for other commands.
 */
std::optional<int> runAuthoringCommand(const ParsedArgs &args);

} // namespace retort::cli
