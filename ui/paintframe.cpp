#include "paintframe.h"

#include <QColor>
#include <QPainter>
#include <QRect>

#include <algorithm>

namespace ui {

void paintFrame(QPainter *painter, const QRect &rect, int width, const QColor &color)
{
    if (rect.isEmpty())
        return; // drawRect draws nothing for it either
    // The stroke is centred on the outline, which runs through rect.x() and
    // rect.x() + rect.width() (and likewise down); width / 2 of its pixels lie outside.
    const int left = rect.x() - width / 2;
    const int top = rect.y() - width / 2;
    const int right = left + rect.width();  // the right band's first column
    const int bottom = top + rect.height(); // the bottom band's first row
    const int outerWidth = right + width - left;
    const int sideHeight = std::max(0, bottom - top - width);
    painter->fillRect(QRect(left, top, outerWidth, width), color);
    painter->fillRect(QRect(left, bottom, outerWidth, width), color);
    painter->fillRect(QRect(left, top + width, width, sideHeight), color);
    painter->fillRect(QRect(right, top + width, width, sideHeight), color);
}

} // namespace ui
