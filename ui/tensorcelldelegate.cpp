#include "tensorcelldelegate.h"

#include "cellpalette.h"
#include "paintframe.h"
#include "tensorgrid.h"
#include "tensortablemodel.h"

#include <QPainter>

namespace ui {

void TensorCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = TensorGrid::CellKind(index.data(TensorTableModel::CellKindRole).toInt());
    if (kind == TensorGrid::CellKind::TileLabel)
        paintLabel(painter, option, index);
    else if (kind == TensorGrid::CellKind::Element)
        paintElement(painter, option, index);
}

void TensorCellDelegate::paintLabel(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    // Label cells are not enabled (not selectable), but their text is not "disabled".
    painter->setPen(option.palette.color(QPalette::Active, QPalette::WindowText));
    const QRect rect = option.rect.adjusted(4, 0, -2, 0);
    QString label = index.data(Qt::DisplayRole).toString();
    if (QFontMetrics(font).horizontalAdvance(label) > rect.width())
        label = index.data(TensorTableModel::CompactLabelRole).toString();
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignBottom, label);
    painter->restore();
}

void TensorCellDelegate::paintElement(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QColor base = option.palette.color(QPalette::Active, QPalette::Base);
    const bool inSelectedGroup = index.data(TensorTableModel::InSelectedGroupRole).toBool();
    const bool isSelected = index.data(TensorTableModel::IsSelectedRole).toBool();
    const bool inHoveredGroup = index.data(TensorTableModel::InHoveredGroupRole).toBool();
    const bool showAll = index.data(TensorTableModel::ShowAllGroupsRole).toBool();
    const QVariant probability = index.data(TensorTableModel::ProbabilityRole);

    QColor fill = base;
    if (showAll)
        fill = cellpalette::groupFill(index.data(TensorTableModel::GroupRole).toInt());
    else if (probability.isValid())
        fill = cellpalette::shade(probability.toDouble());
    else if (inSelectedGroup)
        fill = cellpalette::selectedGroupFill();
    QColor text = fill == base ? option.palette.color(QPalette::Active, QPalette::Text) : cellpalette::textOn(fill);
    if (!inSelectedGroup && !showAll) {
        fill = cellpalette::dimmed(fill, base, m_highContrast ? 0.2F : 0.4F);
        text = cellpalette::dimmed(cellpalette::textOn(fill), fill, 0.65F); // still readable
    }

    painter->save();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    painter->fillRect(cell, fill);
    paintFrame(painter, cell.adjusted(0, 0, -1, -1), 1, option.palette.color(QPalette::Mid));

    QFont font = option.font;
    font.setBold(isSelected);
    painter->setPen(text);
    (isSelected ? m_boldTexts : m_plainTexts)
        .drawCentered(painter, cell, font, index.data(Qt::DisplayRole).toString());

    if (showAll) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.7);
        painter->setFont(small);
        painter->drawText(cell.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop,
                          QStringLiteral("g%1").arg(index.data(TensorTableModel::GroupRole).toInt() + 1));
    }
    const int thick = m_highContrast ? 2 : 1;
    if (inSelectedGroup) {
        paintFrame(painter, cell.adjusted(1, 1, -1, -1), 2 * thick, cellpalette::selectedGroupBorder());
    } else if (inHoveredGroup) {
        painter->setPen(QPen(cellpalette::selectedCellBorder(), 2 * thick, Qt::DashLine));
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    if (isSelected)
        paintFrame(painter, cell.adjusted(2, 2, -2, -2), 4 * thick, cellpalette::selectedCellBorder());
    if (option.state & QStyle::State_HasFocus && !isSelected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(cell.adjusted(3, 3, -4, -4));
    }
    painter->restore();
}

} // namespace ui
