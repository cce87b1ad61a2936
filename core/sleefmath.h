#pragma once

namespace core {

// e^x and log x as PyTorch 1.13's vectorised CPU kernels compute them: SLEEF's
// expf/exp and logf/log (u10), step for step as SLEEF 3.5 builds them for
// machines with FMA (each fused multiply-add here is std::fma, so the bits are
// the same on any CPU). Checked against libsleef.so.3 itself (every float in
// [1, 8192) for logf, 20 million more values each) and, in tst_sleefmath,
// against values PyTorch computed.

/// e^x for x ≤ 0 or NaN (x − max in softmax): 0 below −104 (float) or −1000 (double).
float sleefExp(float x);
double sleefExp(double x);

/// log x for any x: NaN below 0 and for NaN, −inf at 0, +inf at +inf.
float sleefLog(float x);
double sleefLog(double x);

} // namespace core
