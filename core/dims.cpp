#include "dims.h"

#include "error.h"

namespace core {

std::string opName(Op op)
{
    return op == Op::LogSoftmax ? "log_softmax" : "softmax";
}

int wrapDim(std::int64_t dim, int rank)
{
    // PyTorch treats a 0-d tensor as rank 1 for this check; our tensors are never 0-d.
    const int low = -rank;
    const int high = rank - 1;
    if (dim < low || dim > high)
        throw InputError(Text(CORE_TEXT("core", "Dimension out of range (expected to be in range of [%1, %2], but got %3)"),
                              {std::to_string(low), std::to_string(high), std::to_string(dim)}));
    return static_cast<int>(dim < 0 ? dim + rank : dim);
}

int pytorchImplicitDim(int rank)
{
    return (rank == 0 || rank == 1 || rank == 3) ? 0 : 1;
}

std::string pytorchImplicitDimWarning(Op op)
{
    return "Implicit dimension choice for " + opName(op)
        + " has been deprecated. Change the call to include dim=X as an argument.";
}

int tensorflowDefaultAxis(int rank)
{
    return rank - 1;
}

int numpyHelperDefaultAxis(const std::vector<int> &extents)
{
    for (std::size_t axis = 0; axis < extents.size(); ++axis)
        if (extents[axis] > 1)
            return static_cast<int>(axis);
    return 0;
}

} // namespace core
