#!/usr/bin/env python3
"""alembic_driver.py, but each offline command prints only the steps Alembic would run.

    PYTHONHASHSEED=N python3 alembic_steps.py [--listing sorted|...] < commands

Same input and output framing as alembic_driver.py. For `upgrade/downgrade/stamp ... --sql`
each command prints one `-- Running <step>` line per step, in Alembic's order, and nothing
else: MigrationContext.run_migrations computes the current heads and the steps exactly as
Alembic does (`self._migrations_fn(heads, self)`, which is ScriptDirectory._upgrade_revs,
_downgrade_revs or _stamp_revs), then neither runs the migration functions nor renders the
version-table statements. That is where the time of an offline run goes, so the oracle can
ask Alembic for its step order under many hash seeds (one process per seed) for little.

The oracle checks, for one seed, that these lines equal the step lines of the full run.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ for alembic_driver in the source tree

import alembic.config  # noqa: E402
from alembic import util  # noqa: E402
from alembic.runtime import migration  # noqa: E402

import alembic_driver  # noqa: E402


def steps_only(self, **kw):
    # MigrationContext.run_migrations (Alembic 1.8.1) up to the list of steps.
    if self.purge:
        if self.as_sql:
            raise util.CommandError("Can't use --purge with --sql mode")
        heads = ()
    else:
        heads = self.get_current_heads()
    for step in self._migrations_fn(heads, self):
        self.impl.static_output("-- Running %s" % (step.short_log,))


migration.MigrationContext.run_migrations = steps_only

# alembic.config.main builds a new argparse parser (a dozen milliseconds) for every command:
# parse with one CommandLine instead, which is what main() does with its own.
_command_line = alembic.config.CommandLine(prog="alembic")


def _main(argv=None, prog=None, **kwargs):
    _command_line.main(argv=argv)


alembic.config.main = _main

if __name__ == "__main__":
    sys.exit(alembic_driver.main())
