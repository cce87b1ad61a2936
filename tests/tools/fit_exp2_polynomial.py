#!/usr/bin/python3
"""Fits the polynomial behind the fast kernels' float e^x (core/fastsoftmaxpackets.inl):
2^f ≈ 1 + c1·f + … + c5·f⁵ on [−1/2, 1/2], near-minimax in relative error
(Lawson's iteratively reweighted least squares on Chebyshev points), and prints the
coefficients as float literals with the relative error they reach once rounded to
float (evaluated in double here; tst_fastsoftmaxbits checks the kernels' e^x in float).
Run from anywhere:  /usr/bin/python3 tests/tools/fit_exp2_polynomial.py
"""
import numpy as np

DEGREE = 5
points = 0.5 * np.cos(np.linspace(0.0, np.pi, 4001))
target = 2.0 ** points
# Relative error of 1 + Σ c_k f^k: (1 + Σ c_k f^k − 2^f) / 2^f, linear in c.
basis = np.stack([points ** k for k in range(1, DEGREE + 1)], axis=1) / target[:, None]
rhs = (target - 1.0) / target
weights = np.full(points.size, 1.0 / points.size)
for _ in range(300):
    root = np.sqrt(weights)
    coefficients, *_ = np.linalg.lstsq(basis * root[:, None], rhs * root, rcond=None)
    error = np.abs(basis @ coefficients - rhs)
    weights = weights * error
    weights /= weights.sum()

rounded = coefficients.astype(np.float32).astype(np.float64)
dense = np.linspace(-0.5, 0.5, 200001)
value = 1.0 + sum(c * dense ** (k + 1) for k, c in enumerate(rounded))
print("// 2^f on [-1/2, 1/2]: max relative error %.3g (%.2f float ulps of 1)"
      % (np.max(np.abs(value / 2.0 ** dense - 1.0)), np.max(np.abs(value / 2.0 ** dense - 1.0)) / 2.0 ** -23))
print("{" + ", ".join("%.9ef" % c for c in rounded) + "}")
