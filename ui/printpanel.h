#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace ui {

class TensorDocument;

/// What PyTorch prints for the input and the output, byte for byte.
class PrintPanel : public QWidget {
    Q_OBJECT

public:
    explicit PrintPanel(TensorDocument *document, QWidget *parent = nullptr);

    QString text() const;

private:
    void refresh();

    TensorDocument *m_document;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace ui
