#pragma once

#include <QObject>
#include <QTimer>

namespace ui {

class TensorDocument;

/// Plays through the groups of the current dim one at a time by selecting an
/// element of each (the views, the steps and the plots follow the selection).
/// Any edit of the document ends it: the groups it walks may no longer exist.
class Walkthrough : public QObject {
    Q_OBJECT

public:
    explicit Walkthrough(TensorDocument *document, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    bool isPlaying() const { return m_timer.isActive(); }
    /// The group shown, 0-based; −1 when not active.
    int currentGroup() const { return m_active ? m_group : -1; }
    int groupCount() const;
    int intervalMilliseconds() const { return m_timer.interval(); }
    void setIntervalMilliseconds(int milliseconds);

    void start(); ///< shows the first group (paused)
    void stop();
    void play();  ///< starts if needed; from the last group, starts over
    void pause();
    void togglePlaying();
    void next();
    void previous();
    void first();
    void last();

signals:
    void changed(); ///< active, playing or the group changed

private:
    void visit(int group);
    void advance();

    TensorDocument *m_document;
    QTimer m_timer;
    bool m_active = false;
    int m_group = 0;
    int m_position = 0; ///< which member of each group is selected
};

} // namespace ui
