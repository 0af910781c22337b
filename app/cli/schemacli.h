#pragma once

#include "cliparser.h"

#include <optional>

namespace retort::cli {

/** `schema dump` and `schema diff`. */
CommandSpec schemaCommandSpec();

/** Runs `schema ...` when it is the command (it needs no project for URLs and DDL files);
 *  returns the exit code, or nullopt for other commands. */
std::optional<int> runSchemaCommand(const ParsedArgs &args);

} // namespace retort::cli
