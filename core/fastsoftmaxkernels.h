#pragma once
// The fast kernels behind core::fastSoftmax, compiled once per instruction set
// (fastsoftmax_avx512.cpp, fastsoftmax_avx2.cpp with AVX2+FMA, and
// fastsoftmax_baseline.cpp for any x86-64)
// from fastsoftmaxkernels.inl; fastsoftmax.cpp picks one table at run time.

#include <cstdint>

namespace core::fastkernels {

/// One contiguous group per row: `rows` rows of `length` elements.
template <typename T>
using RowsKernel = void (*)(const T *input, T *output, std::int64_t rows, std::int64_t length, bool log);

/// One slice of a strided dim: element (d, j) at [d * inner + j], d < length;
/// columns [begin, end) are done.
template <typename T>
using ColumnsKernel = void (*)(const T *input, T *output, std::int64_t length, std::int64_t inner, std::int64_t begin,
                               std::int64_t end, bool log);

struct KernelTable {
    RowsKernel<float> rowsFloat;
    RowsKernel<double> rowsDouble;
    ColumnsKernel<float> columnsFloat;
    ColumnsKernel<double> columnsDouble;
    const char *instructionSet;
};

KernelTable baselineKernels();
#if defined(SOFTMAX_EXPLORER_HAVE_AVX2_KERNELS)
KernelTable avx2Kernels();
KernelTable avx512Kernels();
#endif

} // namespace core::fastkernels
