#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace ui {

struct DocumentState;

/// Renders a widget to OUT.png, OUT.svg or OUT.pdf (by extension), for slides and
/// for checking the window headlessly. Returns an empty string, or why it failed.
QString renderWidget(QWidget *widget, const QString &path);

/// Shows `state` with element `selected` in a main window of `size` (not on
/// screen) and renders it to `path`. Needs a QApplication.
QString renderMainWindow(const DocumentState &state, int selected, QSize size, const QString &path);

} // namespace ui
