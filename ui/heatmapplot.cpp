#include "heatmapplot.h"

#include "plotdata.h"
#include "plotstyle.h"

#include <qcustomplot.h>


#include <cmath>

namespace ui {

HeatMapPlot::HeatMapPlot(QWidget *parent) : PlotWidget(parent)
{
    m_plot->setAccessibleName(tr("Heat map of the output plane"));
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    auto *scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, scale);
    m_map->setColorScale(scale);
    m_map->setGradient(plotstyle::viridis());
    m_map->setInterpolate(false);
    m_plot->yAxis->setRangeReversed(true); // row 0 at the top, as in the views
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        axis->setTicker(ticker);
    }
    m_frame = new QCPItemRect(m_plot);
    m_frame->setPen(QPen(QColor(0xd5, 0x5e, 0x00), 3));
    m_plot->setNotAntialiasedElements(QCP::aeAll); // rectangles only: crisp and cheaper
    finishSetup();
}

void HeatMapPlot::setData(const PlanePlotData &plotData)
{
    m_title->setText(plotData.title);
    m_map->data()->setSize(plotData.columns, plotData.rows);
    m_map->data()->setRange(QCPRange(0, plotData.columns - 1), QCPRange(0, plotData.rows - 1));
    double low = 0;
    for (int row = 0; row < plotData.rows; ++row) {
        for (int column = 0; column < plotData.columns; ++column) {
            const double value = plotData.values[std::size_t(row * plotData.columns + column)];
            m_map->data()->setCell(column, row, value);
            if (std::isfinite(value))
                low = std::min(low, value);
        }
    }
    // p lives in [0, 1]; log p in [low, 0].
    m_map->setDataRange(plotData.op == core::Op::LogSoftmax ? QCPRange(std::min(low, -1.0), 0) : QCPRange(0, 1));
    m_plot->xAxis->setRange(-0.5, plotData.columns - 0.5);
    m_plot->yAxis->setRange(-0.5, plotData.rows - 0.5);
    m_frame->topLeft->setCoords(plotData.selectedColumn - 0.5, plotData.selectedRow - 0.5);
    m_frame->bottomRight->setCoords(plotData.selectedColumn + 0.5, plotData.selectedRow + 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ui
