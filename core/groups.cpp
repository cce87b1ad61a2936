#include "groups.h"

namespace core {

GroupLayout::GroupLayout(const Shape &shape, Reduction reduction)
{
    if (reduction.wholeTensor) {
        m_extent = shape.numel();
        return;
    }
    for (int d = 0; d < reduction.dim; ++d)
        m_outer *= shape.extent(d);
    m_extent = shape.extent(reduction.dim);
    m_inner = shape.stride(reduction.dim);
}

int GroupLayout::groupOf(int flat) const
{
    return (flat / (m_extent * m_inner)) * m_inner + flat % m_inner;
}

int GroupLayout::positionInGroup(int flat) const
{
    return (flat / m_inner) % m_extent;
}

int GroupLayout::firstMember(int group) const
{
    return (group / m_inner) * m_extent * m_inner + group % m_inner;
}

std::vector<int> GroupLayout::membersOfGroup(int group) const
{
    std::vector<int> members(static_cast<std::size_t>(m_extent));
    const int first = firstMember(group);
    for (int k = 0; k < m_extent; ++k)
        members[static_cast<std::size_t>(k)] = first + k * m_inner;
    return members;
}

std::vector<int> GroupLayout::membersOf(int flat) const
{
    return membersOfGroup(groupOf(flat));
}

std::vector<int> GroupLayout::groupIds() const
{
    std::vector<int> ids(static_cast<std::size_t>(m_outer * m_extent * m_inner));
    for (std::size_t flat = 0; flat < ids.size(); ++flat)
        ids[flat] = groupOf(static_cast<int>(flat));
    return ids;
}

} // namespace core
