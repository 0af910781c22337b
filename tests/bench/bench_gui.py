#!/usr/bin/env python3
"""The graph view's numbers on generated projects (not part of ctest).

    python3 tests/bench/bench_gui.py BUILD_DIR [--sizes 50000] [--frames 300] [--runs 3]

or `cmake --build BUILD_DIR --target bench-gui`. Uses the projects of bench.py (seed 7,
cached in BUILD_DIR/bench-projects) and BUILD_DIR/tests/bench/retort-guibench, which opens
each project in the real main window on the offscreen platform and prints: load time, lane
layout time, time to first paint, paint time per frame while scrolling.
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the project generator and its cache)


def main():
    ap = argparse.ArgumentParser(description="Benchmark the graph view.")
    ap.add_argument("build_dir")
    ap.add_argument("--sizes", default="50000")
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--python", default="/usr/bin/python3")
    args = ap.parse_args()
    build_dir = os.path.abspath(args.build_dir)
    tool = os.path.join(build_dir, "tests", "bench", "retort-guibench")
    if not os.access(tool, os.X_OK):
        sys.exit("bench_gui: %s is missing: build the retort-guibench target" % tool)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    status = 0
    for size in [int(s) for s in args.sizes.split(",") if s]:
        ini = bench.project(build_dir, size, 0.0, args.python)
        print("== %d revisions" % size, flush=True)
        code = subprocess.call([tool, ini, "--frames", str(args.frames), "--runs",
                                str(args.runs)], env=env)
        status = status or code
        print(flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
