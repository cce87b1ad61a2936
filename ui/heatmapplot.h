#pragma once

#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPItemRect;
class QCPTextElement;

namespace ui {

struct PlanePlotData;

/// The output plane holding the selected element as a heat map (viridis, the
/// same scale as the output cells) with a colour scale; the selected cell is framed.
class HeatMapPlot : public QWidget {
    Q_OBJECT

public:
    explicit HeatMapPlot(QWidget *parent = nullptr);

    void setData(const PlanePlotData &plotData);
    QCustomPlot *plot() const { return m_plot; }
    QCPColorMap *colorMap() const { return m_map; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    QCPColorMap *m_map = nullptr;
    QCPItemRect *m_frame = nullptr;
    QCPTextElement *m_title = nullptr;
};

} // namespace ui
