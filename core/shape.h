#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// The app's limits (DESIGN.md §7), shared by the GUI, the files and the command line.
struct Limits {
    static constexpr int maxRank = 4;
    static constexpr int maxExtent = 64;
    static constexpr int maxElements = 4096;
};

/// A multi-index into a tensor, one entry per dim.
using Index = std::vector<int>;

/// The extents of a row-major tensor of rank 1–4 within Limits.
class Shape {
public:
    Shape() = default;

    /// Validates the extents (rank 1–4, each 1–64, product at most 4096) with
    /// overflow-safe arithmetic; throws InputError naming the offending extent.
    static Shape checked(const std::vector<std::int64_t> &extents);

    int rank() const { return static_cast<int>(m_extents.size()); }
    int extent(int dim) const { return m_extents.at(static_cast<std::size_t>(dim)); }
    const std::vector<int> &extents() const { return m_extents; }
    int numel() const;

    /// Row-major strides: stride(d) = product of the extents after d.
    int stride(int dim) const;

    int flatIndex(const Index &index) const;
    Index multiIndex(int flat) const;

    /// "(1, 3, 2, 2)" as Python prints a shape tuple; "(4,)" at rank 1.
    std::string toString() const;

    bool operator==(const Shape &) const = default;

private:
    explicit Shape(std::vector<int> extents) : m_extents(std::move(extents)) {}
    std::vector<int> m_extents;
};

/// Default dim names: B, C, H, W at rank 4; the trailing letters for lower ranks.
std::vector<std::string> defaultDimNames(int rank);

} // namespace core
