#pragma once

#include "softmax.h"
#include "tensor.h"

#include <string>

namespace ui {

/// How the user chose the reduction: a dim, PyTorch's deprecated implicit
/// choice, or the whole tensor as one group (SciPy's softmax(axis=None)).
struct DimChoice {
    enum class Mode { Explicit, Implicit, WholeTensor };

    Mode mode = Mode::Explicit;
    int dim = 0; ///< wrapped into [0, rank); used when mode is Explicit

    static DimChoice explicitDim(int wrappedDim) { return {Mode::Explicit, wrappedDim}; }
    static DimChoice implicit() { return {Mode::Implicit, 0}; }
    static DimChoice wholeTensor() { return {Mode::WholeTensor, 0}; }

    /// The groups this choice makes for a tensor of `rank`.
    core::Reduction reduction(int rank) const;
    /// The same choice for another rank: an explicit dim is clamped to rank − 1.
    DimChoice forRank(int rank) const;

    bool operator==(const DimChoice &) const = default;
};

/// Everything an undo step can change: the tensor (shape, dtype, values, dim
/// names) and how it is normalised. Selection and hover are not part of it.
struct DocumentState {
    core::Tensor tensor;
    DimChoice dim;
    core::Op op = core::Op::Softmax;
    double temperature = 1.0;
    std::string notes; ///< the lesson's free text

    core::SoftmaxSpec spec() const;
};

/// Equal bit for bit (so nan equals nan and -0 differs from 0).
bool sameValue(double a, double b);
/// Values equal bit for bit (so nan equals nan and -0 differs from 0).
bool sameValues(const std::vector<double> &a, const std::vector<double> &b);

/// Every field equal, values compared with sameValues().
bool sameState(const DocumentState &a, const DocumentState &b);

} // namespace ui
