#!/bin/sh
# Runs every libFuzzer target for SECONDS (default 600) each, two at a time, and
# copies any input that crashed into the target's regression corpus, which the
# ordinary test suite replays (fuzz_replay). Needs clang (Debian's clang-14).
#   tests/fuzz/run_fuzzers.sh [SECONDS]
set -eu
seconds="${1:-600}"
cd "$(dirname "$0")/../.."
build=build/fuzz
[ -f "$build/CMakeCache.txt" ] || CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSOFTMAX_EXPLORER_FUZZ=ON
cmake --build "$build" --parallel "$(nproc)" --target fuzz_values fuzz_tensortext fuzz_npy fuzz_lesson fuzz_cli
run() {
    name="$1"
    work="$build/corpus-$name"
    mkdir -p "$work" "$build/artifacts-$name"
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -dict="tests/fuzz/dictionaries/$name.dict" \
        -artifact_prefix="$build/artifacts-$name/" -print_final_stats=1 "$work" "tests/fuzz/corpus/$name" \
        > "$build/fuzz-$name.log" 2>&1 || true
    for crash in "$build/artifacts-$name"/*; do
        [ -e "$crash" ] || continue
        cp "$crash" "tests/fuzz/corpus/$name/regression-$(basename "$crash")"
        echo "fuzz_$name: found $(basename "$crash"); copied into tests/fuzz/corpus/$name"
    done
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz-$name.log" | sed "s/^/fuzz_$name: /"
}
run values & run tensortext & wait
run npy & run lesson & wait
run cli
