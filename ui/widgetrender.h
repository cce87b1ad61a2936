#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace ui {

struct DocumentState;

/// Renders a widget to OUT.png, OUT.svg or OUT.pdf (by extension), for slides and
/// for checking the window headlessly. Returns an empty string, or why it failed.
QString renderWidget(QWidget *widget, const QString &path);

/// What --render draws.
enum class RenderedView {
    Main,    ///< the main window
    Compare, ///< every dim side by side
    Plot,    ///< the four plots in a grid
};

/// Shows `state` with element `selected` in `view` at `size` (never on screen)
/// and renders it to `path`. Needs a QApplication.
QString renderView(RenderedView view, const DocumentState &state, int selected, QSize size, const QString &path);

} // namespace ui
