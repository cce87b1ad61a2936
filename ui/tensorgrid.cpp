#include "tensorgrid.h"

#include <array>

namespace ui {

TensorGrid::TensorGrid(const core::Shape &shape) : m_rank(shape.rank())
{
    std::array<int, 4> padded = {1, 1, 1, 1};
    for (int d = 0; d < m_rank; ++d)
        padded[std::size_t(4 - m_rank + d)] = shape.extent(d);
    m_tileRows = padded[0];
    m_tileColumns = padded[1];
    m_tileHeight = padded[2];
    m_tileWidth = padded[3];
    m_labelRows = m_tileRows * m_tileColumns > 1 ? 1 : 0;
}

TensorGrid::CellKind TensorGrid::kind(int row, int column) const
{
    if (column % (m_tileWidth + 1) == m_tileWidth)
        return CellKind::Gap;
    if (row % blockHeight() < m_labelRows)
        return column % (m_tileWidth + 1) == 0 ? CellKind::TileLabel : CellKind::Gap;
    return CellKind::Element;
}

int TensorGrid::elementAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()
        || kind(row, column) != CellKind::Element)
        return -1;
    const int b = row / blockHeight();
    const int h = row % blockHeight() - m_labelRows;
    const int c = column / (m_tileWidth + 1);
    const int w = column % (m_tileWidth + 1);
    return ((b * m_tileColumns + c) * m_tileHeight + h) * m_tileWidth + w;
}

int TensorGrid::rowOf(int flat) const
{
    const int h = flat / m_tileWidth % m_tileHeight;
    const int b = flat / (m_tileWidth * m_tileHeight * m_tileColumns);
    return b * blockHeight() + m_labelRows + h;
}

int TensorGrid::columnOf(int flat) const
{
    const int w = flat % m_tileWidth;
    const int c = flat / (m_tileWidth * m_tileHeight) % m_tileColumns;
    return c * (m_tileWidth + 1) + w;
}

std::string TensorGrid::tileLabel(int row, int column) const
{
    const int b = row / blockHeight();
    const int c = column / (m_tileWidth + 1);
    std::string label = "x[";
    if (m_rank == 4)
        label += std::to_string(b) + ", ";
    if (m_rank >= 3)
        label += std::to_string(c) + ", ";
    label += m_rank >= 2 ? ":, :]" : ":]";
    return label;
}

std::string TensorGrid::compactTileLabel(int row, int column) const
{
    const int b = row / blockHeight();
    const int c = column / (m_tileWidth + 1);
    if (m_rank == 4)
        return std::to_string(b) + "," + std::to_string(c);
    return std::to_string(c);
}

int TensorGrid::columnIndex(int column) const
{
    const int w = column % (m_tileWidth + 1);
    return w == m_tileWidth ? -1 : w;
}

int TensorGrid::rowIndex(int row) const
{
    const int h = row % blockHeight() - m_labelRows;
    return h < 0 ? -1 : h;
}

std::string TensorGrid::headerText(int section, bool horizontal) const
{
    const int position = horizontal ? columnIndex(section) : rowIndex(section);
    return position < 0 ? std::string() : std::to_string(position);
}

} // namespace ui
