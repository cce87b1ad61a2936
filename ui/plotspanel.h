#pragma once

#include <QWidget>

class QTabWidget;

namespace ui {

class ExpCurvePlot;
class GroupBarsPlot;
class HeatMapPlot;
class TemperaturePlot;
class TensorDocument;

/// The plots of the selected element's group and plane, fed from the document
/// after every change: one tab each in the window, or all four in a grid (for
/// `--render --view plot` and slides). Dragging the T marker changes T in the
/// document (one undo step per drag).
class PlotsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Arrangement { Tabs, Grid };

    explicit PlotsPanel(TensorDocument *document, Arrangement arrangement = Arrangement::Tabs,
                        QWidget *parent = nullptr);

    /// The tabs, to add more; null in the grid arrangement.
    QTabWidget *tabs() const { return m_tabs; }
    GroupBarsPlot *barsPlot() const { return m_bars; }
    ExpCurvePlot *curvePlot() const { return m_curve; }
    TemperaturePlot *temperaturePlot() const { return m_temperature; }
    HeatMapPlot *heatMapPlot() const { return m_heatMap; }

private:
    void refresh();
    /// Refreshes the plots on screen now and the hidden ones when they are shown.
    void refreshVisible();

    bool m_stale[4] = {true, true, true, true};
    TensorDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    GroupBarsPlot *m_bars;
    ExpCurvePlot *m_curve;
    TemperaturePlot *m_temperature;
    HeatMapPlot *m_heatMap;
    int m_plotDragId = -1;
    int m_documentDragId = 0;
};

} // namespace ui
