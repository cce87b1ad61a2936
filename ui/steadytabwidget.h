#pragma once

#include <QTabWidget>

namespace ui {

/// A tab widget that repaints itself on a layout request only when its tab bar has
/// changed size. QTabWidget answers every request from below (the steps table
/// growing by a row for a new dim) by repainting all of itself, which for the main
/// tabs is the whole window: 8 ms of a 12 ms dim change. Its page's geometry depends
/// only on its own size (handled on resize) and its tab bar's, so nothing else is lost.
class SteadyTabWidget : public QTabWidget {
    Q_OBJECT

public:
    using QTabWidget::QTabWidget;

protected:
    bool event(QEvent *event) override;

private:
    QSize m_tabBarHint;
};

} // namespace ui
