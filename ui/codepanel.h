#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace ui {

class TensorDocument;

/// A Python program that rebuilds the tensor and reproduces the numbers in
/// PyTorch, NumPy or TensorFlow, ready to copy.
class CodePanel : public QWidget {
    Q_OBJECT

public:
    explicit CodePanel(TensorDocument *document, QWidget *parent = nullptr);

    QString code() const;
    void setFramework(int index);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    TensorDocument *m_document;
    QComboBox *m_framework = nullptr;
    QPlainTextEdit *m_text = nullptr;
    bool m_stale = true;
};

} // namespace ui
