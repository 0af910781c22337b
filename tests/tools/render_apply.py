#!/usr/bin/env python3
"""Online render check: the schema retort builds against the one Alembic builds, on PostgreSQL.

    render_apply.py [--ini INI] [--retort CLI] [--python PY] [--conninfo FILE] [--alembic-only]

On the test suite's PostgreSQL server (the CTest fixture "postgres": $RETORT_PG_DIR/conninfo,
written by tests/fixtures/pgserver.sh) this creates two fresh databases, runs
`PY -m alembic -c INI -x url=URL upgrade head` on one and `CLI -c INI --url URL upgrade head` on
the other (in parallel), and compares `pg_dump --schema-only --no-owner` of the two and their
alembic_version rows; then `downgrade base` on both and compares again. The dumps are compared
as pg_dump writes them: pg_dump 15.14+ brackets a dump with `\\restrict KEY` lines whose key is
random per run, so the key is pinned with --restrict-key (or, for an older pg_dump, those two
lines are dropped); nothing else is changed (a schema-only dump without --create does not
name the database). It prints the size of the final schema (schemas, tables, columns, indexes,
constraints, types, sequences, functions, triggers, views) and, on a difference, a unified
diff of the dumps. Exit status: 0 identical, 1 any difference or failed run.

--alembic-only runs the Alembic side only (upgrade, downgrade, and the checks that the
downgrade leaves nothing but alembic_version): the corpus's own sanity check.
The databases are dropped at the end when everything matched and kept for inspection otherwise.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INI = os.path.normpath(os.path.join(HERE, "..", "corpus", "render", "alembic.ini"))
DATABASES = {"alembic": "render_apply_alembic", "retort": "render_apply_retort"}
MAX_DIFF_LINES = 400

STATS = [
    ("schemas", "SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                "AND nspname NOT IN ('information_schema', 'public')"),
    ("tables", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"),
    ("columns", "SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') "
                "AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT IN ('pg_catalog', 'information_schema')"),
    ("indexes", "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"),
    ("constraints", "SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace "
                    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"),
    ("enum/composite types", "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                             "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                             "AND (t.typtype = 'e' OR (t.typtype = 'c' AND t.typrelid = 0))"),
    ("sequences", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"),
    ("views", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"),
    ("functions", "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                  "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                  "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"),
    ("triggers", "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"),
    ("extensions", "SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql'"),
]

LEFTOVERS = """
SELECT 'relation ' || n.nspname || '.' || c.relname FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND c.relname NOT IN ('alembic_version', 'alembic_version_pkc')
UNION ALL
SELECT 'type ' || n.nspname || '.' || t.typname FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND t.typrelid = 0))
UNION ALL
SELECT 'schema ' || nspname FROM pg_namespace
 WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public')
UNION ALL
SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
UNION ALL
SELECT 'function ' || n.nspname || '.' || p.proname FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 1
"""


class Server:
    def __init__(self, conninfo):
        values = {}
        with open(conninfo) as f:
            for line in f:
                if "=" in line and not line.lstrip().startswith("#"):
                    k, v = line.split("=", 1)
                    values[k.strip()] = v.strip()
        self.host, self.port = values["host"], values["port"]
        self.user = values.get("user", "postgres")
        self.bindir = values.get("bindir", "/usr/lib/postgresql/15/bin")

    def url(self, db):
        return "postgresql://%s@%s:%s/%s" % (self.user, self.host, self.port, db)

    def psql(self, db, sql):
        p = subprocess.run([os.path.join(self.bindir, "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                            "-h", self.host, "-p", self.port, "-U", self.user, "-d", db, "-c", sql],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise RuntimeError("psql on %s failed: %s\n%s" % (db, sql, p.stderr.strip()))
        return p.stdout

    def dump(self, db):
        pg_dump = os.path.join(self.bindir, "pg_dump")
        # Retort's audit table (retort_history) is Retort's own, beside the version table:
        # compare() checks it separately, and the dumps compare the migrations' schema.
        cmd = [pg_dump, "--schema-only", "--no-owner", "--exclude-table=public.retort_history",
               "-h", self.host, "-p", self.port, "-U", self.user, db]
        pinned = "--restrict-key" in subprocess.run([pg_dump, "--help"], stdout=subprocess.PIPE,
                                                    text=True).stdout
        if pinned:
            cmd.insert(1, "--restrict-key=renderapply")
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise RuntimeError("pg_dump of %s failed: %s" % (db, p.stderr.strip()))
        if pinned:
            return p.stdout
        return "".join(l for l in p.stdout.splitlines(True) if not re.match(r"\\(un)?restrict ", l))


def run(cmd, cwd):
    t = time.time()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode, p.stdout, time.time() - t


def head(text, n=25):
    """A failed command's output: its first lines and, where the error is, its last ones."""
    lines = text.strip().splitlines()
    if len(lines) > 2 * n:
        lines = lines[:5] + ["... (%d lines)" % (len(lines) - 5 - n)] + lines[-n:]
    return "\n".join("    " + l for l in lines) or "    (no output)"


class Check:
    def __init__(self, server, args):
        self.server, self.args = server, args
        self.problems = []
        self.cwd = os.path.dirname(args.ini)

    def command(self, who, verb, target):
        db = DATABASES[who]
        if who == "alembic":
            return [self.args.python, "-m", "alembic", "-c", self.args.ini, "-x", "url=" + self.server.url(db),
                    verb, target]
        # The few modules that read the database online run through the Python bridge (the
        # same Alembic); every other step is Retort's own SQL.
        return [self.args.retort, "-c", self.args.ini, "--url", self.server.url(db),
                "--python", self.args.python, verb, target]

    def step(self, verb, target, sides):
        with concurrent.futures.ThreadPoolExecutor(len(sides)) as pool:
            futures = {who: pool.submit(run, self.command(who, verb, target), self.cwd) for who in sides}
            results = {who: f.result() for who, f in futures.items()}
        for who in sides:
            code, out, secs = results[who]
            print("%-8s %s %s: exit %d, %.1f s" % (who, verb, target, code, secs))
            if code != 0:
                self.problems.append("%s %s %s failed (exit %d):\n%s" % (who, verb, target, code, head(out)))
        return all(results[w][0] == 0 for w in sides)

    def versions(self, who):
        db = DATABASES[who]
        exists = self.server.psql(db, "SELECT to_regclass('public.alembic_version') IS NOT NULL").strip()
        if exists != "t":
            return "(no alembic_version table)"
        rows = self.server.psql(db, "SELECT version_num FROM alembic_version ORDER BY 1").split()
        return ", ".join(rows) or "(empty)"

    def compare(self, stage):
        dumps = {who: self.server.dump(DATABASES[who]) for who in DATABASES}
        versions = {who: self.versions(who) for who in DATABASES}
        ok = True
        audit = self.server.psql(DATABASES["retort"], "SELECT to_regclass('public.retort_history') IS NOT NULL "
                                 "AND EXISTS (SELECT FROM public.retort_history WHERE direction = '%s' "
                                 "AND outcome = 'applied')" % stage.split()[0]).strip()
        if audit != "t":
            ok = False
            self.problems.append("after %s: retort_history has no applied %s row" % (stage, stage.split()[0]))
        if versions["alembic"] != versions["retort"]:
            ok = False
            self.problems.append("after %s: alembic_version differs: alembic %s, retort %s"
                                 % (stage, versions["alembic"], versions["retort"]))
        if dumps["alembic"] != dumps["retort"]:
            ok = False
            diff = list(difflib.unified_diff(dumps["alembic"].splitlines(), dumps["retort"].splitlines(),
                                             "alembic (%s)" % DATABASES["alembic"],
                                             "retort (%s)" % DATABASES["retort"], lineterm="", n=2))
            shown = diff[:MAX_DIFF_LINES]
            if len(diff) > MAX_DIFF_LINES:
                shown.append("... (%d more diff lines)" % (len(diff) - MAX_DIFF_LINES))
            self.problems.append("after %s: the schema dumps differ (%d vs %d lines):\n%s"
                                 % (stage, len(dumps["alembic"].splitlines()), len(dumps["retort"].splitlines()),
                                    "\n".join(shown)))
        print("%-8s after %s: schema dumps %s (%d lines), alembic_version %s" % (
            "compare", stage, "identical" if dumps["alembic"] == dumps["retort"] else "DIFFER",
            len(dumps["alembic"].splitlines()), versions["alembic"]))
        return ok


def stats(server, db):
    return [(name, int(server.psql(db, sql).strip() or 0)) for name, sql in STATS]


def leftovers(server, db):
    return [l for l in server.psql(db, LEFTOVERS).splitlines() if l.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ini", default=DEFAULT_INI, help="the project's alembic.ini (default: the render corpus)")
    ap.add_argument("--retort", default=os.environ.get("RETORT_CLI"), help="retort CLI (default $RETORT_CLI)")
    ap.add_argument("--python", default=os.environ.get("RETORT_PYTHON") or "/usr/bin/python3",
                    help="Python with Alembic (default $RETORT_PYTHON, else /usr/bin/python3)")
    ap.add_argument("--conninfo", help="the server's conninfo file (default $RETORT_PG_DIR/conninfo)")
    ap.add_argument("--alembic-only", action="store_true", help="run and check the Alembic side only")
    args = ap.parse_args()
    args.ini = os.path.abspath(args.ini)
    conninfo = args.conninfo or (os.path.join(os.environ["RETORT_PG_DIR"], "conninfo")
                                 if os.environ.get("RETORT_PG_DIR") else None)
    if not conninfo or not os.path.exists(conninfo):
        print("render_apply: no PostgreSQL server: %s is missing (run through ctest, whose fixture "
              "pg_server_start writes it, or give --conninfo)" % (conninfo or "$RETORT_PG_DIR/conninfo"))
        return 1
    if not args.alembic_only and not args.retort:
        print("render_apply: no retort CLI (give --retort or set RETORT_CLI)")
        return 1
    server = Server(conninfo)
    sides = ["alembic"] if args.alembic_only else ["alembic", "retort"]
    t0 = time.time()
    for who in sides:
        db = DATABASES[who]
        server.psql("postgres", 'DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
        server.psql("postgres", 'CREATE DATABASE "%s"' % db)
    check = Check(server, args)
    print("render apply: %s on %s:%s" % (args.ini, server.host, server.port))

    up_ok = check.step("upgrade", "head", sides)
    final = stats(server, DATABASES["alembic"])
    if len(sides) == 2:
        check.compare("upgrade head")
    down_ok = check.step("downgrade", "base", sides)
    left = leftovers(server, DATABASES["alembic"])
    if left:
        check.problems.append("Alembic's downgrade base left objects behind (the corpus is wrong):\n"
                              + "\n".join("    " + l for l in left))
    if len(sides) == 2:
        check.compare("downgrade base")

    print()
    print("final schema (Alembic, upgrade head):")
    for name, count in final:
        print("    %-22s %6d" % (name, count))
    for p in check.problems:
        print("\n" + p)
    ok = up_ok and down_ok and not check.problems
    if ok:
        for who in sides:
            server.psql("postgres", 'DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % DATABASES[who])
    else:
        print("\nthe databases %s are kept for inspection" % ", ".join(DATABASES[w] for w in sides))
    print("\nrender apply: %s (%.1f s)" % ("IDENTICAL" if ok and len(sides) == 2 else "OK" if ok else "FAILED",
                                          time.time() - t0))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
