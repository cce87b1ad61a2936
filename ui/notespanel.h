#pragma once

#include <QPlainTextEdit>

namespace ui {

class TensorDocument;

/// The lesson's notes for the class: part of the document, saved with it, and
/// undoable (typing merges into one step).
class NotesPanel : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit NotesPanel(TensorDocument *document, QWidget *parent = nullptr);

private:
    void showNotes();

    TensorDocument *m_document;
    bool m_showing = false;
};

} // namespace ui
