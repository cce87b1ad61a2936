#pragma once

#include <QWidget>

#include <array>

class QLineEdit;
class QSpinBox;

namespace ui {

class TensorDocument;

/// Rank, extents and dim names of the document's tensor. Each change is one undo
/// step; a shape beyond the limits is refused by the document and the fields
/// return to the document's shape.
class ShapeEditor : public QWidget {
    Q_OBJECT

public:
    explicit ShapeEditor(TensorDocument *document, QWidget *parent = nullptr);

private:
    void applyRank(int rank);
    void applyExtents();
    void showShape();

    TensorDocument *m_document;
    QSpinBox *m_rank = nullptr;
    std::array<QLineEdit *, 4> m_names{};
    std::array<QSpinBox *, 4> m_extents{};
};

} // namespace ui
