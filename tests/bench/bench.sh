#!/bin/sh
# Benchmarks retort against Alembic on generated projects of 1k, 10k and 50k revisions and
# checks the performance targets of shared/DESIGN.md; then offline rendering (bench_render.py),
# applying to PostgreSQL (bench_apply.py) and the schema engine (bench_schema.py). Not part of
# ctest. Usage:
#   tests/bench/bench.sh build/ci [--sizes 1000,10000,50000] [--runs 5] [--no-alembic] ...
# or: cmake --build build/ci --target bench      (see bench.py for every option)
set -eu
python3 "$(dirname "$0")/bench.py" "$@"
status=0
# render 1,000 and 10,000 autogenerate-style revisions offline (upgrade/downgrade --sql)
# against Alembic; fails until the renderer renders them all (its own options: see the file)
python3 "$(dirname "$0")/bench_render.py" "$1" || status=$?
# apply 1,000 revisions to PostgreSQL: retort, psql -f and Alembic (its own options: see the file)
python3 "$(dirname "$0")/bench_apply.py" "$1" || status=$?
# schema dump vs pg_dump, diffSnapshots() and the demo's dry-run diff (its own options: see the
# file; needs the retort-schemabench target)
python3 "$(dirname "$0")/bench_schema.py" "$1" || status=$?
exit "$status"
