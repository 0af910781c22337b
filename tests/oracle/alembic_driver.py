#!/usr/bin/env python3
"""Runs several Alembic command lines in one Python process (the oracle for tst_oracle).

    PYTHONHASHSEED=N python3 alembic_driver.py [--listing fs|sorted|reverse|shuffle:K] < commands

Standard input holds one command line per line as a JSON array of arguments, for example
["-c", "/p/alembic.ini", "history", "-v"]. For each one, standard output gets

    \\x1eBEGIN <i>\\n<what Alembic printed>\\n\\x1eEND <i> <exit code>\\n

(exactly one newline is added before the END marker). Exit codes are those of the
`alembic` script: 0, 255 for "FAILED: ..." (sys.exit(-1)), 2 for usage errors, 1 for an
uncaught exception, whose traceback goes to standard error.

The pseudo-command ["@state", URL, VERSION_TABLE] prints the database's version rows and
tables as JSON (see print_state), so that one process can run a whole sequence of database
commands and report the state after each.

Start-up (about 0.3 s) is paid once, each revision file is executed once per process
(alembic.util.load_python_file is memoised by path: files do not change during a run), and
the ScriptDirectory with its revision map is built once per configuration file (see
--fresh-map, which turns that off to check that it changes nothing).

--listing changes the order in which the versions directory is listed (Alembic's output
order depends on it, and on PYTHONHASHSEED): the oracle's self-check runs Alembic twice
with different seeds and listings and expects the comparison to accept both.
"""

import argparse
import json
import random
import sys
import traceback


def print_state(url, version_table="alembic_version"):
    """The pseudo-command ["@state", url, version_table]: what the database holds, as JSON:
    the version rows (sorted) and the tables of the current schema (sorted)."""
    import sqlalchemy as sa
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        tables = sorted(sa.inspect(conn).get_table_names())
        rows = []
        if version_table in tables:
            rows = sorted(r[0] for r in conn.execute(
                sa.text("SELECT version_num FROM %s" % version_table)))
    engine.dispose()
    print(json.dumps({"rows": rows, "tables": tables}, sort_keys=True))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listing", default="fs")
    ap.add_argument("--fresh-map", action="store_true",
                    help="build the revision map again for every command (slow, for checking)")
    args = ap.parse_args()

    import alembic.config
    import alembic.util
    from alembic.script import base as script_base

    cache = {}
    original_load = alembic.util.load_python_file

    def cached_load(dir_, filename):
        if filename == "env.py":  # it does the work of the database commands: run it each time
            return original_load(dir_, filename)
        key = (dir_, filename)
        if key not in cache:
            cache[key] = original_load(dir_, filename)
        return cache[key]

    alembic.util.load_python_file = cached_load

    if not args.fresh_map:
        # The read-only commands never change a built revision map, so one ScriptDirectory
        # per configuration prints what a fresh one would, faster. (Not byte for byte: the
        # order of branch labels inside one "(...)" group depends on a set of Revision
        # objects hashed by address, so it changes even between two fresh maps in one
        # process; the oracle compares those groups as sets anyway.)
        directories = {}
        original_from_config = script_base.ScriptDirectory.from_config.__func__

        def cached_from_config(cls, config):
            key = (config.config_file_name, config.get_main_option("script_location"))
            if key not in directories:
                directories[key] = original_from_config(cls, config)
            return directories[key]

        script_base.ScriptDirectory.from_config = classmethod(cached_from_config)

    if args.listing != "fs":
        original_list = script_base.Script._list_py_dir.__func__

        def reordered(cls, scriptdir, path):
            names = list(original_list(cls, scriptdir, path))
            if args.listing == "sorted":
                names.sort()
            elif args.listing == "reverse":
                names.sort(reverse=True)
            elif args.listing.startswith("shuffle:"):
                names.sort()
                random.Random(int(args.listing.split(":", 1)[1])).shuffle(names)
            else:
                raise SystemExit("unknown --listing %r" % args.listing)
            return names

        script_base.Script._list_py_dir = classmethod(reordered)

    out = sys.stdout
    for i, line in enumerate(sys.stdin):
        line = line.strip()
        if not line:
            continue
        argv = json.loads(line)
        out.write("\x1eBEGIN %d\n" % i)
        out.flush()
        code = 0
        try:
            if argv and argv[0] == "@state":
                print_state(*argv[1:])
            else:
                alembic.config.main(argv=argv, prog="alembic")
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code & 0xFF
            else:
                sys.stderr.write("%s\n" % e.code)
                code = 1
        except Exception:  # an Alembic crash: report like the interpreter would
            traceback.print_exc()
            code = 1
        sys.stderr.flush()
        out.write("\n\x1eEND %d %d\n" % (i, code))
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
