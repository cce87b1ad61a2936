// The fast kernels with AVX-512 (16 floats or 8 doubles per packet). This
// file alone is compiled with -mavx512f -mavx512dq; fastsoftmax.cpp calls it only on
// a CPU that has both, and builds this table only there.
#define FAST_SOFTMAX_ISA avx512
#include "fastsoftmaxkernels.inl"

namespace core::fastkernels {

KernelTable avx512Kernels()
{
    return {avx512::typedKernels<float>(), avx512::typedKernels<double>(), "avx512"};
}

} // namespace core::fastkernels
