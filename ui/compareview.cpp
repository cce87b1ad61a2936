#include "compareview.h"

#include "dimtext.h"
#include "numbertext.h"
#include "tensordocument.h"
#include "tensorgridview.h"
#include "tensortablemodel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

constexpr int columns = 2;
// A panel shows its whole grid up to this height; a bigger tensor scrolls inside it.
constexpr int tallestGrid = 360;

QString sumsText(const std::vector<double> &sums)
{
    const auto [low, high] = std::minmax_element(sums.begin(), sums.end());
    const bool anyNan = std::any_of(sums.begin(), sums.end(), [](double s) { return std::isnan(s); });
    if (anyNan)
        return CompareView::tr("Σ = nan in some groups (nan or +inf in the input, or all −inf)");
    if (formatValue(*low) == formatValue(*high))
        return CompareView::tr("Σ = %1 in every group").arg(formatValue(*low));
    return CompareView::tr("Σ from %1 to %2").arg(formatValue(*low), formatValue(*high));
}

} // namespace

CompareView::CompareView(TensorDocument *document, QWidget *parent) : QScrollArea(parent), m_document(document)
{
    setWidgetResizable(true);
    setAccessibleName(tr("Compare dims"));
    m_content = new QWidget(this);
    m_grid = new QGridLayout(m_content);
    setWidget(m_content);
    connect(document, &TensorDocument::shapeChanged, this, &CompareView::rebuild);
    connect(document, &TensorDocument::dimNamesChanged, this, &CompareView::refreshTitles);
    rebuild();
}

void CompareView::showEvent(QShowEvent *event)
{
    setPaused(false);
    QScrollArea::showEvent(event);
}

void CompareView::hideEvent(QHideEvent *event)
{
    setPaused(true);
    QScrollArea::hideEvent(event);
}

// On a hidden page the five outputs need not follow every edit.
void CompareView::setPaused(bool paused)
{
    for (const Panel &panel : m_panels)
        panel.view->tensorModel()->setPaused(paused);
}

void CompareView::rebuild()
{
    const int rank = m_document->input().rank();
    if (rank == m_builtRank)
        return;
    for (const Panel &panel : m_panels)
        delete panel.box;
    m_panels.clear();
    std::vector<DimChoice> choices;
    for (int d = 0; d < rank; ++d)
        choices.push_back(DimChoice::explicitDim(d));
    choices.push_back(DimChoice::wholeTensor());
    for (const DimChoice &choice : choices) {
        Panel panel{choice, new QGroupBox(m_content), nullptr, nullptr};
        auto *layout = new QVBoxLayout(panel.box);
        panel.summary = new QLabel(panel.box);
        panel.summary->setWordWrap(true);
        auto *model = new TensorTableModel(m_document, TensorTableModel::Side::Output, panel.box, choice);
        panel.view = new TensorGridView(m_document, model, panel.box);
        // As tall as its grid (small multiples, with no empty space below the cells).
        panel.view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        panel.view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        panel.view->setMaximumHeight(tallestGrid);
        connect(model, &TensorTableModel::outputRecomputed, this, &CompareView::refreshTitles);
        layout->addWidget(panel.summary);
        layout->addWidget(panel.view);
        const int index = int(m_panels.size());
        // The last panel (the whole tensor) takes the rest of its row.
        const int span = index + 1 == int(choices.size()) ? columns - index % columns : 1;
        m_grid->addWidget(panel.box, index / columns, index % columns, 1, span);
        m_panels.push_back(panel);
        model->setPaused(!isVisible());
    }
    // The panels keep their heights; what is left stays below them.
    const int belowPanels = (int(choices.size()) - 1) / columns + 1;
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    m_grid->setRowStretch(belowPanels, 1);
    m_builtRank = rank;
    refreshTitles();
}

void CompareView::refreshTitles()
{
    const core::Tensor &input = m_document->input();
    const core::Reduction current = m_document->spec().reduction;
    for (Panel &panel : m_panels) {
        const core::Reduction reduction = panel.choice.reduction(input.rank());
        const core::GroupLayout groups(input.shape, reduction);
        const QString title = panel.choice.mode == DimChoice::Mode::WholeTensor
            ? tr("whole tensor")
            : tr("dim=%1 (%2)").arg(panel.choice.dim).arg(m_document->dimName(panel.choice.dim));
        const bool isCurrent = reduction == current;
        panel.box->setTitle(isCurrent ? tr("%1 — the current choice").arg(title) : title);
        auto *model = panel.view->tensorModel();
        const std::vector<double> sums =
            core::probabilitySums(model->outputTensor(), reduction, m_document->state().op);
        panel.summary->setText(QStringLiteral("%1 · %2").arg(DimText::groupsPhrase(groups.groupCount(), groups.groupSize()),
                                                               sumsText(sums)));
    }
}

} // namespace ui
