#pragma once

#include <QStringList>
#include "plotwidget.h"

#include <vector>

class QCPBars;

namespace ui {

struct GroupPlotData;

/// The explained element's group as grouped bars: z = x / T, e^(z − m) and p
/// (or log p), one cluster per member, labelled x₁…; hover a bar for its value.
class GroupBarsPlot : public PlotWidget {
    Q_OBJECT

public:
    explicit GroupBarsPlot(QWidget *parent = nullptr);

    void setData(const GroupPlotData &plotData);
    /// The three series, in order: inputs, exponentials, outputs.
    QCPBars *series(int index) const;


private:
    void showValueAt(const QPoint &position);

    QCPBars *m_bars[3] = {};
    QStringList m_labels;
    std::vector<double> m_values[3]; // as computed, including ±inf and nan
};

} // namespace ui
