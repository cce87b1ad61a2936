#pragma once

#include <QString>

class QWidget;

namespace ui {

/// Renders a widget to OUT.png, OUT.svg or OUT.pdf (by extension), for slides and
/// for checking the window headlessly. Returns an empty string, or why it failed.
QString renderWidget(QWidget *widget, const QString &path);

} // namespace ui
