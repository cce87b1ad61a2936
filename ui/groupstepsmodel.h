#pragma once

#include "stephtml.h"

#include "shape.h"
#include "steptrace.h"

#include <QAbstractTableModel>

namespace ui {

/// The members of the explained element's group, one row each, with every
/// intermediate: x, (z = x / T), z − m, e^(z − m), and p or log p. The explained
/// element's row is marked; tooltips give full precision.
class GroupStepsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setTrace(const core::StepTrace &trace, const core::Shape &shape, LabelStyle style);
    /// The row of the explained element.
    int explainedRow() const { return m_trace.position; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Column { Element, Input, Scaled, Shifted, Exp, Output };
    Column columnAt(int column) const;
    double value(int row, Column column) const;

    core::StepTrace m_trace;
    core::Shape m_shape;
    LabelStyle m_style = LabelStyle::Symbolic;
};

} // namespace ui
