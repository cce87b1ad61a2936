#pragma once

#include "plotwidget.h"

class QCPColorMap;
class QCPItemRect;
class QCPTextElement;

namespace ui {

struct PlanePlotData;

/// The output plane holding the selected element as a heat map (viridis, the
/// same scale as the output cells) with a colour scale; the selected cell is framed.
class HeatMapPlot : public PlotWidget {
    Q_OBJECT

public:
    explicit HeatMapPlot(QWidget *parent = nullptr);

    void setData(const PlanePlotData &plotData);
    QCPColorMap *colorMap() const { return m_map; }


private:
    QCPColorMap *m_map = nullptr;
    QCPItemRect *m_frame = nullptr;
    QCPTextElement *m_title = nullptr;
};

} // namespace ui
