#include "walkthroughbar.h"

#include "walkthrough.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ui {

WalkthroughBar::WalkthroughBar(Walkthrough *walkthrough, QWidget *parent)
    : QToolBar(tr("Walkthrough"), parent), m_walkthrough(walkthrough)
{
    setObjectName(QStringLiteral("walkthroughToolBar"));
    QStyle *style = this->style();
    m_start = addAction(style->standardIcon(QStyle::SP_MediaPlay), tr("Walk through the groups"), walkthrough,
                        &Walkthrough::start);
    // The one control shown when no walkthrough runs: say what it does.
    if (auto *button = qobject_cast<QToolButton *>(widgetForAction(m_start)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_start->setShortcut(Qt::Key_F5);
    m_start->setToolTip(tr("Walk through the groups of this dim one at a time (F5)"));
    m_first = addAction(style->standardIcon(QStyle::SP_MediaSkipBackward), tr("First group"), walkthrough,
                        &Walkthrough::first);
    m_first->setShortcut(Qt::Key_Home);
    m_previous = addAction(style->standardIcon(QStyle::SP_MediaSeekBackward), tr("Previous group"), walkthrough,
                           &Walkthrough::previous);
    m_previous->setShortcut(Qt::Key_Left);
    m_play = addAction(style->standardIcon(QStyle::SP_MediaPlay), tr("Play"), walkthrough,
                       &Walkthrough::togglePlaying);
    m_play->setShortcut(Qt::Key_Space);
    m_next = addAction(style->standardIcon(QStyle::SP_MediaSeekForward), tr("Next group"), walkthrough,
                       &Walkthrough::next);
    m_next->setShortcut(Qt::Key_Right);
    m_last = addAction(style->standardIcon(QStyle::SP_MediaSkipForward), tr("Last group"), walkthrough,
                       &Walkthrough::last);
    m_last->setShortcut(Qt::Key_End);
    m_stop = addAction(style->standardIcon(QStyle::SP_MediaStop), tr("Stop the walkthrough"), walkthrough,
                       &Walkthrough::stop);
    m_stop->setShortcut(Qt::Key_Escape);
    for (QAction *action : {m_first, m_previous, m_play, m_next, m_last, m_stop})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(),
                                                         action->shortcut().toString(QKeySequence::NativeText)));

    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Walkthrough speed"));
    m_speed->setToolTip(tr("Time on each group while playing"));
    for (int milliseconds : {500, 1200, 2500, 5000})
        m_speed->addItem(tr("%1 s per group").arg(milliseconds / 1000.0), milliseconds);
    m_speed->setCurrentIndex(1);
    addWidget(m_speed);
    m_position = new QLabel(this);
    m_position->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("group 4096 of 4096")) + 8);
    addWidget(m_position);

    connect(m_speed, &QComboBox::activated, this,
            [this](int row) { m_walkthrough->setIntervalMilliseconds(m_speed->itemData(row).toInt()); });
    connect(walkthrough, &Walkthrough::changed, this, &WalkthroughBar::showState);
    showState();
}

void WalkthroughBar::showState()
{
    const bool active = m_walkthrough->isActive();
    m_start->setVisible(!active);
    // The keys are the views' unless a walkthrough runs.
    for (QAction *action : {m_first, m_previous, m_play, m_next, m_last, m_stop}) {
        action->setEnabled(active);
        action->setVisible(active);
    }
    const bool playing = m_walkthrough->isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_position->setText(active ? tr("group %1 of %2").arg(m_walkthrough->currentGroup() + 1).arg(m_walkthrough->groupCount())
                               : QString());
}

} // namespace ui
