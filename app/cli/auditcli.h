#pragma once

#include "cliparser.h"

#include "commands/project.h"
#include "commands/runcommands.h"

namespace retort::cli {

/** `validate [--repair] [--yes]`. */
CommandSpec validateCommandSpec();

/** `validate`: exit 0 when clean, 1 with findings (or a repair declined), 255 on errors. */
int runValidate(const ParsedArgs &args,
                const Project &project,
                const runcommands::Settings &settings);

/** `current [-v]`, with several `--url`: one line (or -v block) per database. */
int runCurrent(const ParsedArgs &args,
               const Project &project,
               const runcommands::Settings &settings);

} // namespace retort::cli
