#pragma once

#include "plotwidget.h"

class QCPItemStraightLine;

namespace ui {

struct GroupPlotData;

/// p against T (log axis) for every member of the group, with the current T as
/// a vertical marker. Pressing in the plot and dragging moves the marker and asks
/// for that T; one press-to-release is one drag.
class TemperaturePlot : public PlotWidget {
    Q_OBJECT

public:
    explicit TemperaturePlot(QWidget *parent = nullptr);

    void setData(const GroupPlotData &plotData);
    /// The T a press or drag at horizontal pixel `x` asks for (3 significant digits).
    double temperatureAtPixel(double x) const;

signals:
    /// The user dragged the marker to `temperature`; `dragId` is the same for one drag.
    void temperatureRequested(double temperature, int dragId);


private:
    QCPItemStraightLine *m_marker = nullptr;
    int m_dragId = 0;
    bool m_dragging = false;
};

} // namespace ui
