#pragma once

#include "dims.h"
#include "tensor.h"

#include <vector>

namespace core {

/// What to compute: which elements share a denominator, which function, and the
/// temperature T (the input is divided by T first, in the tensor's dtype).
struct SoftmaxSpec {
    Reduction reduction;
    Op op = Op::Softmax;
    double temperature = 1.0;
};

/// Throws InputError unless T is finite and > 0.
void checkTemperature(double temperature);

/// Every intermediate of one group, in the tensor's dtype (stored as double).
///
/// \f[ z_j = x_j / T,\quad m = \max_j z_j,\quad e_j = e^{z_j - m},\quad
///     S = \sum_j e_j,\quad p_j = e_j / S,\quad \log p_j = (z_j - m) - \log S \f]
struct GroupArithmetic {
    std::vector<double> scaled;  ///< z = x / T
    double max = 0;              ///< m
    std::vector<double> shifted; ///< z − m
    std::vector<double> exps;    ///< e^(z − m)
    double sum = 0;              ///< S
    double logSum = 0;           ///< log S
    std::vector<double> outputs; ///< p, or log p for log_softmax
};

/// How PyTorch 1.13's CPU kernels (on one thread, their default on a machine
/// with one physical core) compute a group. The paths differ in the order of the
/// float additions, in p = e·(1/S) versus p = e / S, and in whose e^x: SLEEF's
/// in the vectorised loops, the C library's in the scalar ones. log S is always
/// SLEEF's. Each difference shows in the last printed digit now and then.
enum class KernelPath {
    ContiguousRow,   ///< the reduced dim is the last one (or the whole tensor)
    StridedPacket,   ///< another dim, a column the kernel takes a packet at a time
    StridedLeftover, ///< another dim, a column left over after the packets
};

/// Computes one group the way PyTorch does, in `dtype`. NaN or +inf anywhere, or
/// a group of only −inf, gives NaN everywhere; −inf beside finite values gives 0
/// (log_softmax: −inf).
GroupArithmetic computeGroup(const std::vector<double> &inputs, DType dtype, const SoftmaxSpec &spec,
                             KernelPath path);

/// The path of the group holding `element`. Along another dim than the last,
/// the kernels take the columns (the positions after the dim) a packet at a
/// time, 32 bytes: 8 floats or 4 doubles. The columns short of a whole packet at
/// the end of each slice are left over.
KernelPath kernelPathFor(const Shape &shape, Reduction reduction, DType dtype, int element);

/// softmax or log_softmax of the whole tensor; same shape and dtype as the input.
Tensor applySoftmax(const Tensor &input, const SoftmaxSpec &spec);

/// For each group of `reduction`, the sum of its probabilities in double,
/// \f$ \sum_j p_j \f$ (for log_softmax \f$ \sum_j e^{\log p_j} \f$): 1 up to
/// rounding, nan where the group is nan.
std::vector<double> probabilitySums(const Tensor &output, Reduction reduction, Op op);

} // namespace core
