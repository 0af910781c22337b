#!/usr/bin/env python3
"""Benchmark: the schema engine (issue 10), side by side in one run. Not part of ctest.

    tests/bench/bench_schema.py BUILD_DIR [--runs 5] [--tables 1000] [--retort PATH]
                                [--schemabench PATH]

or `cmake --build BUILD_DIR --target bench-schema` (also the last part of bench.sh). Uses
BUILD_DIR/app/cli/retort and BUILD_DIR/tests/bench/retort-schemabench. Starts a private
PostgreSQL 15 (tests/fixtures/pgserver.sh), stopped at the end, and loads a schema generated
with a fixed seed: --tables tables (10 columns of mixed types, 2 indexes, 1 foreign key each),
100 views and 100 functions (half SQL, half plpgsql). Then, median of --runs runs each:
  1. `retort --url URL schema dump` against `pg_dump --schema-only` (target: <= 0.5x); and
     retort's dump applied with psql -f to an empty database (CREATE DATABASE ... TEMPLATE
     template0; every statement tried, the failing ones counted) must give the same
     `pg_dump --schema-only` (--restrict-key fixed, comment and blank lines left out).
  2. diffSnapshots() of that database and a mutated copy (5% of the tables with a changed
     column type, an added column and a dropped index; 5 changed views), in-process through
     retort-schemabench (target: < 100 ms); the diff must find every mutation. The wall time
     of `retort schema diff URL_A URL_B` is shown as information.
  3. `retort --python none upgrade heads --dry-run --diff` of resources/demo (25 steps, SQLite)
     in a copy of it (target: < 2 s); its demo.db must be left unchanged.
Prints the machine and a table (measurement, value, target, ratio and PASS/FAIL); exits 1 when
a target fails or cannot be measured.
"""

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
PGSERVER = os.path.join(SOURCE, "tests", "fixtures", "pgserver.sh")
DEMO = os.path.join(SOURCE, "resources", "demo")
SEED = 10
VIEWS = 100
FUNCTIONS = 100
RESTRICT_KEY = "retortbenchschema"

# (type, default or None): the 7 free columns of each table draw from these
TYPES = [
    ("integer", "0"), ("bigint", None), ("smallint", "1"), ("text", "''"),
    ("varchar(%d)", None), ("numeric(12,2)", "0"), ("boolean", "false"),
    ("timestamp with time zone", "now()"), ("date", None), ("jsonb", "'{}'::jsonb"),
    ("uuid", None), ("double precision", None), ("bytea", None), ("interval", None),
    ("char(3)", None),
]
# what a mutated table's column may become (ALTER COLUMN ... TYPE, no USING needed)
WIDER = {"integer": "bigint", "smallint": "integer", "varchar": "text",
         "numeric(12,2)": "numeric(14,2)", "char(3)": "varchar(3)", "date": "timestamp"}


def fail(message):
    sys.exit("bench_schema: " + message)


def conninfo(pgdir):
    values = {}
    with open(os.path.join(pgdir, "conninfo"), encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.strip().split("=", 1)
                values[k] = v
    return values


def run(argv, **kw):
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if proc.returncode != 0:
        fail("%s failed (exit %d):\n%s" % (" ".join(argv[:3]), proc.returncode,
                                           (proc.stdout + proc.stderr).decode()[-3000:]))
    return proc


def timed(argv, out_path, cwd=None):
    """Wall seconds of argv, its stdout written to out_path (both tools alike)."""
    with open(out_path, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.run(argv, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - started
    if proc.returncode != 0:
        fail("%s failed (exit %d):\n%s" % (" ".join(argv[:4]), proc.returncode,
                                           proc.stderr.decode()[-3000:]))
    return seconds


# --- the generated schema ------------------------------------------------------------------

class Schema:
    """The tables' columns, for the views, functions and mutations to refer to."""

    def __init__(self, tables, seed):
        self.rng = random.Random(seed)
        self.tables = tables
        self.columns = {}  # table number -> [(name, type)] of the free columns c1..c7
        self.parent = {}   # table number -> the table its foreign key points to


def table(i):
    return "t%04d" % i


def generate(schema):
    rng = schema.rng
    out = ["SET client_min_messages = warning;"]
    for i in range(1, schema.tables + 1):
        parent = rng.randint(1, i - 1) if i > 1 else 1
        schema.parent[i] = parent
        cols = []
        lines = ["    id bigint PRIMARY KEY",
                 "    parent_id bigint REFERENCES %s (id)" % table(parent),
                 "    name text NOT NULL"]
        for k in range(1, 8):
            typ, default = rng.choice(TYPES)
            if "%d" in typ:
                typ = typ % rng.choice((16, 32, 64, 255))
            cols.append(("c%d" % k, typ))
            line = "    c%d %s" % (k, typ)
            if default is not None and rng.random() < 0.5:
                line += " NOT NULL DEFAULT " + default
            lines.append(line)
        schema.columns[i] = cols
        out.append("CREATE TABLE %s (\n%s\n);" % (table(i), ",\n".join(lines)))
        out.append("CREATE INDEX ix_%s_1 ON %s (parent_id);" % (table(i), table(i)))
        col = rng.choice(cols)[0]
        if rng.random() < 0.2:
            out.append("CREATE INDEX ix_%s_2 ON %s (%s) WHERE %s IS NOT NULL;" % (
                table(i), table(i), col, col))
        else:
            out.append("CREATE INDEX ix_%s_2 ON %s (name, %s);" % (table(i), table(i), col))
    schema.views = {}
    for v in range(1, VIEWS + 1):
        t = rng.randint(1, schema.tables)
        schema.views[v] = (t, rng.randint(0, 1000))
        out.append(view_sql(schema, v, "CREATE VIEW"))
    for f in range(1, FUNCTIONS + 1):
        t = table(rng.randint(1, schema.tables))
        if f % 2:
            out.append("CREATE FUNCTION fs_%03d(p_id bigint) RETURNS bigint LANGUAGE sql STABLE\n"
                       "AS $$ SELECT count(*) FROM public.%s WHERE parent_id = p_id $$;" % (f, t))
        else:
            out.append(
                "CREATE FUNCTION fp_%03d(p_id bigint, p_limit integer DEFAULT 10)\n"
                "RETURNS integer "
                "LANGUAGE plpgsql AS $$\nDECLARE\n    n integer := 0;\nBEGIN\n"
                "    SELECT count(*) INTO n FROM public.%s WHERE parent_id = p_id;\n"
                "    IF n > p_limit THEN\n        RETURN p_limit;\n    END IF;\n"
                "    RETURN n;\nEND\n$$;" % (f, t))
    return "\n".join(out) + "\n"


def view_sql(schema, v, verb, shift=0):
    t, k = schema.views[v]
    return ("%s v%03d AS SELECT a.id, a.name, b.name AS parent_name FROM %s a "
            "JOIN %s b ON b.id = a.parent_id WHERE a.id > %d;" % (
                verb, v, table(t), table(schema.parent[t]), k + shift))


def mutate(schema):
    """The SQL that turns the copy into the second database, and what its diff must hold:
    (actions, kind, object) with the object as changesText() names it."""
    rng = schema.rng
    out, expected = [], []
    candidates = list(range(1, schema.tables + 1))
    rng.shuffle(candidates)
    chosen = []
    for i in candidates:
        widen = [(c, t) for c, t in schema.columns[i]
                 if WIDER.get(t.split("(")[0] if t.startswith("varchar") else t)]
        if widen:
            chosen.append((i, rng.choice(widen)))
        if len(chosen) == max(1, schema.tables // 20):
            break
    for i, (col, typ) in sorted(chosen):
        new = WIDER[typ.split("(")[0] if typ.startswith("varchar") else typ]
        out.append("ALTER TABLE %s ALTER COLUMN %s TYPE %s;" % (table(i), col, new))
        out.append("ALTER TABLE %s ADD COLUMN added_note text DEFAULT 'n/a';" % table(i))
        out.append("DROP INDEX ix_%s_2;" % table(i))
        expected += [("~", "column", "public.%s.%s" % (table(i), col)),
                     ("+", "column", "public.%s.added_note" % table(i)),
                     ("-", "index", "ix_%s_2" % table(i))]
    for v in sorted(rng.sample(range(1, VIEWS + 1), max(1, VIEWS // 20))):
        out.append(view_sql(schema, v, "CREATE OR REPLACE VIEW", shift=1))
        expected.append(("+-~", "view", "public.v%03d" % v))
    return "\n".join(out) + "\n", expected


def missing_changes(change_lines, expected):
    """The expected changes that no line of changesText() shows."""
    seen = []
    for line in change_lines:
        m = re.match(r"([-+~]) (\S+(?: view)?) (\S+)", line)
        if m:
            seen.append((m.group(1), m.group(2), m.group(3).rstrip(":")))
    missing = []
    for actions, kind, name in expected:
        if not any(a in actions and k == kind and (o == name or o.endswith("." + name))
                   for a, k, o in seen):
            missing.append("%s %s %s" % (actions, kind, name))
    return missing


# --- comparing dumps -----------------------------------------------------------------------

def significant(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f
                if line.strip() and not line.startswith("--")]


def first_differences(a, b, count=8):
    import difflib
    out = []
    for line in difflib.unified_diff(a, b, "original", "restored", lineterm="", n=0):
        out.append(line)
        if len(out) >= count + 2:
            break
    return out


# --- SQLite demo ---------------------------------------------------------------------------

def sqlite_state(path):
    """None when the file is absent; else its sqlite_master and version rows."""
    if not os.path.exists(path):
        return None
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        master = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "ORDER BY type, name").fetchall()
        versions = []
        if any(r[1] == "alembic_version" for r in master):
            versions = db.execute("SELECT * FROM alembic_version ORDER BY 1").fetchall()
        return (master, versions)
    finally:
        db.close()


def describe_state(state):
    if state is None:
        return "no file"
    master, versions = state
    return "%d objects, %d version rows" % (len(master), len(versions))


# --- the run -------------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows = []
        self.ok = True

    def section(self, what):
        self.rows.append((what, "", "", ""))

    def info(self, what, value):
        self.rows.append((what, value, "", "info"))

    def check(self, what, value, target, passed, ratio=None):
        verdict = "PASS" if passed else "FAIL"
        if ratio is not None:
            verdict = "%.2fx %s" % (ratio, verdict)
        self.rows.append((what, value, target, verdict))
        self.ok = self.ok and passed

    def missing(self, what, target, reason):
        self.rows.append((what, "not available", target, "FAIL (%s)" % reason))
        self.ok = False

    def print(self):
        w = [max(len(r[i]) for r in self.rows + [self.header()]) for i in range(4)]
        for n, r in enumerate([self.header()] + self.rows):
            print("%-*s | %*s | %-*s | %s" % (w[0], r[0], w[1], r[1], w[2], r[2], r[3]))
            if n == 0:
                print("-+-".join("-" * x for x in w))

    @staticmethod
    def header():
        return ("measurement", "value", "target", "ratio/result")


def median(values):
    return statistics.median(values)


def bench_postgres(args, retort, schemabench, work, table_out, machine):
    pgdir = os.path.join(work, "pg")
    try:
        run(["sh", PGSERVER, "start", pgdir])
        info = conninfo(pgdir)
        bindir, sock, port, user = info["bindir"], info["socket"], info["port"], info["user"]
        psql = [os.path.join(bindir, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", sock,
                "-p", port, "-U", user]
        pg_dump = [os.path.join(bindir, "pg_dump"), "-h", sock, "-p", port, "-U", user,
                   "--schema-only", "--restrict-key=" + RESTRICT_KEY]

        def url(db):
            return "postgresql://%s@/%s?host=%s&port=%s" % (user, db, sock, port)

        machine["PostgreSQL"] = run(psql + ["-d", "postgres", "-A", "-t", "-c",
                                            "SHOW server_version"]).stdout.decode().strip()

        schema = Schema(args.tables, SEED)
        ddl = os.path.join(work, "schema.sql")
        with open(ddl, "w", encoding="utf-8") as f:
            f.write(generate(schema))
        mutation_sql, expected = mutate(schema)
        mutation = os.path.join(work, "mutation.sql")
        with open(mutation, "w", encoding="utf-8") as f:
            f.write(mutation_sql)
        run(psql + ["-d", "postgres", "-c", "CREATE DATABASE bench_a TEMPLATE template0"])
        run(psql + ["-d", "bench_a", "-1", "-f", ddl])
        run(psql + ["-d", "postgres", "-c", "CREATE DATABASE bench_b TEMPLATE bench_a"])
        run(psql + ["-d", "bench_b", "-1", "-f", mutation])
        run(psql + ["-d", "bench_a", "-c", "ANALYZE"])
        run(psql + ["-d", "bench_b", "-c", "ANALYZE"])
        what = "%d tables, %d views, %d functions" % (args.tables, VIEWS, FUNCTIONS)

        # 1. dump: one unmeasured run of each warms the caches
        retort_dump = os.path.join(work, "retort-dump.sql")
        pg_dump_out = os.path.join(work, "pg_dump.sql")
        retort_cmd = [retort, "--url", url("bench_a"), "schema", "dump"]
        pg_dump_cmd = pg_dump + ["-d", "bench_a"]
        timed(retort_cmd, retort_dump, cwd=work)
        timed(pg_dump_cmd, pg_dump_out)
        t_retort, t_pg = [], []
        for _ in range(args.runs):
            t_retort.append(timed(retort_cmd, retort_dump, cwd=work))
            t_pg.append(timed(pg_dump_cmd, pg_dump_out))
        m_retort, m_pg = median(t_retort), median(t_pg)
        table_out.section("schema dump: " + what)
        table_out.info("  retort schema dump (median s)", "%.3f" % m_retort)
        table_out.info("  pg_dump --schema-only (median s)", "%.3f" % m_pg)
        table_out.check("  retort / pg_dump", "%.3f s" % m_retort, "<= 0.50x pg_dump",
                        m_retort <= 0.5 * m_pg, ratio=m_retort / m_pg)

        run(psql + ["-d", "postgres", "-c", "CREATE DATABASE bench_restored TEMPLATE template0"])
        # every statement is tried (psql goes on after an error): the row shows how many fail
        # and how far the pg_dump of what they built is from the original's
        restore = subprocess.run(
            [psql[0], "-X", "-q", "-h", sock, "-p", port, "-U", user, "-d", "bench_restored",
             "-f", retort_dump], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        errors = [line for line in restore.stderr.decode().splitlines() if "ERROR:" in line]
        restored_out = os.path.join(work, "pg_dump-restored.sql")
        timed(pg_dump + ["-d", "bench_restored"], restored_out)
        a, b = significant(pg_dump_out), significant(restored_out)
        differing = sum(1 for line in first_differences(a, b, count=len(a) + len(b))
                        if line[:1] in "+-" and line[:3] not in ("+++", "---"))
        value = "%d of %d lines differ" % (differing, len(a)) if differing else \
            "%d lines same" % len(a)
        if errors:
            value = "%d psql error(s), %s" % (len(errors), value)
            print("bench_schema: psql -f of retort's dump on an empty database: %d error(s):\n  %s"
                  % (len(errors), "\n  ".join(errors[:5])), file=sys.stderr)
        if differing:
            print("bench_schema: pg_dump of that database differs from the original's:\n  " +
                  "\n  ".join(first_differences(a, b)), file=sys.stderr)
        table_out.check("  retort's dump restores to the same pg_dump", value,
                        "identical, no error", not errors and not differing)

        # 2. diff
        bench = run([schemabench, url("bench_a"), url("bench_b"), "--runs",
                     str(args.runs)]).stdout.decode().splitlines()
        values = dict(line.split("=", 1) for line in bench if "=" in line
                      and not line.startswith("change: "))
        changes = [line[len("change: "):] for line in bench if line.startswith("change: ")]
        diff_ms = float(values["diff_ms"])
        table_out.section("schema diff: it and a mutated copy (%d expected changes)" %
                          len(expected))
        table_out.info("  readSnapshot() of each (ms, information)", "%s / %s" % (
            values["read_from_ms"], values["read_to_ms"]))
        table_out.info("  objects in the snapshots", "%s / %s" % (
            values["objects_from"], values["objects_to"]))
        table_out.check("  diffSnapshots() in-process (median ms)", "%.2f" % diff_ms,
                        "< 100 ms", diff_ms < 100, ratio=diff_ms / 100)
        missing = missing_changes(changes, expected)
        table_out.check("  diff finds every mutation", "%s changes, %d of %d found" % (
            values["changes"], len(expected) - len(missing), len(expected)),
            "all", not missing)
        if missing:
            print("bench_schema: the diff misses: " + ", ".join(missing[:10]), file=sys.stderr)
        diff_out = os.path.join(work, "diff.sql")
        diff_cmd = [retort, "schema", "diff", url("bench_a"), url("bench_b")]
        timed(diff_cmd, diff_out, cwd=work)
        t_cli = [timed(diff_cmd, diff_out, cwd=work) for _ in range(args.runs)]
        table_out.info("  retort schema diff A B, CLI wall (median s)", "%.3f" % median(t_cli))
    finally:
        subprocess.run(["sh", PGSERVER, "stop", pgdir], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def bench_demo(args, retort, work, table_out):
    table_out.section("demo: upgrade heads --dry-run --diff on SQLite")
    target = "< 2 s"
    help_text = subprocess.run([retort, "upgrade", "--help"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT).stdout.decode()
    if not re.search(r"--dry-run\b", help_text) or not re.search(r"--diff\b", help_text):
        table_out.missing("  25-step dry-run diff (median s)", target,
                          "`retort upgrade --help` has no --dry-run --diff")
        return
    demo = os.path.join(work, "demo")
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("*.db", "__pycache__"))
    db = os.path.join(demo, "demo.db")
    before = sqlite_state(db)
    cmd = [retort, "--python", "none", "upgrade", "heads", "--dry-run", "--diff"]
    out = os.path.join(work, "dry-run.txt")
    env = dict(os.environ)
    env.pop("ALEMBIC_CONFIG", None)
    times, states = [], []
    for _ in range(args.runs + 1):  # the first run is not measured
        with open(out, "wb") as f:
            started = time.perf_counter()
            proc = subprocess.run(cmd, cwd=demo, env=env, stdout=f, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - started)
        if proc.returncode != 0:
            table_out.check("  25-step dry-run diff (median s)", "exit %d" % proc.returncode,
                            target, False)
            print("bench_schema: %s failed:\n%s" % (" ".join(cmd[1:]),
                                                    proc.stderr.decode()[-2000:]),
                  file=sys.stderr)
            return
        states.append(sqlite_state(db))
    with open(out, encoding="utf-8") as f:
        text = f.read()
    steps = len(re.findall(r"^Step \d+ of \d+: upgrade ", text, re.M))
    m = median(times[1:])
    table_out.check("  25-step dry-run diff (median s)", "%.3f" % m, target, m < 2,
                    ratio=m / 2)
    table_out.check("  steps shown in its output", "%d" % steps, "25", steps == 25)
    # unchanged: the same rows, or still no schema at all when there was no file
    unchanged = all(s == before or (before is None and s == ([], [])) for s in states)
    after = states[-1]
    value = describe_state(before) + " -> " + describe_state(after)
    table_out.check("  demo.db unchanged after %d runs" % len(states), value, "unchanged",
                    unchanged)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build_dir")
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    ap.add_argument("--tables", type=int, default=1000)
    ap.add_argument("--retort", help="default: BUILD_DIR/app/cli/retort")
    ap.add_argument("--schemabench", help="default: BUILD_DIR/tests/bench/retort-schemabench")
    args = ap.parse_args()
    if args.runs < 1 or args.tables < 20:
        fail("--runs must be at least 1 and --tables at least 20")
    build_dir = os.path.abspath(args.build_dir)
    retort = args.retort or os.path.join(build_dir, "app", "cli", "retort")
    schemabench = args.schemabench or os.path.join(build_dir, "tests", "bench",
                                                   "retort-schemabench")
    for tool, target in ((retort, "retort"), (schemabench, "retort-schemabench")):
        if not os.access(tool, os.X_OK):
            fail("%s is not an executable: build the %s target first" % (tool, target))

    machine = {"nproc": str(os.cpu_count())}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            models = [l.split(":", 1)[1].strip() for l in f if l.startswith("model name")]
        if models:
            machine["cpu"] = models[0]
    except OSError:
        pass
    machine["SQLite (python)"] = sqlite3.sqlite_version
    table_out = Table()
    work = tempfile.mkdtemp(prefix="retort-bench-schema-", dir=build_dir)
    try:
        bench_postgres(args, retort, schemabench, work, table_out, machine)
        bench_demo(args, retort, work, table_out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("schema engine (median of %d runs; seed %d; PostgreSQL over its unix socket)" % (
        args.runs, SEED))
    print("machine: " + ", ".join("%s %s" % kv for kv in machine.items()))
    print()
    table_out.print()
    print()
    print("all targets met" if table_out.ok else "a target was MISSED")
    return 0 if table_out.ok else 1


if __name__ == "__main__":
    sys.exit(main())
