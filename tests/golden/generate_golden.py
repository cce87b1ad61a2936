#!/usr/bin/python3
"""Writes cases.json: reference results from real PyTorch (Debian's python3-torch, 1.13).

Each case holds an input tensor, the options (dim, op, temperature, dtype), and what
PyTorch 1.13 computes and prints for it. The C++ suite reads the committed output and
never needs PyTorch. Run from anywhere:  /usr/bin/python3 tests/golden/generate_golden.py
"""
import io
import json
import math
import os
import random
import warnings

import torch
import torch.nn.functional as F

assert torch.__version__.startswith("1.13"), torch.__version__
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")
rng = random.Random(20261122)

# The tutorials' examples (shared/seeds), written out here independently of the app.
PRESETS = {
    "bchw-arange": ((1, 3, 2, 2), [float(i) for i in range(12)], torch.float32),
    "bchw-batch2": ((2, 3, 1, 2), [float(i) for i in range(12)], torch.float32),
    "vector-1234": ((4,), [1.0, 2.0, 3.0, 4.0], torch.float32),
    "matrix-2x4": ((2, 4), [1.0, 2, 3, 4, 5, 6, 7, 8], torch.float32),
    "three-classes": ((3,), [-3.0, 1.5, 2.7], torch.float32),
    "rand-2x2": ((2, 2), None, torch.float32),
    "numpy-2x3": ((2, 3), [-1.30022268, 0.59127472, 1.21384177, 0.1981082, -0.83686108, -1.54785864], torch.float64),
    "notebook-2x2x2": ((2, 2, 2), [0.4890, 0.0378, -1.4088, 0.3213, -0.4598, -0.4771, -1.6266, -0.8554], torch.float32),
}


def encode(value):
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(float(value))


def make_case(name, x, dim, op, temperature):
    fn = F.softmax if op == "softmax" else F.log_softmax
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scaled = x / temperature if temperature != 1.0 else x
        y = fn(scaled, dim=dim) if dim is not None else fn(scaled)
    warned = any("Implicit dimension choice" in str(w.message) for w in caught)
    return {
        "name": name,
        "shape": list(x.shape),
        "dtype": "float64" if x.dtype == torch.float64 else "float32",
        "dim": dim,
        "op": op,
        "temperature": temperature,
        "input": [encode(v) for v in x.reshape(-1).tolist()],
        "output": [encode(v) for v in y.reshape(-1).tolist()],
        "print_input": str(x),
        "print_output": str(y),
        "implicit_warning": warned,
    }


def random_shape(max_numel=64):
    while True:
        rank = rng.randint(1, 4)
        shape = tuple(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7, 9]) for _ in range(rank))
        if math.prod(shape) <= max_numel:
            return shape


def random_values(shape, kind):
    n = math.prod(shape)
    if kind == "normal":
        return [rng.gauss(0, 1.5) for _ in range(n)]
    if kind == "integers":
        return [float(rng.randint(-9, 30)) for _ in range(n)]
    if kind == "wide":  # forces scientific print mode
        return [rng.choice([-1, 1]) * 10 ** rng.uniform(-6, 5) for _ in range(n)]
    if kind == "tiny":
        return [rng.gauss(0, 1e-5) for _ in range(n)]
    if kind == "large":  # overflow territory for the naive form
        return [rng.uniform(80, 1200) * rng.choice([1, 1, -1]) for _ in range(n)]
    if kind == "special":
        pool = [float("nan"), float("inf"), float("-inf"), 0.0, -0.0]
        return [rng.choice(pool) if rng.random() < 0.3 else rng.gauss(0, 2) for _ in range(n)]
    if kind == "neg_inf_groups":  # whole rows of -inf next to ordinary rows
        values = [rng.gauss(0, 2) for _ in range(n)]
        last = shape[-1]
        for row in range(0, n, last):
            if rng.random() < 0.4:
                values[row:row + last] = [float("-inf")] * last
            elif rng.random() < 0.5:
                values[row] = float("-inf")
        return values
    if kind == "ones":
        return [1.0] * n
    raise ValueError(kind)


def main():
    cases = []
    # The teaching path follows PyTorch on one thread (its default on a machine with
    # one physical core): on more, the columns near a thread's first and last
    # element along a non-last dim may take another path, with other last bits.
    torch.set_num_threads(1)
    torch.manual_seed(0)
    rand22 = torch.rand(2, 2)
    assert rand22.tolist() == [[0.49625658988952637, 0.7682217955589294],
                               [0.08847743272781372, 0.13203048706054688]]
    for name, (shape, values, dtype) in PRESETS.items():
        x = rand22 if values is None else torch.tensor(values, dtype=dtype).reshape(shape)
        for dim in [None] + list(range(-len(shape), len(shape))):
            for op in ("softmax", "log_softmax"):
                cases.append(make_case("preset " + name, x, dim, op, 1.0))

    kinds = ["normal"] * 6 + ["integers", "wide", "tiny", "large", "special", "special", "neg_inf_groups", "ones"]
    for i in range(420):
        big = i % 40 == 39
        shape = random_shape(4096) if big else random_shape()
        if big:
            shape = rng.choice([(2, 3, 13, 17), (1, 40, 30), (64, 20), (16, 64), (4, 4, 8, 32), (3, 5, 7, 11)])
        kind = rng.choice(kinds)
        dtype = torch.float64 if rng.random() < 0.3 else torch.float32
        x = torch.tensor(random_values(shape, kind), dtype=dtype).reshape(shape)
        dim = rng.choice([None] + list(range(-len(shape), len(shape))))
        op = rng.choice(["softmax", "log_softmax"])
        temperature = rng.choice([1.0] * 5 + [0.5, 2.0, 0.1, 3.7, 1e-3])
        cases.append(make_case("random %d %s" % (i, kind), x, dim, op, temperature))

    # Numbers under stress (issue 7), every dim, both ops and dtypes, T from 1e-3 to 1e3:
    # one-element groups, all -inf groups, mixed ±inf/nan, subnormals, values near the
    # float32 overflow of e^x (88.7) and far beyond it.
    stress = {
        "single-element groups": ((1, 3, 1, 2), [0.5, -1.0, 2.0, 3.0, float("-inf"), float("nan")]),
        "all -inf groups": ((2, 3), [float("-inf")] * 3 + [1.0, float("-inf"), 2.0]),
        "mixed inf and nan": ((2, 2, 3), [float("inf"), 1.0, float("-inf"), float("nan"), 0.0, 2.0,
                                          float("-inf"), float("-inf"), 5.0, float("inf"), float("inf"), -1.0]),
        "subnormals": ((2, 4), [1e-40, -1e-42, 0.0, 1.4e-45, 1e-310, -0.0, 5e-324, 1e-38]),
        "near float32 overflow": ((2, 3), [88.7, 88.72, 89.0, -88.7, 88.0, 709.7]),
        "far beyond": ((3, 2), [1e30, -1e30, 3e38, 1.0, -3e38, 1e20]),
    }
    for name, (shape, values) in stress.items():
        for dtype in (torch.float32, torch.float64):
            x = torch.tensor(values, dtype=dtype).reshape(shape)
            for dim in range(-1, len(shape)):
                for op in ("softmax", "log_softmax"):
                    for temperature in (1e-3, 1.0, 1e3):
                        cases.append(make_case("stress %s" % name, x, dim, op, temperature))

    with open(OUT, "w") as handle:
        json.dump({"generator": "tests/golden/generate_golden.py", "torch": torch.__version__, "cases": cases},
                  handle, indent=1)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()
