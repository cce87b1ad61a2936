// The fast kernels for any x86-64 (SSE2) or other CPU Eigen vectorises.
#define FAST_SOFTMAX_ISA baseline
#include "fastsoftmaxkernels.inl"

namespace core::fastkernels {

KernelTable baselineKernels()
{
    return {baseline::typedKernels<float>(), baseline::typedKernels<double>(), "baseline"};
}

} // namespace core::fastkernels
