#pragma once

#include "tensorgrid.h"

#include "tensor.h"

#include <QAbstractTableModel>

#include <vector>

namespace ui {

/// A tensor laid out like the main views, for quiz questions: no group is
/// highlighted (that would give the answer away); instead each element carries a
/// mark, shown by a symbol and a colour.
class QuizTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Mark { None, Marked, Chosen, Correct, Missed, Wrong };
    enum Role { ElementRole = Qt::UserRole + 1, MarkRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTensor(const core::Tensor &tensor);
    const TensorGrid &grid() const { return m_grid; }
    void setMark(int flat, Mark mark);
    Mark mark(int flat) const { return m_marks[std::size_t(flat)]; }
    void clearMarks();
    QModelIndex indexOfElement(int flat) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Tensor m_tensor;
    TensorGrid m_grid;
    std::vector<Mark> m_marks;
};

} // namespace ui
