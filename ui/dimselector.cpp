#include "dimselector.h"

#include "dimtext.h"
#include "tensordocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace ui {

namespace {

// The rows after the explicit dims.
int implicitRow(int rank)
{
    return rank;
}

int wholeTensorRow(int rank)
{
    return rank + 1;
}

} // namespace

DimSelector::DimSelector(TensorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(tr("Dim"), this);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous dim"));
    m_previous->setAccessibleName(tr("Previous dim"));
    m_choices = new QComboBox(this);
    m_choices->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_choices->setAccessibleName(tr("Dim to normalise along"));
    m_choices->setToolTip(tr("Which elements share a denominator: one dim, PyTorch's implicit choice, or the whole "
                             "tensor"));
    label->setBuddy(m_choices);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next dim"));
    m_next->setAccessibleName(tr("Next dim"));
    layout->addWidget(label);
    layout->addWidget(m_previous);
    layout->addWidget(m_choices);
    layout->addWidget(m_next);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_choices, &QComboBox::activated, this, &DimSelector::choose);
    connect(document, &TensorDocument::dimChanged, this, &DimSelector::showChoices);
    connect(document, &TensorDocument::shapeChanged, this, &DimSelector::showChoices);
    connect(document, &TensorDocument::dimNamesChanged, this, &DimSelector::showChoices);
    connect(document, &TensorDocument::opChanged, this, &DimSelector::showChoices);
    showChoices();
}

void DimSelector::step(int direction)
{
    const int rank = m_document->input().rank();
    const core::Reduction reduction = m_document->spec().reduction;
    int dim = reduction.wholeTensor ? (direction > 0 ? -1 : rank) : reduction.dim;
    dim = ((dim + direction) % rank + rank) % rank;
    m_document->setDimChoice(DimChoice::explicitDim(dim));
}

void DimSelector::choose(int row)
{
    const int rank = m_document->input().rank();
    if (row == implicitRow(rank))
        m_document->setDimChoice(DimChoice::implicit());
    else if (row == wholeTensorRow(rank))
        m_document->setDimChoice(DimChoice::wholeTensor());
    else if (row >= 0)
        m_document->setDimChoice(DimChoice::explicitDim(row));
}

void DimSelector::showChoices()
{
    const core::Tensor &tensor = m_document->input();
    const int rank = tensor.rank();
    const QSignalBlocker blocker(m_choices);
    QStringList labels;
    for (int d = 0; d < rank; ++d)
        labels << DimText::choiceLabel(DimChoice::explicitDim(d), tensor);
    labels << DimText::choiceLabel(DimChoice::implicit(), tensor) << DimText::choiceLabel(DimChoice::wholeTensor(), tensor);
    // The same labels (a new dim or op on the same shape) keep their items: new items
    // would make the combo box measure itself again and lay out the whole window.
    QStringList shown;
    for (int row = 0; row < m_choices->count(); ++row)
        shown << m_choices->itemText(row);
    if (labels != shown) {
        m_choices->clear();
        m_choices->addItems(labels);
    }
    const DimChoice choice = m_document->state().dim;
    switch (choice.mode) {
    case DimChoice::Mode::Explicit:
        m_choices->setCurrentIndex(choice.dim);
        break;
    case DimChoice::Mode::Implicit:
        m_choices->setCurrentIndex(implicitRow(rank));
        break;
    case DimChoice::Mode::WholeTensor:
        m_choices->setCurrentIndex(wholeTensorRow(rank));
        break;
    }
}

} // namespace ui
