#include "expcurveplot.h"

#include "plotdata.h"
#include "plotstyle.h"

#include <qcustomplot.h>


#include <cmath>

namespace ui {

ExpCurvePlot::ExpCurvePlot(QWidget *parent) : PlotWidget(parent)
{
    m_plot->setAccessibleName(tr("The curve e^(x - m) with the group's points"));
    QCPGraph *curve = m_plot->addGraph();
    curve->setPen(QPen(plotstyle::seriesColor(0), 2));
    QCPGraph *points = m_plot->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, plotstyle::seriesColor(1).darker(130),
                                            plotstyle::seriesColor(1), 9));
    QCPGraph *explained = m_plot->addGraph();
    explained->setLineStyle(QCPGraph::lsNone);
    explained->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, Qt::black, plotstyle::seriesColor(4), 14));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    finishSetup();
}

void ExpCurvePlot::setData(const GroupPlotData &plotData)
{
    const bool scaled = plotData.temperature != 1.0;
    const QString z = scaled ? QStringLiteral("z") : QStringLiteral("x");
    m_plot->graph(0)->setName(QStringLiteral("e^(%1 − m)").arg(z));
    m_plot->graph(1)->setName(tr("the group's elements"));
    m_plot->graph(2)->setName(tr("the explained element"));
    m_plot->xAxis->setLabel(scaled ? tr("z = x / T") : QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("e^(%1 − m)").arg(z));

    // The members with a finite z; m is the largest, so e^(z − m) = exps.
    double low = 0;
    double high = 0;
    double max = 0;
    bool any = false;
    QVector<double> xs;
    QVector<double> ys;
    for (std::size_t k = 0; k < plotData.scaled.size(); ++k) {
        if (!std::isfinite(plotData.scaled[k]) || !std::isfinite(plotData.exps[k]))
            continue;
        xs << plotData.scaled[k];
        ys << plotData.exps[k];
        low = any ? std::min(low, plotData.scaled[k]) : plotData.scaled[k];
        high = any ? std::max(high, plotData.scaled[k]) : plotData.scaled[k];
        max = high;
        any = true;
    }
    QVector<double> curveX;
    QVector<double> curveY;
    if (any) {
        const double span = std::max(high - low, 1.0);
        low -= span * 0.1;
        high += span * 0.05;
        constexpr int samples = 200;
        for (int i = 0; i <= samples; ++i) {
            const double x = low + (high - low) * i / samples;
            curveX << x;
            curveY << std::exp(x - max);
        }
    }
    m_plot->graph(0)->setData(curveX, curveY, true);
    m_plot->graph(1)->setData(xs, ys);
    const auto k = std::size_t(plotData.explained);
    if (k < plotData.scaled.size() && std::isfinite(plotData.scaled[k]) && std::isfinite(plotData.exps[k]))
        m_plot->graph(2)->setData({plotData.scaled[k]}, {plotData.exps[k]});
    else
        m_plot->graph(2)->data()->clear();
    m_plot->xAxis->setRange(any ? low : -1, any ? high : 1);
    m_plot->yAxis->setRange(-0.05, 1.1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ui
