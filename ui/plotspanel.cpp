#include "plotspanel.h"

#include "expcurveplot.h"
#include "groupbarsplot.h"
#include "heatmapplot.h"
#include "plotdata.h"
#include "steadytabwidget.h"
#include "temperatureplot.h"
#include "tensordocument.h"

#include <QGridLayout>

#include <algorithm>
#include <iterator>

#include <QGroupBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

PlotsPanel::PlotsPanel(TensorDocument *document, Arrangement arrangement, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_bars(new GroupBarsPlot(this)),
      m_curve(new ExpCurvePlot(this)),
      m_temperature(new TemperaturePlot(this)),
      m_heatMap(new HeatMapPlot(this))
{
    const std::pair<QWidget *, QString> plots[] = {
        {m_bars, tr("Bars")}, {m_curve, tr("eˣ curve")}, {m_temperature, tr("p vs T")}, {m_heatMap, tr("Heat map")}};
    const QString tips[] = {tr("The group's x, e^(x − m) and p side by side"),
                            tr("Why the largest x dominates: the exponential"),
                            tr("How each p changes with the temperature; drag to change T"),
                            tr("The output plane of the selected element")};
    if (arrangement == Arrangement::Tabs) {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs = new SteadyTabWidget(this);
        layout->addWidget(m_tabs);
        for (int i = 0; i < 4; ++i) {
            m_tabs->addTab(plots[i].first, plots[i].second);
            m_tabs->setTabToolTip(i, tips[i]);
        }
    } else {
        auto *layout = new QGridLayout(this);
        for (int i = 0; i < 4; ++i) {
            auto *box = new QGroupBox(plots[i].second, this);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->addWidget(plots[i].first);
            layout->addWidget(box, i / 2, i % 2);
        }
    }

    connect(m_temperature, &TemperaturePlot::temperatureRequested, this, [this](double temperature, int plotDragId) {
        if (plotDragId != m_plotDragId) {
            m_plotDragId = plotDragId;
            m_documentDragId = m_document->newDragId();
        }
        m_document->setTemperature(temperature, m_documentDragId);
    });
    if (m_tabs)
        connect(m_tabs, &QTabWidget::currentChanged, this, &PlotsPanel::refreshVisible);
    connect(document, &TensorDocument::resultChanged, this, &PlotsPanel::refresh);
    connect(document, &TensorDocument::selectionChanged, this, &PlotsPanel::refresh);
    refresh();
}

void PlotsPanel::refresh()
{
    std::fill(std::begin(m_stale), std::end(m_stale), true);
    refreshVisible();
}

void PlotsPanel::refreshVisible()
{
    QWidget *plots[] = {m_bars, m_curve, m_temperature, m_heatMap};
    bool shown[4];
    for (int i = 0; i < 4; ++i)
        shown[i] = m_stale[i] && (m_tabs ? m_tabs->currentWidget() == plots[i] : true);
    if (!shown[0] && !shown[1] && !shown[2] && !shown[3])
        return;
    const core::StepTrace trace = m_document->selectedTrace();
    const GroupPlotData group = GroupPlotData::from(trace, m_document->input().shape, shown[2]);
    if (shown[0])
        m_bars->setData(group);
    if (shown[1])
        m_curve->setData(group);
    if (shown[2])
        m_temperature->setData(group);
    if (shown[3])
        m_heatMap->setData(
            PlanePlotData::from(m_document->output(), m_document->selectedElement(), m_document->state().op));
    for (int i = 0; i < 4; ++i)
        m_stale[i] = m_stale[i] && !shown[i];
}

} // namespace ui
