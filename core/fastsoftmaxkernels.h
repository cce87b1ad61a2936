#pragma once
// The fast kernels behind core::fastSoftmax, compiled once per instruction set
// (fastsoftmax_avx512.cpp, fastsoftmax_avx2.cpp with AVX2+FMA, and
// fastsoftmax_baseline.cpp for any x86-64) from fastsoftmaxkernels.inl, with
// its row passes (fastsoftmaxrowpasses.inl), its column walk, tiles and short
// columns (fastsoftmaxcolumns.inl, fastsoftmaxcolumntile.inl,
// fastsoftmaxcolumnregisters.inl) and packet helpers (fastsoftmaxpackets.inl);
// fastsoftmax.cpp picks one table at run time.

#include "fastsoftmax.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace core::fastkernels {

/// One contiguous group per row: `rows` rows of `length` elements. With
/// `stream`, outputs are written past the caches where alignment allows (see
/// FastSoftmaxOptions::Stores).
template <typename T>
using RowsKernel = void (*)(const T *input, T *output, std::int64_t rows, std::int64_t length, bool log, bool stream);

/// Columns of a strided dim go in chunks of this many, so that threads share
/// even one slice: a work item is one slice's chunk.
constexpr std::int64_t columnChunk = 256;

/// A strided dim: slices of `length` × `inner`, element (d, j) of a slice at
/// [d * inner + j], one after the other.
struct ColumnsJob {
    std::int64_t length = 1;
    std::int64_t inner = 1;
    bool log = false;
    /// Outputs written past the caches where alignment allows (see
    /// FastSoftmaxOptions::Stores).
    bool stream = false;
    /// Planned for a tensor beyond the caches (FastSoftmaxOptions::Memory): the
    /// next tile's rows prefetched, softmax's last pass alongside the next
    /// tile's e^x, dims of 17 to 24 in registers.
    bool beyondCaches = false;
    /// Each tile's column maxima taken while the tile before it computes e^x
    /// (see FastSoftmaxOptions::ColumnMax).
    bool maxAhead = false;
    /// Whether short dims have each packet of columns' group held in registers
    /// (see FastSoftmaxOptions::ShortColumns).
    FastSoftmaxOptions::ShortColumns shortColumns = FastSoftmaxOptions::ShortColumns::Auto;
};

/// The work items of `outer` slices of `inner` columns: a chunk of columns each.
inline std::int64_t columnItems(std::int64_t outer, std::int64_t inner)
{
    return outer * ((inner + columnChunk - 1) / columnChunk);
}

/// Work items [begin, end) of a strided dim (columnItems), begin < end, in
/// order: item i is slice i / c's chunk i % c, for c chunks to a slice.
template <typename T>
using ColumnsKernel = void (*)(const T *input, T *output, const ColumnsJob &job, std::int64_t begin,
                               std::int64_t end);

/// A row's (or a part's) max m and Σ exp(x − m), the sum in double.
template <typename T>
struct MaxSum {
    T max;
    double sum;
};

/// Two parts of a row as one, both sums rescaled to the larger max. A part of
/// only −inf has max −inf and sum 0 (or NaN if it holds NaN), so beside a
/// finite max it adds nothing; a row of only −inf keeps max −inf, and its
/// outputs e^(−inf − (−inf)) come out NaN, as PyTorch's do. NaN anywhere makes
/// the result NaN.
template <typename T>
MaxSum<T> combine(const MaxSum<T> &a, const MaxSum<T> &b)
{
    const T max = std::isnan(a.max) || std::isnan(b.max) ? T(NAN) : std::max(a.max, b.max);
    const auto rescaled = [&](const MaxSum<T> &part) {
        return part.max == max ? part.sum : part.sum * double(std::exp(part.max - max));
    };
    return {max, rescaled(a) + rescaled(b)};
}

/// Rows bigger than this (2 MiB, beyond L2) go in blocks that fit in L1.
constexpr std::int64_t longRowBytes = 2 << 20;

/// The kernels for one element type. A long row can also be done in parts, so
/// that threads can share it: each part's max and sum (rowMaxSum), combined
/// with combine(), then each part finished from the row's max and sum
/// (longRowFinish).
template <typename T>
struct TypedKernels {
    RowsKernel<T> rows;
    ColumnsKernel<T> columns;
    MaxSum<T> (*rowMaxSum)(const T *input, std::int64_t length);
    void (*longRowFinish)(const T *input, T *output, std::int64_t length, T max, T sum, bool log);
};

struct KernelTable {
    TypedKernels<float> float32;
    TypedKernels<double> float64;
    const char *instructionSet;

    template <typename T>
    const TypedKernels<T> &forType() const
    {
        if constexpr (sizeof(T) == sizeof(float))
            return float32;
        else
            return float64;
    }
};

KernelTable baselineKernels();
#if defined(SOFTMAX_EXPLORER_HAVE_AVX2_KERNELS)
KernelTable avx2Kernels();
KernelTable avx512Kernels();
#endif

} // namespace core::fastkernels
