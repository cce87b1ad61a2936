#include "groupbarsplot.h"

#include "numbertext.h"
#include "plotdata.h"
#include "plotstyle.h"

#include <qcustomplot.h>

#include <QToolTip>

#include <cmath>

namespace ui {

GroupBarsPlot::GroupBarsPlot(QWidget *parent) : PlotWidget(parent)
{
    m_plot->setAccessibleName(tr("Bars of the group: x, e^(x - m) and p"));
    auto *group = new QCPBarsGroup(m_plot);
    group->setSpacing(2);
    for (int i = 0; i < 3; ++i) {
        m_bars[i] = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        m_bars[i]->setWidth(0.25);
        m_bars[i]->setBarsGroup(group);
        const QColor color = plotstyle::seriesColor(i);
        m_bars[i]->setPen(QPen(color.darker(130)));
        m_bars[i]->setBrush(color);
    }
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->yAxis->grid()->setVisible(true);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) { showValueAt(event->pos()); });
    m_plot->setNotAntialiasedElements(QCP::aeAll); // rectangles only: crisp and cheaper
    finishSetup();
}

QCPBars *GroupBarsPlot::series(int index) const
{
    return m_bars[index];
}

void GroupBarsPlot::setData(const GroupPlotData &plotData)
{
    const bool log = plotData.op == core::Op::LogSoftmax;
    const QString z = plotData.temperature != 1.0 ? QStringLiteral("z = x / T") : QStringLiteral("x");
    m_bars[0]->setName(z);
    m_bars[1]->setName(plotData.temperature != 1.0 ? QStringLiteral("e^(z − m)") : QStringLiteral("e^(x − m)"));
    m_bars[2]->setName(log ? QStringLiteral("log p") : QStringLiteral("p"));
    const std::vector<double> *values[3] = {&plotData.scaled, &plotData.exps, &plotData.outputs};
    QVector<double> keys;
    for (int k = 0; k < plotData.labels.size(); ++k)
        keys << k + 1;
    double low = 0;
    double high = 1;
    for (int i = 0; i < 3; ++i) {
        QVector<double> series;
        for (double v : *values[i]) {
            // Bars cannot show ±inf or nan; they are left out (the hover and the steps say so).
            series << (std::isfinite(v) ? v : std::nan(""));
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        m_bars[i]->setData(keys, series, true);
    }
    m_labels = plotData.labels;
    for (int i = 0; i < 3; ++i)
        m_values[i] = *values[i];
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // At most about 16 labels (and always the explained element): 64 labels overlap
    // and cost more to draw than the bars.
    const int every = std::max(1, int(plotData.labels.size() + 15) / 16);
    for (int k = 0; k < plotData.labels.size(); ++k)
        if (k % every == 0 || k == plotData.explained)
            ticker->addTick(k + 1, plotData.labels[k]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, plotData.labels.size() + 0.6);
    const double margin = (high - low) * 0.08;
    m_plot->yAxis->setRange(low - margin, high + margin);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GroupBarsPlot::showValueAt(const QPoint &position)
{
    int index = -1;
    auto *bars = qobject_cast<QCPBars *>(m_plot->plottableAt(position, false, &index));
    if (!bars || index < 0 || index >= m_labels.size()) {
        QToolTip::hideText();
        return;
    }
    const int series = bars == m_bars[0] ? 0 : bars == m_bars[1] ? 1 : 2;
    const double value = m_values[series][std::size_t(index)];
    QToolTip::showText(m_plot->mapToGlobal(position),
                       QStringLiteral("%1: %2 = %3").arg(m_labels[index], bars->name(), formatValue(value)), m_plot);
}

} // namespace ui
