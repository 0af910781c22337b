#!/bin/sh
# Benchmarks retort against Alembic on generated projects of 1k, 10k and 50k revisions and
# checks the performance targets of shared/DESIGN.md. Not part of ctest. Usage:
#   tests/bench/bench.sh build/ci [--sizes 1000,10000,50000] [--runs 5] [--no-alembic] ...
# or: cmake --build build/ci --target bench      (see bench.py for every option)
set -eu
python3 "$(dirname "$0")/bench.py" "$@"
# apply 1,000 revisions to PostgreSQL: retort, psql -f and Alembic (its own options: see the file)
exec python3 "$(dirname "$0")/bench_apply.py" "$1"
