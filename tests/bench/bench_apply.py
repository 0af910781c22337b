#!/usr/bin/env python3
"""Benchmark: apply 1,000 small revisions to PostgreSQL with retort, with psql -f on the
same SQL, and with Alembic, in one run. Not part of ctest.

    tests/bench/bench_apply.py BUILD_DIR [--revisions 1000] [--runs 3] [--python /usr/bin/python3]

Starts a private PostgreSQL 15 (tests/fixtures/pgserver.sh), generates a linear project whose
revisions each create a table with op.execute() (tests/tools/genproject.py --body execute),
and times, on a fresh database each run (best of --runs):
  retort   retort upgrade heads                       (one transaction, like Alembic's default)
  psql     psql -f of `retort upgrade base:heads --sql` (the same statements, BEGIN/COMMIT)
  alembic  python3 -m alembic upgrade heads           (Debian's Alembic 1.8, psycopg2)
all over the server's unix socket. Targets: retort at most 1.2x psql's time, and at least 2x
faster than Alembic. Prints a table of measured numbers and ratios.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(SOURCE, "tests", "tools", "genproject.py")
PGSERVER = os.path.join(SOURCE, "tests", "fixtures", "pgserver.sh")


def conninfo(pgdir):
    values = {}
    with open(os.path.join(pgdir, "conninfo"), encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.strip().split("=", 1)
                values[k] = v
    return values


def run(argv, **kw):
    return subprocess.run(argv, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def timed(argv, env=None, cwd=None):
    started = time.perf_counter()
    proc = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit("bench_apply: %s failed (exit %d):\n%s" % (
            " ".join(argv[:4]), proc.returncode, (proc.stdout + proc.stderr).decode()[-2000:]))
    return seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build_dir")
    ap.add_argument("--revisions", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--retort", help="default: BUILD_DIR/app/cli/retort")
    args = ap.parse_args()
    build_dir = os.path.abspath(args.build_dir)
    retort = args.retort or os.path.join(build_dir, "app", "cli", "retort")
    if not os.access(retort, os.X_OK):
        sys.exit("bench_apply: %s is not an executable: build the retort target first" % retort)

    work = tempfile.mkdtemp(prefix="retort-bench-apply-", dir=build_dir)
    pgdir = os.path.join(work, "pg")
    try:
        run(["sh", PGSERVER, "start", pgdir])
        info = conninfo(pgdir)
        bindir, sock, port, user = info["bindir"], info["socket"], info["port"], info["user"]
        project = os.path.join(work, "project")
        run([args.python, GENERATOR, "--seed", "11", "--revisions", str(args.revisions),
             "--out", project, "--linear", "--no-extras", "--body", "execute"])
        ini = os.path.join(project, "alembic.ini")
        psql = [os.path.join(bindir, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", sock,
                "-p", port, "-U", user]

        def url(db):
            return "postgresql://%s@/%s?host=%s&port=%s" % (user, db, sock, port)

        def fresh(db):
            run(psql + ["-d", "postgres", "-c", "DROP DATABASE IF EXISTS %s" % db])
            run(psql + ["-d", "postgres", "-c", "CREATE DATABASE %s" % db])

        env = dict(os.environ)
        env.pop("ALEMBIC_CONFIG", None)
        script = os.path.join(work, "upgrade.sql")
        with open(script, "wb") as f:
            f.write(run([retort, "-c", ini, "--url", url("x"), "upgrade", "base:heads", "--sql"],
                        env=env).stdout)

        results = {"retort": [], "psql": [], "alembic": []}
        for i in range(args.runs):
            fresh("bench_retort")
            results["retort"].append(timed(
                [retort, "-q", "-c", ini, "--url", url("bench_retort"), "upgrade", "heads"], env))
            fresh("bench_psql")
            results["psql"].append(timed(psql + ["-d", "bench_psql", "-f", script], env))
            fresh("bench_alembic")
            results["alembic"].append(timed(
                [args.python, "-m", "alembic", "-c", ini, "-x", "url=" + url("bench_alembic"),
                 "upgrade", "heads"], env))
        # every tool applied everything
        for db in ("bench_retort", "bench_psql", "bench_alembic"):
            count = run(psql + ["-d", db, "-A", "-t", "-c",
                                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"]
                        ).stdout.decode().strip()
            if int(count) != args.revisions + 1:
                sys.exit("bench_apply: %s holds %s tables, expected %d" % (
                    db, count, args.revisions + 1))

        best = {k: min(v) for k, v in results.items()}
        print()
        print("apply %d revisions to PostgreSQL 15 (best of %d runs, unix socket)" % (
            args.revisions, args.runs))
        print("%-8s %10s %12s %14s" % ("tool", "wall s", "vs psql", "vs alembic"))
        for tool in ("retort", "psql", "alembic"):
            print("%-8s %10.3f %11.2fx %13.2fx" % (
                tool, best[tool], best[tool] / best["psql"], best[tool] / best["alembic"]))
        ok_psql = best["retort"] <= 1.2 * best["psql"]
        ok_alembic = best["alembic"] >= 2 * best["retort"]
        print()
        print("target retort <= 1.2x psql:        %s (%.2fx)" % (
            "met" if ok_psql else "MISSED", best["retort"] / best["psql"]))
        print("target retort >= 2x faster Alembic: %s (%.2fx)" % (
            "met" if ok_alembic else "MISSED", best["alembic"] / best["retort"]))
        return 0 if ok_psql and ok_alembic else 1
    finally:
        subprocess.run(["sh", PGSERVER, "stop", pgdir], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
