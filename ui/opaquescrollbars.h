#pragma once

class QAbstractScrollArea;

namespace ui {

/// Marks the area's scroll bars as painting their whole rectangle (as Fusion's do).
/// Otherwise Qt paints whatever lies under a scroll bar before the bar itself, and
/// under a view in a group box that is the group box's frame, which is drawn whole
/// each time: a scrolling view repainted its group box twice per step.
void makeScrollBarsOpaque(QAbstractScrollArea *area);

} // namespace ui
