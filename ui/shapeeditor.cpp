#include "shapeeditor.h"

#include "tensordocument.h"

#include "shape.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace ui {

ShapeEditor::ShapeEditor(TensorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    auto *rankLabel = new QLabel(tr("Rank"), this);
    m_rank = new QSpinBox(this);
    m_rank->setRange(1, core::Limits::maxRank);
    m_rank->setAccessibleName(tr("Rank"));
    m_rank->setToolTip(tr("Number of dims (1–4). Growing adds a leading dim of extent 1; shrinking drops the "
                          "leading dim."));
    rankLabel->setBuddy(m_rank);
    layout->addWidget(rankLabel);
    layout->addWidget(m_rank);
    layout->addSpacing(6);
    for (std::size_t d = 0; d < m_extents.size(); ++d) {
        m_names[d] = new QLineEdit(this);
        m_names[d]->setMaxLength(8);
        m_names[d]->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
        m_names[d]->setAlignment(Qt::AlignRight);
        m_names[d]->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_names[d]->setAccessibleName(tr("Name of dim %1").arg(d));
        m_names[d]->setToolTip(tr("Name of this dim (click to rename)"));
        m_extents[d] = new QSpinBox(this);
        m_extents[d]->setRange(1, core::Limits::maxExtent);
        m_extents[d]->setKeyboardTracking(false);
        m_extents[d]->setAccessibleName(tr("Extent of dim %1").arg(d));
        m_extents[d]->setToolTip(tr("Extent of this dim (1–%1; at most %2 elements in all)")
                                     .arg(core::Limits::maxExtent)
                                     .arg(core::Limits::maxElements));
        layout->addWidget(m_names[d]);
        layout->addWidget(m_extents[d]);
        connect(m_extents[d], &QSpinBox::valueChanged, this, &ShapeEditor::applyExtents);
        connect(m_names[d], &QLineEdit::editingFinished, this, [this, d] {
            m_document->setDimName(int(d), m_names[d]->text());
            showShape(); // an empty name is not taken: show the current one again
        });
    }
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_rank, &QSpinBox::valueChanged, this, &ShapeEditor::applyRank);
    connect(document, &TensorDocument::shapeChanged, this, &ShapeEditor::showShape);
    connect(document, &TensorDocument::dimNamesChanged, this, &ShapeEditor::showShape);
    showShape();
}

void ShapeEditor::applyRank(int rank)
{
    std::vector<int> extents = m_document->input().shape.extents();
    while (int(extents.size()) < rank)
        extents.insert(extents.begin(), 1);
    while (int(extents.size()) > rank)
        extents.erase(extents.begin());
    if (!m_document->setExtents(extents))
        showShape();
}

void ShapeEditor::applyExtents()
{
    std::vector<int> extents;
    for (int d = 0; d < m_document->input().rank(); ++d)
        extents.push_back(m_extents[std::size_t(d)]->value());
    if (!m_document->setExtents(extents))
        showShape();
}

void ShapeEditor::showShape()
{
    const core::Tensor &tensor = m_document->input();
    const QSignalBlocker blockRank(m_rank);
    m_rank->setValue(tensor.rank());
    for (std::size_t d = 0; d < m_extents.size(); ++d) {
        const bool used = int(d) < tensor.rank();
        const QSignalBlocker blockExtent(m_extents[d]);
        m_names[d]->setVisible(used);
        m_extents[d]->setVisible(used);
        if (!used)
            continue;
        m_extents[d]->setValue(tensor.shape.extent(int(d)));
        if (!m_names[d]->hasFocus())
            m_names[d]->setText(m_document->dimName(int(d)));
    }
}

} // namespace ui
