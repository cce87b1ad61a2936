// The passes over contiguous rows of the fast softmax kernels
// (fastsoftmaxkernels.inl), compiled per instruction set with them: a row's max,
// its e^x and sum, its outputs, and rows beyond L2 in blocks. Everything here has
// internal linkage, in the namespace FAST_SOFTMAX_ISA the including file names.

#pragma once

#include "fastsoftmaxpackets.inl"

#include <algorithm>
#include <cmath>
#include <vector>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

// ---- contiguous rows ------------------------------------------------------
// The max need not see NaN: a NaN in a group makes its e, then S, then every
// output NaN whatever m is, which is PyTorch's answer; without NaN it is exact.
// A row of n ≥ L elements is n − n % L elements in full packets and, when n % L
// is not 0, one more packet that ends at n and overlaps the last full one. Each
// pass loads that packet before the full ones and stores it after them, so an
// in-place row (input == output) still reads only input. Rows shorter than a
// packet go through a padded buffer. The passes are inlined into shortRows()
// and loneRow(): for a row of a few packets, their calls and constants cost
// 3–8 % (softmax-bench).

/// The max of each lane over the row (reduceOne or reduceFour gives the row's).
template <typename T>
[[gnu::always_inline]] inline Packet<T> rowMaxLanes(const T *x, std::int64_t n)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    if (n < L)
        return loadPart(x, n, -infinity<T>);
    P m0 = pset1<P>(-infinity<T>), m1 = m0, m2 = m0, m3 = m0;
    std::int64_t i = 0;
    for (; i + 4 * L <= n; i += 4 * L) {
        m0 = pmax(m0, ploadu<P>(x + i));
        m1 = pmax(m1, ploadu<P>(x + i + L));
        m2 = pmax(m2, ploadu<P>(x + i + 2 * L));
        m3 = pmax(m3, ploadu<P>(x + i + 3 * L));
    }
    for (; i + L <= n; i += L)
        m0 = pmax(m0, ploadu<P>(x + i));
    if (i < n)
        m1 = pmax(m1, ploadu<P>(x + n - L));
    return pmax(pmax(m0, m1), pmax(m2, m3));
}

template <typename T>
[[gnu::always_inline]] inline T rowMax(const T *x, std::int64_t n)
{
    return reduceOne<T>(rowMaxLanes(x, n), maxLanes);
}

/// Σ exp(x − m) lane by lane over a row of at most sumBlock elements: the full
/// packets', and the new lanes of the last packet that overlaps them (newLanes).
template <typename T>
struct LaneSums {
    Packet<T> full;
    Packet<T> tail;
};

/// LaneSums of a row of at most sumBlock elements, storing the exponentials in
/// y unless `log`. With `ahead`, the line `ahead` elements on is prefetched every
/// two packets: a long row's next block, which the hardware prefetcher alone
/// left in DRAM while e^x was computed (the 4M-long row 20–24 % faster).
template <typename T>
[[gnu::always_inline]] inline LaneSums<T> rowExpLanes(const T *x, T *y, std::int64_t n, T max, bool log,
                                                     std::int64_t ahead = 0)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    const P m = pset1<P>(max);
    if (n < L) { // padded with −inf, whose exponential is 0
        const P e = exponential(psub(loadPart(x, n, -infinity<T>), m));
        if (!log)
            storePart(y, e, n);
        return {e, pzero(m)};
    }
    const std::int64_t rem = n % L;
    const std::int64_t whole = n - rem;
    const P tail = rem ? exponential(psub(ploadu<P>(x + n - L), m)) : m;
    P a0 = pzero(m), a1 = a0;
    std::int64_t i = 0;
    for (; i + 2 * L <= whole; i += 2 * L) {
        if (ahead)
            prefetchLine(x + i + ahead);
        const P e0 = exponential(psub(ploadu<P>(x + i), m));
        const P e1 = exponential(psub(ploadu<P>(x + i + L), m));
        if (!log) {
            pstoreu(y + i, e0);
            pstoreu(y + i + L, e1);
        }
        a0 = padd(a0, e0);
        a1 = padd(a1, e1);
    }
    if (i < whole) {
        const P e = exponential(psub(ploadu<P>(x + i), m));
        if (!log)
            pstoreu(y + i, e);
        a0 = padd(a0, e);
    }
    if (!rem)
        return {padd(a0, a1), pzero(m)};
    if (!log)
        pstoreu(y + n - L, tail);
    return {padd(a0, a1), pand(newLanes<T>(rem), tail)};
}

/// Σ exp(x − m) over a row of any length, storing the exponentials in y unless
/// `log`: blocks of sumBlock summed in the tensor's type, then added in double.
/// `ahead` as for rowExpLanes.
template <typename T>
[[gnu::always_inline]] inline double rowExpSum(const T *x, T *y, std::int64_t n, T max, bool log,
                                               std::int64_t ahead = 0)
{
    double total = 0;
    for (std::int64_t i = 0; i < n; i += sumBlock) {
        const LaneSums<T> sums = rowExpLanes(x + i, log ? y : y + i, std::min(sumBlock, n - i), max, log, ahead);
        total += double(reduceOne<T>(sums.full, addLanes));
        total += double(reduceOne<T>(sums.tail, addLanes));
    }
    return total;
}

/// The last pass, with factor = log S or 1/S (finishFactors): log p =
/// (x − m) − log S from `in` = x, or p = e · (1/S) from `in` = the row's e
/// (which may be y itself). With `stream` (n a whole number of packets and y
/// aligned to one) y is written with storeStreaming.
template <typename T>
[[gnu::always_inline]] inline void rowFinish(const T *in, T *y, std::int64_t n, T max, T factor, bool log, bool stream)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    const P m = pset1<P>(max);
    const P f = pset1<P>(factor);
    const auto finish = [&](const P &value) { return log ? psub(psub(value, m), f) : pmul(value, f); };
    if (n < L) {
        storePart(y, finish(loadPart(in, n, T(0))), n);
        return;
    }
    const std::int64_t rem = n % L;
    const std::int64_t whole = n - rem;
    const P tail = rem ? ploadu<P>(in + n - L) : m;
    if (stream)
        for (std::int64_t i = 0; i < whole; i += L)
            storeStreaming(y + i, finish(ploadu<P>(in + i)));
    else
        for (std::int64_t i = 0; i < whole; i += L)
            pstoreu(y + i, finish(ploadu<P>(in + i)));
    if (rem)
        pstoreu(y + n - L, finish(tail));
}

// A row bigger than L2 goes in blocks that fit in L1. Its x is read twice, not
// three times: the first pass takes each block's max and Σ exp(x − m_block)
// while the block sits in L1 and rescales the running sum when the max grows
// (online softmax, blockwise); the second computes the outputs from x. So do
// log_softmax and threads sharing a row; softmax alone on a row keeps each
// block's e^x instead (longSoftmaxRow).

/// Elements per block of the first pass: 32 KiB of floats, inside L1.
constexpr std::int64_t onlineBlock = 8192;

/// One block's max and Σ exp(x − max), storing the exponentials in y unless it
/// is null, and prefetching the next block (past the row's end a prefetch
/// fetches nothing and never faults). An all −inf block takes exp(x − 0) = 0
/// (NaN if it holds NaN) instead of NaN, so that combine() can drop it.
template <typename T>
MaxSum<T> blockMaxSum(const T *x, T *y, std::int64_t n)
{
    const T max = rowMax(x, n);
    return {max, rowExpSum<T>(x, y, n, max == -infinity<T> ? T(0) : max, y == nullptr, onlineBlock)};
}

template <typename T>
MaxSum<T> rowMaxSum(const T *x, std::int64_t n)
{
    MaxSum<T> result = blockMaxSum<T>(x, nullptr, std::min(onlineBlock, n));
    for (std::int64_t i = onlineBlock; i < n; i += onlineBlock)
        result = combine(result, blockMaxSum<T>(x + i, nullptr, std::min(onlineBlock, n - i)));
    return result;
}

/// The second pass of softmax over a long row: p = exp(x − m) · (1/S).
template <typename T>
void rowExpScale(const T *x, T *y, std::int64_t n, T max, T factor)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    const P m = pset1<P>(max);
    const P f = pset1<P>(factor);
    const auto finish = [&](const P &in) { return pmul(exponential(psub(in, m)), f); };
    if (n < L) {
        storePart(y, finish(loadPart(x, n, T(0))), n);
        return;
    }
    const std::int64_t rem = n % L;
    const P tail = rem ? ploadu<P>(x + n - L) : m;
    for (std::int64_t i = 0; i + L <= n; i += L)
        pstoreu(y + i, finish(ploadu<P>(x + i)));
    if (rem)
        pstoreu(y + n - L, finish(tail));
}

/// The outputs of a long row, or of a part of one, from the whole row's max and
/// sum: log p = (x − m) − log S, or p = exp(x − m) · (1/S).
template <typename T>
void longRowFinish(const T *x, T *y, std::int64_t n, T max, T sum, bool log)
{
    const T factor = finishFactor(sum, log);
    if (log)
        rowFinish(x, y, n, max, factor, true, false);
    else
        rowExpScale(x, y, n, max, factor);
}

/// Softmax over a long row on one thread, with one e^x per element where the
/// two passes above take two: each block's e^(x − its max) goes to y while the
/// block is in L1, and a last pass over y scales each block by e^(its max − m)
/// / S. Up to three roundings more than p = e^(x − m) · (1/S), but e^x of a
/// smaller |x|. The 4M-long row of issue 8's matrix 12–20 % faster than three
/// passes over x and y (softmax-bench, interleaved).
template <typename T>
void longSoftmaxRow(const T *x, T *y, std::int64_t n)
{
    std::vector<MaxSum<T>> blocks;
    blocks.reserve(std::size_t((n + onlineBlock - 1) / onlineBlock));
    MaxSum<T> row{};
    for (std::int64_t i = 0; i < n; i += onlineBlock) {
        blocks.push_back(blockMaxSum(x + i, y + i, std::min(onlineBlock, n - i)));
        row = i ? combine(row, blocks.back()) : blocks.back();
    }
    // A row of only −inf has m = −inf, S = 0, and blocks of e = 0: 0 · (1/0) is
    // NaN, PyTorch's value. A NaN anywhere makes m, so every factor, NaN.
    const T inverse = finishFactor(T(row.sum), false);
    for (std::int64_t i = 0; i < n; i += onlineBlock) {
        const MaxSum<T> &block = blocks[std::size_t(i / onlineBlock)];
        const T factor = block.max == row.max ? inverse : T(std::exp(double(block.max) - double(row.max)) / row.sum);
        rowFinish(y + i, y + i, std::min(onlineBlock, n - i), T(0), factor, false, false);
    }
}

/// A row beyond L2 on one thread: longSoftmaxRow, or for log_softmax rowMaxSum
/// and the outputs from x, two passes over x.
template <typename T>
void longRow(const T *x, T *y, std::int64_t n, bool log, bool stream)
{
    if (!log) {
        longSoftmaxRow(x, y, n);
        return;
    }
    const MaxSum<T> maxSum = rowMaxSum(x, n);
    const bool streamRow = stream && n % lanes<T> == 0 && packetAligned(y);
    rowFinish(x, y, n, maxSum.max, finishFactor(T(maxSum.sum), true), true, streamRow);
    if (streamRow)
        _mm_sfence();
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
