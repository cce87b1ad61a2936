#pragma once

class QColor;
class QPainter;
class QRect;

namespace ui {

/// Paints the pixels QPainter::drawRect(rect) covers with an opaque solid pen
/// `width` pixels wide, square corners (Qt::MiterJoin) and no antialiasing, as four
/// filled bands: the stroker costs twenty times as much, and a full tensor view
/// draws hundreds of cell borders.
void paintFrame(QPainter *painter, const QRect &rect, int width, const QColor &color);

} // namespace ui
