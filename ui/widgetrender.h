#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace ui {

struct DocumentState;

/// Renders a widget to OUT.png, OUT.svg or OUT.pdf (by extension), for slides and
/// for checking the window headlessly, under a title line when `title` is given.
/// PNG pixels are `scale` times the widget's size; SVG and PDF are vector where Qt
/// draws vectors. Returns an empty string, or why it failed.
QString renderWidget(QWidget *widget, const QString &path, const QString &title = {}, double scale = 1.0);

/// "softmax(x, dim=1) · shape (1, 3, 2, 2) · float32": what an exported image shows.
QString exportTitle(const DocumentState &state);

/// What --render draws.
enum class RenderedView {
    Main,    ///< the main window
    Compare, ///< every dim side by side
    Plot,    ///< the four plots in a grid
};

/// Shows `state` with element `selected` in `view` at `size` (never on screen)
/// and renders it to `path`. Needs a QApplication.
QString renderView(RenderedView view, const DocumentState &state, int selected, QSize size, const QString &path,
                   double scale = 1.0);

} // namespace ui
