#include "notespanel.h"

#include "tensordocument.h"

namespace ui {

NotesPanel::NotesPanel(TensorDocument *document, QWidget *parent) : QPlainTextEdit(parent), m_document(document)
{
    setPlaceholderText(tr("Notes for this lesson: what to point out, questions to ask the class…"));
    setAccessibleName(tr("Lesson notes"));
    // Undo goes through the document (Edit ▸ Undo), not a second history here.
    setUndoRedoEnabled(false);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_document->setNotes(toPlainText());
    });
    connect(document, &TensorDocument::notesChanged, this, &NotesPanel::showNotes);
    showNotes();
}

void NotesPanel::showNotes()
{
    const QString notes = QString::fromStdString(m_document->state().notes);
    if (notes == toPlainText())
        return;
    m_showing = true;
    setPlainText(notes);
    m_showing = false;
}

} // namespace ui
