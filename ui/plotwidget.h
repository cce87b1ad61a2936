#pragma once

#include <QWidget>

class QCustomPlot;

namespace ui {

/// What every plot shares: a QCustomPlot filling the widget, the palette and font
/// followed on change (dark themes, zoom), and a right-click "Save image…".
class PlotWidget : public QWidget {
    Q_OBJECT

public:
    explicit PlotWidget(QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }

protected:
    /// Call at the end of a subclass constructor, once its plottables exist.
    void finishSetup();
    void changeEvent(QEvent *event) override;

    QCustomPlot *m_plot;
};

} // namespace ui
