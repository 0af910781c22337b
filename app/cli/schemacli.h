#pragma once

#include "cliparser.h"

#include <optional>

namespace retort::cli {

/** `schema dump` and `schema diff`. */
CommandSpec schemaCommandSpec();

/** `drift`. */
CommandSpec driftCommandSpec();

/** Runs `schema ...` or `drift` when it is the command (`schema` needs no project for URLs
 *  and DDL files; `@REV` sources and `drift` open it); returns the exit code, or nullopt for
 *  other commands. */
std::optional<int> runSchemaCommand(const ParsedArgs &args);

} // namespace retort::cli
