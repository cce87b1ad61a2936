#pragma once

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPColorGradient;
class QFont;
class QPalette;
class QWidget;

namespace ui::plotstyle {

/// Okabe–Ito colours for the series of a plot (colour-blind safe), cycling.
QColor seriesColor(int series);
/// Viridis as a QCustomPlot gradient, the same scale as the output cells.
QCPColorGradient viridis();
/// Background, axes, grid, labels and legend from the widget palette, so the
/// plots read on light and dark themes alike.
void applyPalette(QCustomPlot *plot, const QPalette &palette);
/// Axis, legend and title fonts from `font` (zoom and presentation).
void applyFont(QCustomPlot *plot, const QFont &font);
/// Writes the plot to OUT.png, OUT.svg (vector) or OUT.pdf; empty, or why not.
QString saveImage(QCustomPlot *plot, const QString &path);
/// Gives `plot` a context menu with "Save image…".
void addSaveImageMenu(QCustomPlot *plot, QWidget *dialogParent);

} // namespace ui::plotstyle
