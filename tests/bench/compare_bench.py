#!/usr/bin/python3
"""Issue 8's standard matrix, side by side: softmax-bench (this project's fast
kernels), PyTorch's CPU kernels (torch._softmax / torch._log_softmax with out=,
torch.set_num_threads(n)) and NumPy (max, subtract, exp, sum, divide with out=),
interleaved round by round so that they share the machine's noise. Prints one
table of median milliseconds and ratios, and the memcpy bandwidth line.

  /usr/bin/python3 tests/bench/compare_bench.py [--bench PATH] [--reps N] [--rounds N] [--quick]

PyTorch and NumPy are used when installed; a missing one leaves its column empty.
Not part of the test suite: it prints figures and asserts nothing."""
import argparse, math, os, subprocess, sys, time

try:
    import numpy as np
except ImportError:
    np = None
try:
    import torch
except ImportError:
    torch = None

MATRIX = [((2, 3, 4, 5), (0, 1, 2, 3)), ((8, 64, 56, 56), (0, 1, 2, 3)), ((16, 12, 128, 128), (3, 1)),
          ((32, 256, 64, 64), (0, 1, 2, 3)), ((256, 1000, 1, 1), (1,)), ((64, 21, 64, 64), (1,)),
          ((1, 1, 1, 4194304), (3,))]


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def time_python(run, reps):
    for _ in range(3):
        run()
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1e3)
    return median(times)


def ours(bench, shape, dim, threads, log, reps, memcpy=False):
    args = [bench, "--shape", ",".join(map(str, shape)), "--reps", str(reps)]
    args += ["--memcpy"] if memcpy else ["--dim", str(dim), "--threads", str(threads)] + (["--log"] if log else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()
    return float(out[-1].split()[5])  # median_ms


def pytorch(shape, dim, threads, log, reps):
    if torch is None:
        return None
    torch.set_num_threads(threads)
    x = torch.randn(*shape)
    y = torch.empty_like(x)
    op = torch._log_softmax if log else torch._softmax
    return time_python(lambda: op(x, dim, False, out=y), reps)


def numpy(shape, dim, log, reps):
    if np is None:
        return None
    x = np.random.default_rng(1).standard_normal(shape, dtype=np.float32)
    y = np.empty_like(x)
    t = np.empty_like(x)
    reduced = list(shape)
    reduced[dim] = 1
    m = np.empty(reduced, dtype=np.float32)
    s = np.empty(reduced, dtype=np.float32)

    def softmax():
        np.max(x, axis=dim, keepdims=True, out=m)
        np.subtract(x, m, out=y)
        np.exp(y, out=y)
        np.sum(y, axis=dim, keepdims=True, out=s)
        np.divide(y, s, out=y)

    def log_softmax():
        np.max(x, axis=dim, keepdims=True, out=m)
        np.subtract(x, m, out=y)
        np.exp(y, out=t)
        np.sum(t, axis=dim, keepdims=True, out=s)
        np.log(s, out=s)
        np.subtract(y, s, out=y)

    return time_python(log_softmax if log else softmax, reps)


def last_level_cache_bytes():
    """The largest cache Linux reports for CPU 0 (32 MiB when it reports none)."""
    largest = 0
    base = "/sys/devices/system/cpu/cpu0/cache"
    for index in os.listdir(base) if os.path.isdir(base) else []:
        try:
            with open(os.path.join(base, index, "size")) as f:
                text = f.read().strip()
        except OSError:
            continue
        scale = {"K": 1 << 10, "M": 1 << 20}.get(text[-1:], 1)
        digits = text.rstrip("KM")
        if digits.isdigit():
            largest = max(largest, int(digits) * scale)
    return largest or 32 << 20


def fmt(value, digits=3):
    return "-" if value is None else f"{value:.{digits}f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", default="build/default/tests/softmax-bench")
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one thread count and softmax only")
    args = parser.parse_args()
    print(f"# torch {torch.__version__ if torch else 'not installed'}, "
          f"numpy {np.__version__ if np is not None else 'not installed'}; "
          f"median of {args.rounds} interleaved rounds of {args.reps} runs; float32")
    header = (f"{'shape':<20} {'dim':>3} {'op':<11} {'thr':>3} {'ours ms':>9} {'torch ms':>9} {'numpy ms':>9} "
              f"{'torch/ours':>10} {'numpy/ours':>10} {'ours GB/s':>9} {'memcpy':>8} {'ours/memcpy':>11}")
    print(header)
    worst = math.inf
    worst_dram = 0.0
    cache = last_level_cache_bytes()
    for shape, dims in MATRIX:
        n = math.prod(shape)
        copy = median([ours(args.bench, shape, 0, 1, False, args.reps, memcpy=True) for _ in range(args.rounds)])
        print(f"{str(shape):<20} {'-':>3} {'memcpy':<11} {1:>3} {copy:>9.3f} {'':>9} {'':>9} {'':>10} {'':>10} "
              f"{8 * n / copy / 1e6:>9.2f}")
        for dim in dims:
            for threads in ((1,) if args.quick else (1, 2)):
                for log in ((False,) if args.quick else (False, True)):
                    rounds = [(ours(args.bench, shape, dim, threads, log, args.reps),
                               pytorch(shape, dim, threads, log, args.reps),
                               numpy(shape, dim, log, args.reps)) for _ in range(args.rounds)]
                    mine = median([r[0] for r in rounds])
                    theirs = None if rounds[0][1] is None else median([r[1] for r in rounds])
                    numpys = None if rounds[0][2] is None else median([r[2] for r in rounds])
                    ratio = None if theirs is None else theirs / mine
                    if ratio is not None:
                        worst = min(worst, ratio)
                    to_memcpy = mine / copy
                    dram_bound = 8 * n > cache
                    if dram_bound:
                        worst_dram = max(worst_dram, to_memcpy)
                    print(f"{str(shape):<20} {dim:>3} {'log_softmax' if log else 'softmax':<11} {threads:>3} "
                          f"{mine:>9.3f} {fmt(theirs):>9} {fmt(numpys):>9} {fmt(ratio, 2):>10} "
                          f"{fmt(None if numpys is None else numpys / mine, 2):>10} {8 * n / mine / 1e6:>9.2f} "
                          f"{8 * n / copy / 1e6:>8.2f} {to_memcpy:>10.2f}{'*' if dram_bound else ' '}")
                    sys.stdout.flush()
    if worst != math.inf:
        print(f"# slowest row against PyTorch: {worst:.2f}x PyTorch's speed")
    if worst_dram:
        print(f"# * DRAM-bound (input + output beyond the {cache >> 20} MiB last-level cache): "
              f"slowest at {worst_dram:.2f}x the memcpy time")


if __name__ == "__main__":
    main()
