#include "quiztablemodel.h"

#include "numbertext.h"

#include <QColor>

namespace ui {

void QuizTableModel::setTensor(const core::Tensor &tensor)
{
    beginResetModel();
    m_tensor = tensor;
    m_grid = TensorGrid(tensor.shape);
    m_marks.assign(std::size_t(tensor.numel()), Mark::None);
    endResetModel();
}

void QuizTableModel::setMark(int flat, Mark mark)
{
    m_marks[std::size_t(flat)] = mark;
    const QModelIndex cell = indexOfElement(flat);
    emit dataChanged(cell, cell);
}

void QuizTableModel::clearMarks()
{
    std::fill(m_marks.begin(), m_marks.end(), Mark::None);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QModelIndex QuizTableModel::indexOfElement(int flat) const
{
    return index(m_grid.rowOf(flat), m_grid.columnOf(flat));
}

int QuizTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_marks.empty() ? 0 : m_grid.rowCount();
}

int QuizTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_marks.empty() ? 0 : m_grid.columnCount();
}

QVariant QuizTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto kind = m_grid.kind(index.row(), index.column());
    if (kind == TensorGrid::CellKind::TileLabel && role == Qt::DisplayRole)
        return QString::fromStdString(m_grid.tileLabel(index.row(), index.column()));
    const int flat = m_grid.elementAt(index.row(), index.column());
    if (role == ElementRole)
        return flat;
    if (flat < 0)
        return {};
    const Mark mark = m_marks[std::size_t(flat)];
    // Every mark has its own symbol, so colour is never the only cue.
    static const QString symbols[] = {QString(), QStringLiteral("★ "), QStringLiteral("● "),
                                      QStringLiteral("✓ "), QStringLiteral("○ "), QStringLiteral("✗ ")};
    static const QColor fills[] = {QColor(), QColor(0xff, 0xd8, 0x8a), QColor(0xc6, 0xdb, 0xef),
                                   QColor(0xc7, 0xe9, 0xc0), QColor(0xff, 0xe6, 0xb3), QColor(0xf4, 0xc2, 0xc2)};
    switch (role) {
    case Qt::DisplayRole:
        return symbols[int(mark)] + formatValue(m_tensor.values[std::size_t(flat)]);
    case Qt::BackgroundRole:
        return mark == Mark::None ? QVariant() : QVariant(fills[int(mark)]);
    case Qt::ForegroundRole:
        return mark == Mark::None ? QVariant() : QVariant(QColor(Qt::black));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return indexLabel(m_tensor.shape.multiIndex(flat));
    case MarkRole:
        return int(mark);
    default:
        return {};
    }
}

QVariant QuizTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return QString::fromStdString(m_grid.headerText(section, orientation == Qt::Horizontal));
}

Qt::ItemFlags QuizTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || m_grid.kind(index.row(), index.column()) != TensorGrid::CellKind::Element)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace ui
