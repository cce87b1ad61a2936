#pragma once

#include "dims.h"
#include "shape.h"

#include <vector>

namespace core {

/// How a reduction partitions a row-major tensor into groups (1-D fibres) that
/// share a denominator. Viewing the shape as (outer, extent, inner) around the
/// reduced dim, element \f$ f = (o \cdot n + k) \cdot s + i \f$ belongs to group
/// \f$ o \cdot s + i \f$ at position \f$ k \f$, where \f$ n \f$ is the extent of the
/// dim and \f$ s \f$ its stride. The whole tensor is the case outer = inner = 1.
class GroupLayout {
public:
    GroupLayout(const Shape &shape, Reduction reduction);

    int groupCount() const { return m_outer * m_inner; }
    int groupSize() const { return m_extent; }
    /// Distance between consecutive members of a group in the flat storage.
    int memberStride() const { return m_inner; }

    int groupOf(int flat) const;
    int positionInGroup(int flat) const;
    /// Flat index of the first member of a group.
    int firstMember(int group) const;
    /// Ordered flat indices of every element sharing `flat`'s denominator.
    std::vector<int> membersOf(int flat) const;
    std::vector<int> membersOfGroup(int group) const;
    /// Group id per element, flat order.
    std::vector<int> groupIds() const;

private:
    int m_outer = 1;
    int m_extent = 1;
    int m_inner = 1;
};

} // namespace core
