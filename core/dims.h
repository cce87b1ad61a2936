#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace core {

enum class Op { Softmax, LogSoftmax };

/// "softmax" / "log_softmax", PyTorch's function names.
std::string opName(Op op);

/// Wraps a possibly negative dim into [0, rank) as PyTorch does
/// (\f$ d < 0 \Rightarrow d + \mathrm{rank} \f$); throws InputError with PyTorch's text
/// "Dimension out of range (expected to be in range of [-r, r-1], but got d)".
int wrapDim(std::int64_t dim, int rank);

/// The dim PyTorch 1.13 picks when softmax is called without one
/// (torch.nn.functional._get_softmax_dim): 0 for rank 0, 1 or 3, else 1.
int pytorchImplicitDim(int rank);

/// The UserWarning PyTorch prints with the implicit choice, for `op`:
/// "Implicit dimension choice for softmax has been deprecated. …".
std::string pytorchImplicitDimWarning(Op op);

/// TensorFlow's tf.nn.softmax default, axis=-1, wrapped: rank-1.
int tensorflowDefaultAxis(int rank);

/// The source tutorial's NumPy helper default: the first axis of extent > 1
/// (axis 0 when every extent is 1, where the helper itself would fail).
int numpyHelperDefaultAxis(const std::vector<int> &extents);

/// Which elements share a denominator: one dim, or the whole tensor as a single
/// group (SciPy's softmax(axis=None)).
struct Reduction {
    bool wholeTensor = false;
    int dim = 0; ///< wrapped, meaningful when !wholeTensor

    static Reduction alongDim(int wrappedDim) { return {false, wrappedDim}; }
    static Reduction whole() { return {true, 0}; }
    bool operator==(const Reduction &) const = default;
};

} // namespace core
