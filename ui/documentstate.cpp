#include "documentstate.h"

#include <algorithm>
#include <cstring>

namespace ui {

core::Reduction DimChoice::reduction(int rank) const
{
    switch (mode) {
    case Mode::Explicit:
        return core::Reduction::alongDim(dim);
    case Mode::Implicit:
        return core::Reduction::alongDim(core::pytorchImplicitDim(rank));
    case Mode::WholeTensor:
        break;
    }
    return core::Reduction::whole();
}

DimChoice DimChoice::forRank(int rank) const
{
    DimChoice choice = *this;
    choice.dim = std::clamp(dim, 0, rank - 1);
    return choice;
}

core::SoftmaxSpec DocumentState::spec() const
{
    return {dim.reduction(tensor.rank()), op, temperature};
}

bool sameValue(double a, double b)
{
    return std::memcmp(&a, &b, sizeof(double)) == 0;
}

bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

bool sameState(const DocumentState &a, const DocumentState &b)
{
    return a.tensor.shape == b.tensor.shape && a.tensor.dtype == b.tensor.dtype
        && a.tensor.dimNames == b.tensor.dimNames && sameValues(a.tensor.values, b.tensor.values) && a.dim == b.dim
        && a.op == b.op && a.temperature == b.temperature && a.notes == b.notes;
}

} // namespace ui
