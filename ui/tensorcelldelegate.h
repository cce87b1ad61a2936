#pragma once

#include "statictextcache.h"

#include <QStyledItemDelegate>

namespace ui {

/// Paints one cell of a tensor view: the number (always visible), the output
/// shading, and the group highlight as fill **and** border, with everything
/// outside the selected group dimmed.
class TensorCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Thicker borders and stronger dimming (presentation).
    void setHighContrast(bool on) { m_highContrast = on; }

private:
    void paintLabel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintElement(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_highContrast = false;
    // Painting is const, the laid-out numbers are only a cache.
    mutable StaticTextCache m_plainTexts;
    mutable StaticTextCache m_boldTexts; // the selected element's number
};

} // namespace ui
