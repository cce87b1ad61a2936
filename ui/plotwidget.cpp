#include "plotwidget.h"

#include "plotstyle.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

namespace ui {

PlotWidget::PlotWidget(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    // QCustomPlot 2.1 repaints at once after a replot, which paints and flushes the whole
    // window's dirty region a second time in the same interaction; let the plot wait for
    // the window's one update instead.
    m_plot->setPlottingHint(QCP::phImmediateRefresh, false);
}

void PlotWidget::finishSetup()
{
    plotstyle::applyPalette(m_plot, palette());
    plotstyle::addSaveImageMenu(m_plot, this);
}

void PlotWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        plotstyle::applyPalette(m_plot, palette());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->type() == QEvent::FontChange) {
        plotstyle::applyFont(m_plot, font());
    }
    QWidget::changeEvent(event);
}

} // namespace ui
