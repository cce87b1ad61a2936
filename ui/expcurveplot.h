#pragma once

#include <QWidget>

class QCustomPlot;

namespace ui {

struct GroupPlotData;

/// The curve y = e^(z − m) over the group's range with the members on it: the
/// exponential is why the largest x takes most of the probability.
class ExpCurvePlot : public QWidget {
    Q_OBJECT

public:
    explicit ExpCurvePlot(QWidget *parent = nullptr);

    void setData(const GroupPlotData &plotData);
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
};

} // namespace ui
