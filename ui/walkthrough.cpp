#include "walkthrough.h"

#include "tensordocument.h"

#include <QUndoStack>

#include <algorithm>

namespace ui {

Walkthrough::Walkthrough(TensorDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_timer.setInterval(1200);
    connect(&m_timer, &QTimer::timeout, this, &Walkthrough::advance);
    // An edit (or an undo) may change the groups: stop rather than walk stale ones.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Walkthrough::stop);
}

int Walkthrough::groupCount() const
{
    return m_document->groups().groupCount();
}

void Walkthrough::setIntervalMilliseconds(int milliseconds)
{
    m_timer.setInterval(std::clamp(milliseconds, 100, 10000));
    emit changed();
}

void Walkthrough::start()
{
    m_active = true;
    m_position = m_document->groups().positionInGroup(m_document->selectedElement());
    visit(0);
}

void Walkthrough::stop()
{
    if (!m_active)
        return;
    m_timer.stop();
    m_active = false;
    emit changed();
}

void Walkthrough::play()
{
    if (!m_active)
        start();
    else if (m_group == groupCount() - 1)
        visit(0);
    m_timer.start();
    emit changed();
}

void Walkthrough::pause()
{
    m_timer.stop();
    emit changed();
}

void Walkthrough::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void Walkthrough::next()
{
    if (!m_active)
        start();
    else if (m_group + 1 < groupCount())
        visit(m_group + 1);
}

void Walkthrough::previous()
{
    if (!m_active)
        start();
    else if (m_group > 0)
        visit(m_group - 1);
}

void Walkthrough::first()
{
    if (!m_active)
        start();
    else
        visit(0);
}

void Walkthrough::last()
{
    if (!m_active)
        m_active = true;
    visit(groupCount() - 1);
}

void Walkthrough::advance()
{
    if (m_group + 1 < groupCount()) {
        visit(m_group + 1);
        return;
    }
    pause(); // stays on the last group
}

void Walkthrough::visit(int group)
{
    m_group = std::clamp(group, 0, groupCount() - 1);
    const std::vector<int> members = m_document->groups().membersOfGroup(m_group);
    m_document->selectElement(members[std::size_t(std::min(m_position, int(members.size()) - 1))]);
    emit changed();
}

} // namespace ui
