#pragma once

#include "documentstate.h"

#include <QUndoCommand>

namespace ui {

class TensorDocument;

/// One undo step: the document's state before and after. A state is at most 4096
/// values, so keeping both whole is cheap and makes every kind of edit undo
/// exactly, with no per-edit inverse logic to get wrong.
class StateCommand : public QUndoCommand {
public:
    /// Consecutive commands with the same merge id and key become one step
    /// (typing into one cell, one drag of the temperature slider).
    enum MergeId { NoMerge = -1, CellEditMerge = 1, TemperatureMerge = 2, NotesMerge = 3 };

    StateCommand(TensorDocument *document, DocumentState before, DocumentState after, const QString &text,
                 int mergeId = NoMerge, int mergeKey = 0);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TensorDocument *m_document;
    DocumentState m_before;
    DocumentState m_after;
    int m_mergeId;
    int m_mergeKey;
};

} // namespace ui
