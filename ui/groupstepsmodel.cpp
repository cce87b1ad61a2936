#include "groupstepsmodel.h"

#include "numbertext.h"

#include <QColor>
#include <QFont>

namespace ui {

namespace {

QString mathMinus(QString text)
{
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace

void GroupStepsModel::setTrace(const core::StepTrace &trace, const core::Shape &shape, LabelStyle style)
{
    beginResetModel();
    m_trace = trace;
    m_shape = shape;
    m_style = style;
    endResetModel();
}

int GroupStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trace.members.size());
}

int GroupStepsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_trace.members.empty())
        return 0;
    return m_trace.spec.temperature != 1.0 ? 6 : 5;
}

GroupStepsModel::Column GroupStepsModel::columnAt(int column) const
{
    if (m_trace.spec.temperature == 1.0 && column >= int(Column::Scaled))
        ++column;
    return Column(column);
}

double GroupStepsModel::value(int row, Column column) const
{
    const auto k = std::size_t(row);
    switch (column) {
    case Column::Input:
        return m_trace.inputs[k];
    case Column::Scaled:
        return m_trace.stable.scaled[k];
    case Column::Shifted:
        return m_trace.stable.shifted[k];
    case Column::Exp:
        return m_trace.stable.exps[k];
    case Column::Output:
    case Column::Element:
        break;
    }
    return m_trace.stable.outputs[k];
}

QVariant GroupStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column column = columnAt(index.column());
    const bool explained = index.row() == m_trace.position;
    const int flat = m_trace.members[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Element) {
            const QString label = m_style == LabelStyle::Symbolic ? symbolicLabel(flat)
                                                                  : indexLabel(m_shape.multiIndex(flat));
            return explained ? label + QStringLiteral(" ◀") : label;
        }
        return mathMinus(formatValue(value(index.row(), column)));
    case Qt::ToolTipRole:
        if (column == Column::Element)
            return QStringLiteral("%1 (%2)").arg(indexLabel(m_shape.multiIndex(flat)), symbolicLabel(flat));
        return fullPrecision(value(index.row(), column), m_trace.dtype);
    case ValueRole:
        return column == Column::Element ? QVariant(flat) : QVariant(value(index.row(), column));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (explained) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return explained ? QVariant(QColor(0xff, 0xd8, 0x8a)) : QVariant();
    case Qt::ForegroundRole:
        return explained ? QVariant(QColor(Qt::black)) : QVariant();
    default:
        return {};
    }
}

QVariant GroupStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    const bool scaled = m_trace.spec.temperature != 1.0;
    switch (columnAt(section)) {
    case Column::Element:
        return tr("element");
    case Column::Input:
        return QStringLiteral("x");
    case Column::Scaled:
        return QStringLiteral("z = x / T");
    case Column::Shifted:
        return scaled ? QStringLiteral("z − m") : QStringLiteral("x − m");
    case Column::Exp:
        return scaled ? QStringLiteral("e^(z − m)") : QStringLiteral("e^(x − m)");
    case Column::Output:
        break;
    }
    return m_trace.spec.op == core::Op::LogSoftmax ? QStringLiteral("log p") : QStringLiteral("p");
}

} // namespace ui
