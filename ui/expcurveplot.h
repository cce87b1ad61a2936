#pragma once

#include "plotwidget.h"


namespace ui {

struct GroupPlotData;

/// The curve y = e^(z − m) over the group's range with the members on it: the
/// exponential is why the largest x takes most of the probability.
class ExpCurvePlot : public PlotWidget {
    Q_OBJECT

public:
    explicit ExpCurvePlot(QWidget *parent = nullptr);

    void setData(const GroupPlotData &plotData);


private:
};

} // namespace ui
