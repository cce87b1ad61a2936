#!/bin/bash
# Runs two or more softmax-ui-bench binaries interleaved and prints, per interaction,
# each binary's median and p95 averaged over the rounds. On a machine whose speed
# drifts by 20-30 % within minutes, only interleaved runs tell two builds apart; the
# order turns each round (A B, then B A, ...), as the first run of a round tends to
# differ from the second.
#   tests/bench/compare_ui_builds.sh ROUNDS OLD_BENCH NEW_BENCH [MORE...]
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 ROUNDS BENCH_A BENCH_B [BENCH...]" >&2
    exit 2
fi
rounds=$1
shift
results=$(mktemp)
trap 'rm -f "$results"' EXIT
benches=("$@")
count=${#benches[@]}
for round in $(seq 0 $((rounds - 1))); do
    for k in $(seq 0 $((count - 1))); do
        bench=${benches[$(((round + k) % count))]}
        "$bench" --reps 100 2>/dev/null | sed "s|^|$bench\t|" >>"$results"
    done
done
python3 - "$results" "$@" <<'PY'
import collections, re, sys
runs = collections.defaultdict(list)
section = ''
for line in open(sys.argv[1]):
    bench, text = line.rstrip('\n').split('\t', 1)
    if not text.startswith(' '):
        section = text.split(':')[0][:24]
        continue
    m = re.match(r'\s+(.+?)\s+median\s+([\d.]+) ms\s+p95\s+([\d.]+)', text)
    if m:
        runs[(section, m.group(1), bench)].append((float(m.group(2)), float(m.group(3))))
benches = sys.argv[2:]
print(f"{'':48}" + ''.join(f"{b[-25:]:>27}" for b in benches))
for section, interaction in dict.fromkeys((s, i) for s, i, _ in runs):
    row = f"{section:24}{interaction:24}"
    for bench in benches:
        values = runs[(section, interaction, bench)]
        median = sum(v for v, _ in values) / len(values)
        p95 = sum(v for _, v in values) / len(values)
        row += f"    med {median:5.2f} p95 {p95:5.2f}"
    print(row)
PY
