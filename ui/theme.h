#pragma once

#include <QString>

namespace ui::theme {

/// "system" follows the desktop; "light" and "dark" use Qt's Fusion style with a
/// fixed palette. High contrast swaps in black, white and a strong highlight.
enum class Theme { System, Light, Dark };

Theme parse(const QString &name); ///< unknown names are System
QString name(Theme theme);
/// Applies the palette to the whole application (every widget and plot
/// re-colours on the palette change).
void apply(Theme theme, bool highContrast);

} // namespace ui::theme
