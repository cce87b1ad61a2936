#pragma once

#include "shape.h"

namespace ui {

/// Where each element of a rank 1–4 tensor sits in a table (DESIGN.md §3).
/// The shape is read as B×C×H×W with leading extents of 1 for lower ranks:
/// B rows of C tiles, each tile an H×W grid. When there is more than one tile,
/// each tile row starts with a label row (`x[b, c, :, :]`) and tiles are
/// separated by a narrow gap column.
class TensorGrid {
public:
    enum class CellKind { Element, TileLabel, Gap };

    TensorGrid() : TensorGrid(core::Shape::checked({1})) {}
    explicit TensorGrid(const core::Shape &shape);

    int rowCount() const { return m_tileRows * blockHeight(); }
    int columnCount() const { return m_tileColumns * (m_tileWidth + 1) - 1; }
    int tileWidth() const { return m_tileWidth; }
    bool hasTileLabels() const { return m_labelRows > 0; }

    CellKind kind(int row, int column) const;
    /// The element at a cell, or −1 for labels and gaps.
    int elementAt(int row, int column) const;
    int rowOf(int flat) const;
    int columnOf(int flat) const;

    /// The label of the tile that starts at (row, column), e.g. "x[0, 1, :, :]".
    std::string tileLabel(int row, int column) const;
    /// The same without "x[" and ":": "0, 1", for tiles too narrow for the full label.
    std::string compactTileLabel(int row, int column) const;
    /// Index within the tile along the last dim (columns) or the second-to-last (rows); −1 elsewhere.
    int columnIndex(int column) const;
    int rowIndex(int row) const;
    /// The header text of a table section: the index within a tile, or empty.
    std::string headerText(int section, bool horizontal) const;

private:
    int blockHeight() const { return m_labelRows + m_tileHeight; }

    int m_rank = 1;
    int m_tileRows = 1;    // B
    int m_tileColumns = 1; // C
    int m_tileHeight = 1;  // H
    int m_tileWidth = 1;   // W
    int m_labelRows = 0;
};

} // namespace ui
