#!/usr/bin/python3
"""Spot check against real PyTorch on cases the suite has never seen: 300 random
--print runs of the built binary compared with str(y) from torch. Not part of the
suite (it needs torch). Usage: /usr/bin/python3 tests/golden/compare_cli.py [BINARY]"""
import sys, random, subprocess, torch, torch.nn.functional as F, math, warnings
warnings.simplefilter("ignore")
torch.set_num_threads(1)  # the app follows PyTorch on one thread
rng = random.Random(99)
B = sys.argv[1] if len(sys.argv) > 1 else "build/default/app/softmax-explorer"
bad = 0; N = 300
for i in range(N):
    rank = rng.randint(1, 4)
    shape = [rng.choice([1, 2, 3, 5, 8, 13]) for _ in range(rank)]
    n = math.prod(shape)
    if n > 4096: continue
    vals = [rng.choice([rng.gauss(0, 4), rng.gauss(0, 4), rng.gauss(0,4), float(rng.randint(-5, 5)), rng.uniform(-500, 500), float('nan'), float('-inf'), float('inf')]) if rng.random() < 0.9 else rng.gauss(0, 1e-3) for _ in range(n)]
    dt = rng.choice([torch.float32, torch.float64])
    x = torch.tensor(vals, dtype=dt).reshape(shape)
    d = rng.randint(-rank, rank - 1)
    log = rng.random() < 0.3
    T = rng.choice([1.0, 1.0, 0.3, 2.5])
    y = (F.log_softmax if log else F.softmax)(x / T if T != 1 else x, dim=d)
    args = [B, "--print", "--shape", ",".join(map(str, shape)), "--values", " ".join(repr(v) for v in vals), "--dim", str(d), "--dtype", "float64" if dt == torch.float64 else "float32"]
    if log: args.append("--log")
    if T != 1: args += ["--temperature", repr(T)]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.stdout != str(y) + "\n":
        bad += 1
        if bad < 3:
            a=out.stdout.splitlines(); b=(str(y)).splitlines()
            print(args[2:4], args[-6:], [ (p,q) for p,q in zip(a,b) if p!=q][:3], out.stderr)
print("mismatches", bad, "of", N)
