#include "temperatureplot.h"

#include "plotdata.h"
#include "plotstyle.h"

#include <qcustomplot.h>


#include <cmath>

namespace ui {

TemperaturePlot::TemperaturePlot(QWidget *parent) : PlotWidget(parent)
{
    m_plot->setAccessibleName(tr("p against the temperature T"));
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->xAxis->setLabel(tr("temperature T (drag to change)"));
    m_plot->yAxis->setLabel(QStringLiteral("p"));
    m_plot->yAxis->setRange(-0.02, 1.02);
    m_marker = new QCPItemStraightLine(m_plot);
    m_marker->setPen(QPen(plotstyle::seriesColor(4), 2, Qt::DashLine));
    m_plot->legend->setVisible(true);
    m_plot->setCursor(Qt::SizeHorCursor);

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton || !m_plot->axisRect()->rect().contains(event->pos()))
            return;
        m_dragging = true;
        ++m_dragId;
        emit temperatureRequested(temperatureAtPixel(event->position().x()), m_dragId);
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (m_dragging)
            emit temperatureRequested(temperatureAtPixel(event->position().x()), m_dragId);
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this] { m_dragging = false; });
    finishSetup();
}

double TemperaturePlot::temperatureAtPixel(double x) const
{
    const QCPRange range = m_plot->xAxis->range();
    const double temperature = std::clamp(m_plot->xAxis->pixelToCoord(x), range.lower, range.upper);
    return QString::number(temperature, 'g', 3).toDouble();
}

void TemperaturePlot::setData(const GroupPlotData &plotData)
{
    const QVector<double> temperatures(plotData.temperatures.begin(), plotData.temperatures.end());
    while (m_plot->graphCount() > int(plotData.probabilities.size()))
        m_plot->removeGraph(m_plot->graphCount() - 1);
    while (m_plot->graphCount() < int(plotData.probabilities.size()))
        m_plot->addGraph();
    for (std::size_t k = 0; k < plotData.probabilities.size(); ++k) {
        QCPGraph *graph = m_plot->graph(int(k));
        const bool explained = int(k) == plotData.explained;
        graph->setPen(QPen(plotstyle::seriesColor(int(k)), explained ? 3 : 1.5));
        graph->setName(plotData.labels.value(int(k)));
        graph->setData(temperatures, QVector<double>(plotData.probabilities[k].begin(), plotData.probabilities[k].end()),
                       true);
        // A legend of 64 entries helps no one: name the explained element and a few.
        if (k >= 8 && !explained)
            graph->removeFromLegend();
    }
    if (!temperatures.isEmpty())
        m_plot->xAxis->setRange(temperatures.first(), temperatures.last());
    m_marker->point1->setCoords(plotData.temperature, 0);
    m_marker->point2->setCoords(plotData.temperature, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ui
