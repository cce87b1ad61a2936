#!/usr/bin/python3
"""Writes exp/sleef_expf.f32 and exp/sleef_exp.f64: e^x as PyTorch 1.13's CPU softmax
computes it (SLEEF's expf and exp u10, in Debian's python3-torch), for the fast
kernels' and core::sleefExp's bit-for-bit tests; and exp/sleef_logf.f32 and
exp/sleef_log.f64: log x as its log_softmax computes log S, for core::sleefLog's.

Each row is [0, x1 … x15] with every x so far below 0 that Σe^x is under half an
ulp of 1 and the row's sum rounds to exactly 1: softmax then returns e^x itself,
unrounded by the divide. float32: x in −103.9 … −20.5, the fast scaling (x ≥ −86),
the long way into the subnormals, and the bounds between; float64: x in
−745 … −41, subnormals included. Each file is little-endian, the x of every row
then the softmax of every row, each rows × 16.
Run from anywhere:  /usr/bin/python3 tests/golden/generate_fast_exp.py
"""
import os

import numpy as np
import torch

assert torch.__version__.startswith("1.13"), torch.__version__
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "exp")
rng = np.random.default_rng(20261130)
rows = 200
values = np.concatenate([
    rng.uniform(-103.9, -20.5, 2475),          # everywhere
    rng.uniform(-87.5, -85.5, 300),            # around the fast bound (−86) and the old one (−87)
    rng.uniform(-103.9, -100.0, 150),          # deep in the subnormals
    np.float32(-86.0) - np.arange(75) * np.float32(2.0 ** -17),  # the fast bound's neighbours
]).astype(np.float32)
assert values.size == rows * 15
torch.set_num_threads(1)


def write(name, values, dtype):
    x = np.zeros((rows, 16), dtype)
    x[:, 1:] = values.astype(dtype).reshape(rows, 15)
    y = torch.softmax(torch.from_numpy(x), dim=1).numpy()
    assert np.all(y[:, 0] == 1.0), "a row's sum did not round to 1"
    os.makedirs(here, exist_ok=True)
    with open(os.path.join(here, name), "wb") as f:
        f.write(x.astype(x.dtype.newbyteorder("<")).tobytes())
        f.write(y.astype(y.dtype.newbyteorder("<")).tobytes())
    exact = np.array([float(np.exp(np.longdouble(v))) for v in x[:, 1:].ravel()]).astype(dtype)
    print(name, rows, "rows;", int(np.sum(y[:, 1:].ravel() != exact)), "values differ from the correctly rounded e^x")


write("sleef_expf.f32", values, np.float32)
write("sleef_exp.f64", np.concatenate([
    rng.uniform(-745.0, -41.0, 2550),           # everywhere
    rng.uniform(-745.0, -708.0, 450),           # subnormal results
]), np.float64)


# log x as PyTorch's log_softmax computes log S (SLEEF's logf and log u10, vectorised),
# for tst_sleefmath: sums run from 1 to the group size (at most 4096); a spread of
# other magnitudes, subnormals and the special values as well. Each file is
# little-endian, every x then every log x.
def write_log(name, values, dtype):
    x = values.astype(dtype)
    y = torch.log(torch.from_numpy(x)).numpy()
    with open(os.path.join(here, name), "wb") as f:
        f.write(x.astype(x.dtype.newbyteorder("<")).tobytes())
        f.write(y.astype(y.dtype.newbyteorder("<")).tobytes())
    exact = np.array([float(np.log(np.longdouble(v))) if v > 0 else np.nan for v in x]).astype(dtype)
    print(name, x.size, "values;", int(np.sum((y != exact) & ~np.isnan(exact))), "differ from the correctly rounded log")


def log_inputs(tiny):
    return np.concatenate([
        rng.uniform(1.0, 2.0, 1500),                 # sums of groups with one large term
        np.exp(rng.uniform(0.0, np.log(4096.0), 1500)),  # up to the largest group
        np.exp(rng.uniform(-80.0, 80.0, 900)),       # other magnitudes
        [tiny, tiny * 3.5, 0.0, -1.0, np.inf, np.nan],  # subnormal, log 0, below 0, inf, nan
    ])


write_log("sleef_logf.f32", log_inputs(1e-40), np.float32)
write_log("sleef_log.f64", log_inputs(1e-310), np.float64)
