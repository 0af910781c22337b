#!/usr/bin/env python3
"""Retort's read-only commands against Alembic on generated projects (not part of ctest).

    tests/bench/bench.sh BUILD_DIR [--sizes 1000,10000,50000] [--runs 5] [--no-alembic]
                         [--alembic-sizes 1000,10000] [--retort PATH] [--python PATH]
                         [--sql-fraction F] [--json FILE]

or `cmake --build BUILD_DIR --target bench`. BUILD_DIR is a configured build (use the
optimised one, build/ci or build/release); its app/cli/retort is measured.

Projects come from tests/tools/genproject.py (seed 7) and are cached in
BUILD_DIR/bench-projects, regenerated when the generator changes. For each size, `retort
heads` and `retort history` run once to warm the file cache, then --runs times (only that
first run counts when it took more than --slow seconds): the table shows the median wall time and the largest peak RSS (os.wait4's ru_maxrss, the figure
`/usr/bin/time -f %M` prints). Alembic (Debian's, `python3 -m alembic`) runs once per
command and size in --alembic-sizes, after one unmeasured `heads` that writes its bytecode
cache, as a user's second run would find it: history on 10,000 revisions takes about a
minute.

The targets of shared/DESIGN.md are checked at the end (PASS/FAIL); the exit code is 0
only when every target passes and every command succeeded.
"""

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(SOURCE, "tests", "tools", "genproject.py")
SEED = 7


def sha1_file(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def project(build_dir, size, sql_fraction, python):
    """Generates (or reuses) a project of `size` revisions; returns its ini path."""
    name = "rev-%d-seed-%d%s" % (size, SEED, "-sql%g" % sql_fraction if sql_fraction else "")
    out = os.path.join(build_dir, "bench-projects", name)
    args = ["--seed", str(SEED), "--revisions", str(size), "--out", out,
            "--sql-fraction", str(sql_fraction)]
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


def measure(argv, cwd, env=None):
    """Runs argv once; returns (seconds, peak RSS in KiB, exit code, last line printed)."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        # wait4 gives this child's own rusage (ru_maxrss: peak resident set, KiB on Linux)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(max(0, out.seek(0, os.SEEK_END) - 2000))
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
    return seconds, usage.ru_maxrss, proc.returncode, (lines[-1] if lines else "")


def main():
    ap = argparse.ArgumentParser(description="Benchmark retort against Alembic.")
    ap.add_argument("build_dir")
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--alembic-sizes", default="1000,10000")
    ap.add_argument("--no-alembic", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--slow", type=float, default=10.0,
                    help="a retort command slower than this many seconds runs only once")
    ap.add_argument("--retort", help="default: BUILD_DIR/app/cli/retort")
    ap.add_argument("--python", default="/usr/bin/python3",
                    help="the Python with Debian's Alembic (also runs the generator)")
    ap.add_argument("--sql-fraction", type=float, default=0.0,
                    help="share of native .sql revisions (Alembic is skipped when > 0)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    build_dir = os.path.abspath(args.build_dir)
    retort = args.retort or os.path.join(build_dir, "app", "cli", "retort")
    if not os.access(retort, os.X_OK):
        sys.exit("bench: %s is not an executable: build the retort target first" % retort)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    alembic_sizes = set() if args.no_alembic or args.sql_fraction > 0 else \
        {int(s) for s in args.alembic_sizes.split(",") if s}
    env = dict(os.environ)
    env.pop("ALEMBIC_CONFIG", None)

    rows = []
    failures = []
    for size in sizes:
        ini = project(build_dir, size, args.sql_fraction, args.python)
        cwd = os.path.dirname(ini)
        for command in ("heads", "history"):
            argv = [retort, "-c", ini, command]
            warm = measure(argv, cwd, env)  # warms the page cache
            if warm[0] > args.slow:
                runs = [warm]  # far off any target: one run says enough
            else:
                runs = [measure(argv, cwd, env) for _ in range(max(1, args.runs))]
            codes = {r[2] for r in runs}
            if codes != {0}:
                failures.append("retort %s on %d revisions exited %s: %s"
                                % (command, size, sorted(codes), runs[-1][3]))
            row = {
                "size": size,
                "command": command,
                "retort_ms": statistics.median(r[0] for r in runs) * 1000.0,
                "retort_mib": max(r[1] for r in runs) / 1024.0,
                "retort_ok": codes == {0},
                "retort_runs": len(runs),
                "alembic_ms": None,
                "alembic_mib": None,
            }
            if size in alembic_sizes:
                aargv = [args.python, "-m", "alembic", "-c", ini, command]
                if command == "heads":
                    measure(aargv, cwd, env)  # writes __pycache__, as any second run finds it
                seconds, kib, code, last = measure(aargv, cwd, env)
                if code != 0:
                    failures.append("alembic %s on %d revisions exited %d: %s"
                                    % (command, size, code, last))
                row["alembic_ms"] = seconds * 1000.0
                row["alembic_mib"] = kib / 1024.0
            rows.append(row)
            print_row(row, header=len(rows) == 1)

    targets = check_targets(rows)
    print()
    for ok, text in targets:
        print("%s  %s" % ("PASS" if ok else "FAIL", text))
    for failure in failures:
        print("FAIL  %s" % failure)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rows": rows, "targets": [{"ok": ok, "target": t} for ok, t in targets],
                       "failures": failures}, f, indent=1)
    return 0 if all(ok for ok, _ in targets) and not failures else 1


def print_row(row, header):
    if header:
        print("%8s | %-8s | %10s | %10s | %11s | %s" % (
            "size", "command", "retort ms", "retort MiB", "alembic ms", "ratio alembic/retort"))
        print("-" * 82)
    alembic = "%11.0f" % row["alembic_ms"] if row["alembic_ms"] is not None else "%11s" % "-"
    ratio = "%.0fx" % (row["alembic_ms"] / row["retort_ms"]) \
        if row["alembic_ms"] is not None and row["retort_ms"] > 0 else "-"
    notes = ("" if row["retort_ok"] else "  (retort failed)") + \
        ("  (1 run: slow)" if row.get("retort_runs") == 1 else "")
    print("%8d | %-8s | %10.1f | %10.1f | %s | %s%s" % (
        row["size"], row["command"], row["retort_ms"], row["retort_mib"], alembic, ratio, notes),
        flush=True)


def check_targets(rows):
    """The performance targets of shared/DESIGN.md that these runs can check."""
    def find(size, command):
        for row in rows:
            if row["size"] == size and row["command"] == command:
                return row
        return None

    targets = []
    heads10k = find(10000, "heads")
    if heads10k:
        ok = heads10k["retort_ok"]
        targets.append((ok and heads10k["retort_ms"] < 150,
                        "heads on 10,000 revisions under 150 ms (%.1f ms)" % heads10k["retort_ms"]))
        targets.append((ok and heads10k["retort_mib"] < 100,
                        "heads on 10,000 revisions under 100 MiB (%.1f MiB)"
                        % heads10k["retort_mib"]))
        if heads10k["alembic_ms"] is not None:
            ratio = heads10k["alembic_ms"] / heads10k["retort_ms"]
            targets.append((ok and ratio >= 50,
                            "heads on 10,000 revisions at least 50x faster than Alembic (%.0fx)"
                            % ratio))
    history10k = find(10000, "history")
    if history10k and history10k["alembic_ms"] is not None:
        ratio = history10k["alembic_ms"] / history10k["retort_ms"]
        targets.append((history10k["retort_ok"] and ratio >= 50,
                        "history on 10,000 revisions at least 50x faster than Alembic (%.0fx)"
                        % ratio))
    heads50k = find(50000, "heads")
    if heads50k:
        targets.append((heads50k["retort_ok"] and heads50k["retort_ms"] < 1000,
                        "heads on 50,000 revisions under 1 s (%.1f ms)" % heads50k["retort_ms"]))
        if heads10k:
            # "grows linearly": 5x the revisions may cost at most ~7x the time
            growth = heads50k["retort_ms"] / max(heads10k["retort_ms"], 0.001)
            targets.append((heads50k["retort_ok"] and growth <= 7.0,
                            "heads grows linearly from 10,000 to 50,000 revisions (%.1fx time "
                            "for 5x revisions)" % growth))
    if not targets:
        targets.append((False, "no target measured: include 10000 and 50000 in --sizes"))
    return targets


if __name__ == "__main__":
    sys.exit(main())
