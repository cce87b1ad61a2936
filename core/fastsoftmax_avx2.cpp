// The fast kernels with AVX2 and FMA (8 floats or 4 doubles per packet). This
// file alone is compiled with -mavx2 -mfma; fastsoftmax.cpp calls it only on a
// CPU that has both.
#define FAST_SOFTMAX_ISA avx2
#include "fastsoftmaxkernels.inl"

namespace core::fastkernels {

KernelTable avx2Kernels()
{
    return {avx2::typedKernels<float>(), avx2::typedKernels<double>(), "avx2+fma"};
}

} // namespace core::fastkernels
