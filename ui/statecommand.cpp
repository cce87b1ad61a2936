#include "statecommand.h"

#include "tensordocument.h"

namespace ui {

StateCommand::StateCommand(TensorDocument *document, DocumentState before, DocumentState after, const QString &text,
                           int mergeId, int mergeKey)
    : QUndoCommand(text),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeId(mergeId),
      m_mergeKey(mergeKey)
{
}

void StateCommand::undo()
{
    m_document->restore(m_before);
}

void StateCommand::redo()
{
    m_document->restore(m_after);
}

bool StateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const StateCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setText(next->text());
    // Typing a cell back to its old value leaves nothing to undo.
    setObsolete(sameState(m_before, m_after));
    return true;
}

} // namespace ui
