#include "steadytabwidget.h"

#include <QEvent>
#include <QTabBar>

namespace ui {

bool SteadyTabWidget::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        const QSize hint = tabBar()->sizeHint();
        if (hint == m_tabBarHint) {
            // Still tell the parent, as QTabWidget would: a page's minimum size may
            // have changed.
            updateGeometry();
            return true;
        }
        m_tabBarHint = hint;
    }
    return QTabWidget::event(event);
}

} // namespace ui
