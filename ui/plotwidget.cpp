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
