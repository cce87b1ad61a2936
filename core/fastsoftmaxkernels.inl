// The fast softmax kernels, written once with Eigen's packet math and compiled
// per instruction set: the including file defines FAST_SOFTMAX_ISA (a namespace
// name) and the table function. Everything here has internal linkage, so the
// builds for different instruction sets never mix.
//
// Numerics follow PyTorch: m = max, e = exp(x − m), S = Σe,
// p = e·(1/S), and log p = (x − m) − log S. e^x is SLEEF's exp (u10) for
// double, with PyTorch's bits where the CPU has FMA, and for float a cheaper one
// within a few ulps (fastsoftmaxpackets.inl). Sums are taken in blocks of 1024
// packets' lanes in the tensor's type, added in double: long groups sum to 1.

#include "fastsoftmaxkernels.h"
#include "fastsoftmaxcolumns.inl"
#include "fastsoftmaxrowpasses.inl"

#include <algorithm>
#include <vector>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

// ---- contiguous rows ------------------------------------------------------

/// Rows of at most this many elements go four at a time (shortRows).
constexpr std::int64_t shortRow = 512;
static_assert(shortRow <= sumBlock, "a batched row is one block of rowExpLanes");

/// One row on its own: rows between shortRow and longRowBytes, and the last few
/// short rows that do not make a batch of four.
template <typename T>
[[gnu::always_inline]] inline void loneRow(const T *x, T *y, std::int64_t length, bool log)
{
    const T max = rowMax(x, length);
    const T sum = T(rowExpSum(x, y, length, max, log));
    rowFinish(log ? x : y, y, length, max, finishFactor(sum, log), log, false);
}

/// Rows of at most this many bytes go sixteen at a time (shortRows), except
/// streamed softmax rows: its e^x of sixteen rows of 128 floats made them 6 %
/// slower. Sixteen rows of 512 floats, beyond L1, were 9–17 % slower.
constexpr std::int64_t groupedRowBytes = 512;

/// Short rows four at a time, each pass over all four before the next, so that
/// one row's reductions and divide overlap the others' work, and the four maxima
/// and sums are reduced together (reduceFour). Softmax's e^x wait in `exps`, in
/// L1, so that y is written once and never read: 0–20 % faster than keeping
/// them in y, with y in the caches or not (softmax-bench). With `streamed` (rows
/// of whole packets, each row's start aligned to one) y is written past the
/// caches; the two cases are compiled apart, as the code of one slowed the
/// other by 9–13 % (streamed rows of 128 and 64, softmax-bench, paired rounds).
///
/// With `group` = 16, the last pass waits until four batches have their sums,
/// and their factors are computed together (finishSums): log S is a long chain
/// of dependent steps, which a batch of four short rows did not hide (rows of
/// 56 and 100: log_softmax 0.85×, softmax 0.93–0.98×; ab_bench.py, Zen 5).
/// Rows left over go four at a time, then alone.
template <typename T, bool streamed, std::int64_t group>
void shortRows(const T *input, T *output, std::int64_t rowCount, std::int64_t length, bool log)
{
    constexpr std::int64_t batch = 4;
    static_assert(group % batch == 0);
    static_assert(group == batch || group * (groupedRowBytes / std::int64_t(sizeof(T))) <= batch * shortRow,
                  "a group's e^x fit in exps");
    alignas(64) T exps[batch * shortRow];
    std::int64_t r = 0;
    for (; r + group <= rowCount; r += group) {
        T max[group], sum[group], tailSum[group];
        const bool tails = length > lanes<T> && length % lanes<T> != 0;
        for (std::int64_t b = 0; b < group; b += batch) {
            const T *x = input + (r + b) * length;
            Packet<T> maxima[batch];
            for (std::int64_t k = 0; k < batch; ++k)
                maxima[k] = rowMaxLanes(x + k * length, length);
            reduceFour<T>(maxima, max + b, maxLanes);
            // Later rows' x, while e^x is computed: the next four (streamed rows of
            // 128 20 % faster than without), or for streamed rows, whose x comes from
            // DRAM, the four after the next two (another 5–9 %: rows of 128 and 64,
            // ab_bench.py, 7 of 8 rounds each). Their y is not fetched for writing:
            // rows of 56 and 100 in the caches were 7–13 % slower with it.
            constexpr std::int64_t ahead = streamed ? 3 : 1;
            if (r + b + (ahead + 1) * batch <= rowCount)
                prefetch(x + ahead * batch * length, batch * length);
            Packet<T> full[batch];
            Packet<T> tail[batch];
            for (std::int64_t k = 0; k < batch; ++k) {
                const LaneSums<T> sums =
                    rowExpLanes(x + k * length, exps + (b + k) * length, length, max[b + k], log);
                full[k] = sums.full;
                tail[k] = sums.tail;
            }
            // A row's two parts added in its type (finishSums): as in rowExpSum,
            // whose double sum of two floats rounds to the same float. Rows
            // without a tail would add +0.
            reduceFour<T>(full, sum + b, addLanes);
            if (tails)
                reduceFour<T>(tail, tailSum + b, addLanes);
        }
        T factor[group];
        finishSums(sum, tails ? tailSum : nullptr, factor, group, log);
        const T *x = input + r * length;
        T *y = output + r * length;
        for (std::int64_t k = 0; k < group; ++k)
            rowFinish(log ? x + k * length : exps + k * length, y + k * length, length, max[k], factor[k], log,
                      streamed);
    }
    if constexpr (group > batch) {
        shortRows<T, streamed, batch>(input + r * length, output + r * length, rowCount - r, length, log);
        return;
    }
    for (; r < rowCount; ++r)
        loneRow(input + r * length, output + r * length, length, log);
    if (streamed)
        _mm_sfence();
}

template <typename T>
void rows(const T *input, T *output, std::int64_t rowCount, std::int64_t length, bool log, bool stream)
{
    if (length * std::int64_t(sizeof(T)) > longRowBytes) {
        for (std::int64_t r = 0; r < rowCount; ++r)
            longRow(input + r * length, output + r * length, length, log, stream);
    } else if (length > shortRow) {
        for (std::int64_t r = 0; r < rowCount; ++r)
            loneRow(input + r * length, output + r * length, length, log);
    } else if (stream && length % lanes<T> == 0 && packetAligned(output)) {
        if (log && length * std::int64_t(sizeof(T)) <= groupedRowBytes)
            shortRows<T, true, 16>(input, output, rowCount, length, log);
        else
            shortRows<T, true, 4>(input, output, rowCount, length, log);
    } else if (length * std::int64_t(sizeof(T)) <= groupedRowBytes) {
        shortRows<T, false, 16>(input, output, rowCount, length, log);
    } else {
        shortRows<T, false, 4>(input, output, rowCount, length, log);
    }
}

template <typename T>
TypedKernels<T> typedKernels()
{
    return {rows<T>, columns<T>, rowMaxSum<T>, longRowFinish<T>};
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
