#include "opaquescrollbars.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace ui {

void makeScrollBarsOpaque(QAbstractScrollArea *area)
{
    // A filled background is what tells Qt a widget is opaque; the bar then paints
    // over all of it, so nothing changes on screen.
    area->horizontalScrollBar()->setAutoFillBackground(true);
    area->verticalScrollBar()->setAutoFillBackground(true);
}

} // namespace ui
