#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace ui {

class Walkthrough;

/// The walkthrough's controls: start/stop, first, previous, play/pause, next,
/// last, speed, and where it is. While it runs, Space, ←, →, Home, End and Esc
/// drive it; otherwise those keys belong to the views.
class WalkthroughBar : public QToolBar {
    Q_OBJECT

public:
    WalkthroughBar(Walkthrough *walkthrough, QWidget *parent = nullptr);

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }

private:
    void showState();

    Walkthrough *m_walkthrough;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_first = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_play = nullptr;
    QAction *m_next = nullptr;
    QAction *m_last = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_position = nullptr;
};

} // namespace ui
