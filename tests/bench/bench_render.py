#!/usr/bin/env python3
"""Offline rendering: `retort upgrade base:head --sql` (and `downgrade head:base --sql`)
against Alembic's on autogenerate-style projects. Not part of ctest.

    tests/bench/bench_render.py BUILD_DIR [--sizes 1000,10000] [--runs 3] [--slow 60]
                                [--alembic-sizes 1000,10000] [--retort PATH]
                                [--python /usr/bin/python3] [--json FILE]

BUILD_DIR is a configured build (use the optimised one, build/ci or build/release); its
app/cli/retort is measured. Projects come from tests/tools/genproject.py --body autogen
--linear (seed 7): each revision creates a table with typed columns and constraints and adds
a mix of add_column, create_index, alter_column, drop_column, batch_alter_table,
op.execute(), dialect ifs, loops and bulk_insert, so the renderer does real work. They are
cached in BUILD_DIR/bench-projects and regenerated when the generator changes. Both tools
render for PostgreSQL (offline mode never connects): Alembic gets `-x url=postgresql://...`,
which the generated env.py reads; retort, which never runs env.py, gets the same URL as
`--url`.

For each size and direction, retort runs once to warm the file cache, then --runs times; the
table shows the median wall time and the largest peak RSS (os.wait4's ru_maxrss, the figure
`/usr/bin/time -f %M` prints). Alembic (Debian's, `python3 -m alembic`) runs after one
unmeasured `heads` that writes its bytecode cache, then --runs times, or once when that first
run took longer than --slow seconds (marked "1 run" in the table).

Statements are counted in what each tool prints (lines ending in `;`). "same bytes" means the
two outputs are identical; "same bytes but version rows" that they are once the version table's
statements are left out: when a downgrade unmerges, Alembic picks the parent whose row is
updated (the others are inserted) from a Python set, so that choice changes with
PYTHONHASHSEED (see tests/tools/render_oracle.py for the statement-by-statement comparison). A retort run that
fails or prints another number of statements than Alembic is shown as such in the table
instead of its numbers (before the renderer exists, retort refuses every module it cannot
run as literal SQL). The exit code is 0 only when every run succeeded and the counts agree.
"""

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(SOURCE, "tests", "tools", "genproject.py")
SEED = 7
URL = "postgresql://bench@localhost/bench"
DIRECTIONS = {
    "upgrade": ["upgrade", "base:head", "--sql"],
    "downgrade": ["downgrade", "head:base", "--sql"],
}


def sha1_file(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def project(build_dir, size, python):
    """Generates (or reuses) a project of `size` revisions; returns its ini path."""
    out = os.path.join(build_dir, "bench-projects", "render-%d-seed-%d" % (size, SEED))
    args = ["--seed", str(SEED), "--revisions", str(size), "--out", out, "--body", "autogen",
            "--linear", "--no-extras"]
    stamp = sha1_file(GENERATOR) + " " + " ".join(args)
    stamp_path = os.path.join(out, ".bench-stamp")
    try:
        with open(stamp_path, encoding="utf-8") as f:
            if f.read() == stamp:
                return os.path.join(out, "alembic.ini")
    except OSError:
        pass
    os.makedirs(out, exist_ok=True)
    started = time.perf_counter()
    subprocess.run([python, GENERATOR] + args, check=True)
    print("generated %d revisions in %.1f s: %s" % (size, time.perf_counter() - started, out),
          file=sys.stderr)
    with open(stamp_path, "w", encoding="utf-8") as f:
        f.write(stamp)
    return os.path.join(out, "alembic.ini")


class Run:
    """One measured run: wall seconds, peak RSS (KiB), exit code, statements, output digest,
    and the last line of stderr (the error, when it failed)."""

    def __init__(self, argv, cwd, env):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            started = time.perf_counter()
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err)
            # wait4 gives this child's own rusage (ru_maxrss: peak resident set, KiB on Linux)
            _, status, usage = os.wait4(proc.pid, 0)
            self.seconds = time.perf_counter() - started
            self.kib = usage.ru_maxrss
            self.code = os.waitstatus_to_exitcode(status)
            out.seek(0)
            digest = hashlib.sha1()
            schema_digest = hashlib.sha1()  # without the version table's statements
            self.statements = 0
            for line in out:
                digest.update(line)
                if b"alembic_version" not in line:
                    schema_digest.update(line)
                if line.rstrip().endswith(b";"):
                    self.statements += 1
            self.digest = digest.hexdigest()
            self.schema_digest = schema_digest.hexdigest()
            err.seek(max(0, err.seek(0, os.SEEK_END) - 4000))
            lines = err.read().decode("utf-8", "replace").strip().splitlines()
            out.seek(0)
            if not lines:  # retort prints its errors ("FAILED: ...") on stdout
                out.seek(max(0, out.seek(0, os.SEEK_END) - 4000))
                lines = out.read().decode("utf-8", "replace").strip().splitlines()
            self.last = lines[-1] if lines else ""


def measure(argv, cwd, env, runs, slow):
    """The runs of argv: --runs of them, or the first alone when it took over `slow` s."""
    first = Run(argv, cwd, env)
    if first.code != 0 or first.seconds > slow:
        return [first]
    return [first] + [Run(argv, cwd, env) for _ in range(runs - 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build_dir")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--alembic-sizes", default="1000,10000",
                    help="sizes Alembic renders too (the others show retort alone)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--slow", type=float, default=60.0,
                    help="a command whose first run takes longer runs only once")
    ap.add_argument("--retort", help="default: BUILD_DIR/app/cli/retort")
    ap.add_argument("--python", default="/usr/bin/python3",
                    help="the Python with Debian's Alembic (also runs the generator)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    build_dir = os.path.abspath(args.build_dir)
    retort = args.retort or os.path.join(build_dir, "app", "cli", "retort")
    if not os.access(retort, os.X_OK):
        sys.exit("bench_render: %s is not an executable: build the retort target first" % retort)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    alembic_sizes = {int(s) for s in args.alembic_sizes.split(",") if s}
    runs = max(1, args.runs)
    env = dict(os.environ)
    env.pop("ALEMBIC_CONFIG", None)

    rows = []
    for size in sizes:
        ini = project(build_dir, size, args.python)
        cwd = os.path.dirname(ini)
        if size in alembic_sizes:
            # writes __pycache__ for env.py, as any second run finds it
            Run([args.python, "-m", "alembic", "-c", ini, "heads"], cwd, env)
        for direction, command in DIRECTIONS.items():
            rargv = [retort, "-c", ini, "--url", URL] + command
            Run(rargv, cwd, env)  # warms the page cache
            rruns = measure(rargv, cwd, env, runs, args.slow)
            aruns = []
            if size in alembic_sizes:
                aargv = [args.python, "-m", "alembic", "-c", ini, "-x", "url=" + URL] + command
                aruns = measure(aargv, cwd, env, runs, args.slow)
            row = make_row(size, direction, rruns, aruns)
            rows.append(row)
            print_row(row, header=len(rows) == 1)

    failures = [r["problem"] for r in rows if r["problem"]]
    print()
    for failure in failures:
        print("FAIL  %s" % failure)
    if not failures:
        print("PASS  retort rendered every size and direction with Alembic's statement count")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rows": rows, "failures": failures}, f, indent=1)
    return 0 if not failures else 1


def make_row(size, direction, rruns, aruns):
    rok = all(r.code == 0 for r in rruns)
    aok = bool(aruns) and all(r.code == 0 for r in aruns)
    row = {
        "size": size,
        "direction": direction,
        "retort_ok": rok,
        "retort_exit": rruns[-1].code,
        "retort_s": statistics.median(r.seconds for r in rruns),
        "retort_mib": max(r.kib for r in rruns) / 1024.0,
        "retort_runs": len(rruns),
        "retort_statements": rruns[-1].statements,
        "alembic_s": statistics.median(r.seconds for r in aruns) if aruns else None,
        "alembic_mib": max(r.kib for r in aruns) / 1024.0 if aruns else None,
        "alembic_runs": len(aruns),
        "alembic_statements": aruns[-1].statements if aok else None,
        "same_bytes": bool(aok and rok and aruns[-1].digest == rruns[-1].digest),
        "same_schema_sql": bool(aok and rok and
                                aruns[-1].schema_digest == rruns[-1].schema_digest),
        "problem": None,
        "retort_error": None,
    }
    if aruns and not aok:
        row["problem"] = "alembic %s on %d revisions exited %d: %s" % (
            direction, size, aruns[-1].code, aruns[-1].last)
    elif not rok:
        row["problem"] = "retort %s on %d revisions exited %d: %s" % (
            direction, size, rruns[-1].code, rruns[-1].last.strip())
        row["retort_error"] = re.sub(r"^.*?\.py:\d+: ", "", rruns[-1].last.strip())
    elif aok and row["retort_statements"] != row["alembic_statements"]:
        row["problem"] = "retort %s on %d revisions printed %d statements, Alembic %d" % (
            direction, size, row["retort_statements"], row["alembic_statements"])
    return row


def print_row(row, header):
    if header:
        print("%7s | %-9s | %9s | %10s | %10s | %20s | %s" % (
            "size", "direction", "retort s", "retort MiB", "alembic s", "ratio alembic/retort",
            "statements"))
        print("-" * 100)
    if row["alembic_s"] is None:
        alembic = "%10s" % "-"
    elif row["alembic_statements"] is None:
        alembic = "%10s" % "FAILED"
    else:
        alembic = "%10.2f" % row["alembic_s"]
    notes = []
    if row["alembic_runs"] == 1:
        notes.append("alembic: 1 run")
    if row["retort_ok"] and row["retort_runs"] == 1:
        notes.append("retort: 1 run")
    if not row["retort_ok"]:
        # no numbers for a failed run: they would measure how fast it fails
        retort_s, retort_mib, ratio = "%9s" % "FAILED", "%10s" % "-", "%20s" % "-"
        statements = "%sretort exit %d (%s)" % (
            "alembic %d; " % row["alembic_statements"] if row["alembic_statements"] is not None
            else "", row["retort_exit"], shorten(row["retort_error"]))
    else:
        retort_s = "%9.3f" % row["retort_s"]
        retort_mib = "%10.1f" % row["retort_mib"]
        ratio = "%19.1fx" % (row["alembic_s"] / row["retort_s"]) \
            if row["alembic_statements"] is not None and row["retort_s"] > 0 else "%20s" % "-"
        if row["alembic_statements"] is None:
            statements = "%d (retort)" % row["retort_statements"]
        elif row["retort_statements"] == row["alembic_statements"]:
            statements = "%d%s" % (row["retort_statements"],
                                   " (same bytes)" if row["same_bytes"]
                                   else " (same bytes but version rows)"
                                   if row["same_schema_sql"] else "")
        else:
            statements = "MISMATCH: retort %d, alembic %d" % (row["retort_statements"],
                                                              row["alembic_statements"])
            retort_s, retort_mib, ratio = "%9s" % "WRONG", "%10s" % "-", "%20s" % "-"
    print("%7d | %-9s | %s | %s | %s | %s | %s%s" % (
        row["size"], row["direction"], retort_s, retort_mib, alembic, ratio, statements,
        "  (%s)" % ", ".join(notes) if notes else ""), flush=True)


def shorten(text, width=90):
    text = text or ""
    return text if len(text) <= width else text[:width - 3] + "..."


if __name__ == "__main__":
    sys.exit(main())
