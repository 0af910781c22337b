# Retort's Python bridge: runs ONE revision's upgrade() or downgrade() with Alembic itself,
# for the steps Retort cannot render to SQL. Retort starts it as
#   <python> -c <this file's text>
# and writes one JSON request to its standard input (never the command line: the URL may
# hold a password). Modes:
#   "run":     connect to `url`, and in one transaction: run the session statements
#              (timeouts), the revision's function through Alembic's Operations, then the
#              version-table statements (each must change exactly one row when `checked`).
#   "preview": the same function in Alembic's offline mode (as_sql) for `dialect`, printed.
# Exit status 0 on success; on failure the last line of stderr starts with "RETORT-ERROR: ".
import importlib.util
import json
import os
import sys
import traceback


def load_module(path, sys_path):
    for entry in reversed(sys_path):
        if entry not in sys.path:
            sys.path.insert(0, entry)
    name = "retort_bridge_" + os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    request = json.load(sys.stdin)
    from alembic.config import Config
    from alembic.operations import Operations
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory

    module = load_module(request["path"], request.get("sys_path", []))
    function = getattr(module, request["function"])
    opts = {}
    if request.get("version_table"):
        opts["version_table"] = request["version_table"]
    if request.get("version_table_schema"):
        opts["version_table_schema"] = request["version_table_schema"]
    # The module may ask `alembic.context` (is_offline_mode(), get_context()): establish the
    # environment as env.py would, without running env.py.
    config = Config(request["ini"], ini_section=request.get("section", "alembic"))
    script = ScriptDirectory.from_config(config)

    if request["mode"] == "preview":
        with EnvironmentContext(config, script, as_sql=True) as env:
            env.configure(dialect_name=request["dialect"], as_sql=True,
                          output_buffer=sys.stdout, **opts)
            with Operations.context(env.get_context()):
                function()
        sys.stdout.flush()
        return

    import sqlalchemy as sa

    engine = sa.create_engine(request["url"])
    with engine.connect() as connection:
        with connection.begin():
            for statement in request.get("session", []):
                connection.exec_driver_sql(statement)
            with EnvironmentContext(config, script) as env:
                env.configure(connection=connection, **opts)
                with Operations.context(env.get_context()):
                    function()
            for change in request.get("version", []):
                result = connection.exec_driver_sql(change["sql"])
                if change.get("checked") and result.rowcount != 1:
                    raise RuntimeError(
                        "Online migration expected to match one row when running '%s'; "
                        "%d found" % (change["sql"], result.rowcount))
    engine.dispose()


try:
    main()
except BaseException as exc:  # report every failure in one recognisable line
    traceback.print_exc(file=sys.stderr)
    message = ("%s: %s" % (type(exc).__name__, exc)).replace("\n", " ")
    sys.stderr.write("RETORT-ERROR: %s\n" % message)
    sys.stderr.flush()
    sys.exit(1)
