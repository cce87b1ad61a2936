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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    TensorDocument *m_document;
    QPlainTextEdit *m_text = nullptr;
    bool m_stale = true;
};

} // namespace ui
