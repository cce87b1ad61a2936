#pragma once

#include <QList>
#include <QObject>
#include <QRect>

class QAction;
class QMainWindow;
class QWidget;

namespace ui {

class TensorGridView;

/// Zoom and presentation for a classroom: zoom scales the type of the window's
/// content (Ctrl+= / Ctrl+-); presentation goes full screen, zooms to read from the
/// back of the room, hides what a class does not need and thickens the highlight.
class PresentationMode : public QObject {
    Q_OBJECT

public:
    PresentationMode(QMainWindow *window, QWidget *content, QList<TensorGridView *> views, QObject *parent = nullptr);

    /// What a class does not need: hidden while presenting.
    void hideWhilePresenting(const QList<QAction *> &actions);
    void hideWhilePresenting(const QList<QWidget *> &widgets);

    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool on);
    double zoom() const { return m_zoom; }
    void setZoom(double factor); ///< 0.5–4, 1 is the normal size
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// High contrast outside presentation too (View ▸ Theme ▸ High contrast).
    void setHighContrast(bool on);

signals:
    void presentingChanged(bool on);
    void zoomChanged(double factor);

private:
    QMainWindow *m_window;
    QWidget *m_content;
    QList<TensorGridView *> m_views;
    QList<QAction *> m_hidden;
    QList<QWidget *> m_hiddenWidgets;
    double m_baseSize = 0;
    double m_zoom = 1.0;
    double m_zoomBeforePresenting = 1.0;
    bool m_presenting = false;
    bool m_wasMaximized = false;
    bool m_highContrast = false;
};

} // namespace ui
