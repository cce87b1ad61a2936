#include "groupsumspanel.h"

#include "cachedtextdelegate.h"
#include "cellpalette.h"
#include "numbertext.h"
#include "opaquescrollbars.h"
#include "tensordocument.h"

#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QHBoxLayout>

namespace ui {

GroupSumModel::GroupSumModel(TensorDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(document, &TensorDocument::resultChanged, this, &GroupSumModel::recompute);
    connect(document, &TensorDocument::showAllGroupsChanged, this, [this] {
        if (!m_sums.empty())
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
    });
    m_sums = core::probabilitySums(document->output(), document->spec().reduction, document->state().op);
}

int GroupSumModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sums.size());
}

QVariant GroupSumModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double sum = m_sums[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("g%1: Σ = %2").arg(index.row() + 1).arg(formatValue(sum));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Group %1 of %2: its outputs sum to %3")
            .arg(index.row() + 1)
            .arg(m_sums.size())
            .arg(QString::number(sum, 'g', 17));
    case Qt::DecorationRole:
        return m_document->showAllGroups() ? QVariant(cellpalette::groupFill(index.row())) : QVariant();
    case SumRole:
        return sum;
    default:
        return {};
    }
}

void GroupSumModel::recompute()
{
    std::vector<double> sums =
        core::probabilitySums(m_document->output(), m_document->spec().reduction, m_document->state().op);
    if (sums.size() != m_sums.size()) {
        beginResetModel();
        m_sums = std::move(sums);
        endResetModel();
        return;
    }
    // Only rows whose shown text changes are repainted: after a cell edit that is one
    // group, after T or op almost none (they still read "Σ = 1").
    int first = -1;
    for (std::size_t row = 0; row <= sums.size(); ++row) {
        const bool changed = row < sums.size() && formatValue(sums[row]) != formatValue(m_sums[row]);
        if (changed && first < 0)
            first = int(row);
        if (!changed && first >= 0) {
            emit dataChanged(index(first), index(int(row) - 1), {Qt::DisplayRole});
            first = -1;
        }
    }
    m_sums = std::move(sums);
}

GroupSumsPanel::GroupSumsPanel(TensorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new GroupSumModel(document, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Group sums:"), this);
    m_title->setToolTip(tr("Each group's outputs form a probability distribution: they sum to 1."));
    m_list = new QListView(this);
    makeScrollBarsOpaque(m_list);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CachedTextDelegate(m_list));
    // A wrapping strip under the output, so the output keeps the full width.
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setAccessibleName(tr("Group sums"));
    m_list->setFixedHeight(fontMetrics().height() * 3 + 16);
    m_title->setBuddy(m_list);
    layout->addWidget(m_title, 0, Qt::AlignTop);
    layout->addWidget(m_list, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        const auto &groups = m_document->groups();
        const int position = groups.positionInGroup(m_document->selectedElement());
        const std::vector<int> members = groups.membersOfGroup(current.row());
        m_document->selectElement(members[std::size_t(std::min(position, int(members.size()) - 1))]);
    });
    connect(document, &TensorDocument::selectionChanged, this, &GroupSumsPanel::showSelectedGroup);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupSumsPanel::showSelectedGroup);
    showSelectedGroup();
}

void GroupSumsPanel::showSelectedGroup()
{
    const QModelIndex index = m_model->index(m_document->groups().groupOf(m_document->selectedElement()));
    // Not a QSignalBlocker: the list itself needs the selection model's signals to
    // repaint the group it leaves (blocked, the old group stayed highlighted).
    m_syncing = true;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    m_list->scrollTo(index);
}

} // namespace ui
