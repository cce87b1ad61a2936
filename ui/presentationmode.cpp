#include "presentationmode.h"

#include "tensorgridview.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

namespace ui {

namespace {

constexpr double presentationZoom = 2.0;
constexpr double zoomStep = 1.15;

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, QWidget *content, QList<TensorGridView *> views,
                                   QObject *parent)
    : QObject(parent), m_window(window), m_content(content), m_views(std::move(views))
{
    m_baseSize = content->font().pointSizeF();
}

void PresentationMode::hideWhilePresenting(const QList<QAction *> &actions)
{
    m_hidden << actions;
}

void PresentationMode::hideWhilePresenting(const QList<QWidget *> &widgets)
{
    m_hiddenWidgets << widgets;
}

void PresentationMode::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    for (QAction *action : std::as_const(m_hidden))
        action->setVisible(!on);
    for (QWidget *widget : std::as_const(m_hiddenWidgets))
        widget->setVisible(!on);
    m_window->menuBar()->setVisible(!on);
    for (TensorGridView *view : std::as_const(m_views)) {
        view->setHighContrast(on || m_highContrast);
        view->setCellScale(on ? 1.25 : 1.0);
    }
    if (on) {
        m_wasMaximized = m_window->isMaximized();
        m_zoomBeforePresenting = m_zoom;
        m_window->showFullScreen();
        setZoom(std::max(m_zoom, presentationZoom));
    } else {
        setZoom(m_zoomBeforePresenting);
        if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    emit presentingChanged(on);
}

void PresentationMode::setHighContrast(bool on)
{
    m_highContrast = on;
    for (TensorGridView *view : std::as_const(m_views))
        view->setHighContrast(on || m_presenting);
}

void PresentationMode::setZoom(double factor)
{
    m_zoom = std::clamp(factor, 0.5, 4.0);
    QFont font = m_content->font();
    font.setPointSizeF(m_baseSize * m_zoom);
    m_content->setFont(font);
    const int icon = int(m_content->style()->pixelMetric(QStyle::PM_ToolBarIconSize) * std::max(1.0, m_zoom));
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        bar->setIconSize(QSize(icon, icon));
    emit zoomChanged(m_zoom);
}

void PresentationMode::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void PresentationMode::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void PresentationMode::resetZoom()
{
    setZoom(1.0);
}

} // namespace ui
