#pragma once

#include <set>
#include <vector>

/// The elements sharing `flat`'s denominator, found by a plain loop over the
/// multi-indices (every index equal except the one along `dim`; dim −1 is the whole
/// tensor) — independent of the core's GroupLayout, which the tests check.
inline std::set<int> referenceGroup(const std::vector<int> &extents, int dim, int flat)
{
    const auto indexOf = [&](int f) {
        std::vector<int> index(extents.size());
        for (int d = int(extents.size()) - 1; d >= 0; --d) {
            index[std::size_t(d)] = f % extents[std::size_t(d)];
            f /= extents[std::size_t(d)];
        }
        return index;
    };
    int numel = 1;
    for (int extent : extents)
        numel *= extent;
    const std::vector<int> self = indexOf(flat);
    std::set<int> group;
    for (int other = 0; other < numel; ++other) {
        std::vector<int> index = indexOf(other);
        if (dim >= 0)
            index[std::size_t(dim)] = self[std::size_t(dim)];
        if (dim < 0 || index == self)
            group.insert(other);
    }
    return group;
}
