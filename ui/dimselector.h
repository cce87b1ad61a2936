#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace ui {

class TensorDocument;

/// ◀ [dim=1 ≡ dim=-3 (C)] ▶: every dim of the current rank, PyTorch's implicit
/// choice and the whole tensor. The arrows step through the dims.
class DimSelector : public QWidget {
    Q_OBJECT

public:
    explicit DimSelector(TensorDocument *document, QWidget *parent = nullptr);

    /// Moves to the previous (−1) or next (+1) dim, wrapping around.
    void step(int direction);

private:
    void choose(int row);
    void showChoices();

    TensorDocument *m_document;
    QComboBox *m_choices = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace ui
