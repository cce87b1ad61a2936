#pragma once

#include <QColor>

namespace ui {

/// The colours of the tensor views. Shading uses viridis and group colours use
/// Okabe–Ito, both readable with the common colour-vision deficiencies; every
/// highlight also has a border or a number, so colour is never the only cue.
namespace cellpalette {

/// Viridis at t ∈ [0, 1] (0: dark purple, 1: yellow); t is clamped, nan is grey.
QColor shade(double t);
/// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);
/// A light fill for group `group` when every group is shown (8 colours, cycling).
QColor groupFill(int group);
/// Fill and border of the selected element's group.
QColor selectedGroupFill();
QColor selectedGroupBorder();
/// Border of the selected element itself and of the hovered group.
QColor selectedCellBorder();
/// `color` faded toward `background` for elements outside the selected group,
/// keeping the fraction `keep` of it.
QColor dimmed(const QColor &color, const QColor &background, float keep = 0.4F);

} // namespace cellpalette

} // namespace ui
