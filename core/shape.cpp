#include "shape.h"

#include "error.h"

namespace core {

Shape Shape::checked(const std::vector<std::int64_t> &extents)
{
    const auto rank = static_cast<std::int64_t>(extents.size());
    if (rank < 1 || rank > Limits::maxRank)
        throw InputError(Text(CORE_TEXT("core", "rank must be 1 to %1, but the shape has %2 dims"),
                              {std::to_string(Limits::maxRank), std::to_string(rank)}));
    std::int64_t product = 1;
    std::vector<int> checkedExtents;
    for (std::int64_t dim = 0; dim < rank; ++dim) {
        const std::int64_t extent = extents[static_cast<std::size_t>(dim)];
        if (extent < 1 || extent > Limits::maxExtent)
            throw InputError(Text(CORE_TEXT("core", "extent of dim %1 must be 1 to %2, but got %3"),
                                  {std::to_string(dim), std::to_string(Limits::maxExtent), std::to_string(extent)}));
        // Each factor is at most 64, so the running product cannot overflow before
        // the check below stops it.
        product *= extent;
        if (product > Limits::maxElements)
            throw InputError(Text(CORE_TEXT("core", "a tensor may hold at most %1 elements, but this shape has more"),
                                  {std::to_string(Limits::maxElements)}));
        checkedExtents.push_back(static_cast<int>(extent));
    }
    return Shape(std::move(checkedExtents));
}

int Shape::numel() const
{
    int product = m_extents.empty() ? 0 : 1;
    for (int extent : m_extents)
        product *= extent;
    return product;
}

int Shape::stride(int dim) const
{
    int product = 1;
    for (int d = dim + 1; d < rank(); ++d)
        product *= m_extents[static_cast<std::size_t>(d)];
    return product;
}

int Shape::flatIndex(const Index &index) const
{
    int flat = 0;
    for (int d = 0; d < rank(); ++d)
        flat = flat * m_extents[static_cast<std::size_t>(d)] + index[static_cast<std::size_t>(d)];
    return flat;
}

Index Shape::multiIndex(int flat) const
{
    Index index(m_extents.size());
    for (int d = rank() - 1; d >= 0; --d) {
        const int extent = m_extents[static_cast<std::size_t>(d)];
        index[static_cast<std::size_t>(d)] = flat % extent;
        flat /= extent;
    }
    return index;
}

std::string Shape::toString() const
{
    std::string text = "(";
    for (int d = 0; d < rank(); ++d) {
        if (d > 0)
            text += ", ";
        text += std::to_string(m_extents[static_cast<std::size_t>(d)]);
    }
    if (rank() == 1)
        text += ",";
    return text + ")";
}

std::vector<std::string> defaultDimNames(int rank)
{
    static const std::array<const char *, 4> names = {"B", "C", "H", "W"};
    std::vector<std::string> result;
    for (int d = 4 - rank; d < 4; ++d)
        result.emplace_back(names[static_cast<std::size_t>(d)]);
    return result;
}

} // namespace core
