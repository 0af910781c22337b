#!/bin/sh
# Runs one fuzz target for a while:   tests/fuzz/run.sh <target> <seconds> [libFuzzer options]
#   e.g. tests/fuzz/run.sh fuzz_sqlsplitter 600
#
# Configures build/fuzz with the `fuzz` preset when it is not configured yet, builds the
# target (RETORT_FUZZ_JOBS parallel jobs, default 1), copies its seed corpus
# tests/fuzz/corpus/<target>/ to a scratch directory (the seeds stay as they are; new inputs
# are left in the scratch directory, whose path is printed) and runs the target under
# `nice -n 10` with its dictionary, -max_len=65536 -timeout=10 -rss_limit_mb=2048 and
# -print_final_stats=1. Crashes, timeouts and out-of-memory inputs are written to
# build/fuzz/fuzz-artifacts/<target>/. Ends with libFuzzer's final lines and one summary
# line; the exit code is libFuzzer's (0: nothing found).
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 <target> <seconds> [libFuzzer options...]" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=$source_dir/build/fuzz
corpus=$here/corpus/$target
dict=$here/$target.dict
if [ ! -d "$corpus" ]; then
    echo "$0: no corpus $corpus (targets: $(ls "$here/corpus" | tr '\n' ' '))" >&2
    exit 2
fi

cd "$source_dir"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake --preset fuzz
fi
nice -n 10 cmake --build "$build_dir" -j "${RETORT_FUZZ_JOBS:-1}" --target "$target"
binary=$build_dir/tests/fuzz/$target

scratch=$(mktemp -d "${TMPDIR:-/tmp}/retort-$target.XXXXXX")
mkdir -p "$scratch/corpus"
cp -R "$corpus/." "$scratch/corpus/"
artifacts=$build_dir/fuzz-artifacts/$target
mkdir -p "$artifacts"
log=$scratch/fuzz.log
dict_option=
if [ -f "$dict" ]; then
    dict_option=-dict=$dict
fi

echo "fuzzing $target for $seconds s; corpus $scratch/corpus, log $log" >&2
status=0
# shellcheck disable=SC2086
nice -n 10 "$binary" $dict_option -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" \
    "$scratch/corpus" >"$log" 2>&1 || status=$?

# libFuzzer's last status line ("#N DONE cov: ...") or the last one before a crash, its
# "Done N runs in S second(s)" and the stat:: lines of -print_final_stats.
grep -E '^#[0-9]+' "$log" | tail -n 1
grep -E '^Done [0-9]+ runs' "$log" || true
grep -E '^stat::' "$log" || true
# inputs written as crash-/leak-/timeout-/oom- artifacts (libFuzzer stops at the first)
crashes=$(grep -c 'Test unit written to' "$log" || true)
if [ "$status" -ne 0 ]; then
    grep -E 'invariant failed|ERROR: |SUMMARY: |Test unit written to' "$log" || true
fi
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p')
echo "$target: $seconds s, execs=${execs:-?} cov=${cov:-?} ft=${ft:-?} corp=${corp:-?}" \
     "crashes=$crashes exit=$status (artifacts: $artifacts)"
exit "$status"
