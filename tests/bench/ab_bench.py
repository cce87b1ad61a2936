#!/usr/bin/python3
"""A/B of softmax-bench builds (or of options on one build) in paired rounds.

  /usr/bin/python3 tests/bench/ab_bench.py [--rounds N] [--reps N] "ARGS" A [B ...]

A, B, ... are softmax-bench binaries, or "BINARY ARGS" with extra arguments of their
own (for example "build/default/tests/softmax-bench --stores streaming"). Each round
runs every one of them once (ARGS plus --reps N), in alternating order, and takes the
ratio of each one's median time to A's in that round. Rounds share the machine's
state, so on a machine whose speed drifts by 20-30 % within minutes these ratios
are steadier than times taken minutes apart. Prints, for each, the median time,
the median of its per-round ratios to A, and in how many rounds it was faster.
Not part of the test suite: it prints figures and asserts nothing."""
import argparse, shlex, statistics, subprocess, sys


def fail(message):
    print(f"ab_bench.py: {message}", file=sys.stderr)
    sys.exit(2)


def median_ms(command, args, reps):
    argv = shlex.split(command) + shlex.split(args) + ["--reps", str(reps)]
    try:
        run = subprocess.run(argv, capture_output=True, text=True)
    except OSError as error:
        fail(f"cannot run {argv[0]}: {error.strerror}")
    if run.returncode != 0:
        fail(f"{' '.join(argv)} failed (exit status {run.returncode}):\n{run.stderr.strip()}")
    return float(run.stdout.splitlines()[-1].split()[5])  # median_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("args", help='softmax-bench arguments, e.g. "--shape 8,64,56,56 --dim 3 --threads 1"')
    parser.add_argument("commands", nargs="+", help="softmax-bench binaries, optionally with their own arguments")
    options = parser.parse_args()
    times = {command: [] for command in options.commands}
    for round_ in range(options.rounds):
        order = options.commands if round_ % 2 == 0 else options.commands[::-1]
        for command in order:
            times[command].append(median_ms(command, options.args, options.reps))
    first = options.commands[0]
    print(f"{options.args}: {options.rounds} paired rounds of {options.reps} runs")
    print(f"  A {first}: median {statistics.median(times[first]):.4f} ms")
    for command in options.commands[1:]:
        ratios = [b / a for a, b in zip(times[first], times[command])]
        print(f"    {command}: median {statistics.median(times[command]):.4f} ms, "
              f"time / A's {statistics.median(ratios):.3f} (faster in {sum(r < 1 for r in ratios)} "
              f"of {len(ratios)} rounds)")


if __name__ == "__main__":
    main()
