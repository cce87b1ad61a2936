#include "tensortablemodel.h"

#include "numbertext.h"
#include "tensordocument.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ui {

TensorTableModel::TensorTableModel(TensorDocument *document, Side side, QObject *parent,
                                   std::optional<DimChoice> fixedDim)
    : QAbstractTableModel(parent),
      m_document(document),
      m_side(side),
      m_grid(document->input().shape),
      m_fixedDim(fixedDim),
      m_shownSelected(document->selectedElement()),
      m_shownHovered(document->hoveredElement())
{
    recomputeFixed();
    const QList<int> highlight = {InSelectedGroupRole, IsSelectedRole, InHoveredGroupRole, ShowAllGroupsRole,
                                  GroupRole,           Qt::ToolTipRole, Qt::AccessibleTextRole};
    connect(document, &TensorDocument::shapeChanged, this, &TensorTableModel::rebuild);
    connect(document, &TensorDocument::selectionChanged, this, [this, highlight](int flat) {
        refreshGroupsOf(std::exchange(m_shownSelected, flat), flat, highlight);
    });
    connect(document, &TensorDocument::hoverChanged, this, [this](int flat) {
        refreshGroupsOf(std::exchange(m_shownHovered, flat), flat, {InHoveredGroupRole});
    });
    connect(document, &TensorDocument::showAllGroupsChanged, this, [this] { refreshAll({ShowAllGroupsRole}); });
    connect(document, &TensorDocument::dimNamesChanged, this, [this] { refreshAll({Qt::ToolTipRole, Qt::AccessibleTextRole}); });
    if (m_fixedDim) {
        connect(document, &TensorDocument::resultChanged, this, [this] {
            if (m_paused) {
                m_stale = true;
                return;
            }
            recomputeFixed();
            refreshAll();
            emit outputRecomputed();
        });
    } else if (side == Side::Input) {
        connect(document, &TensorDocument::valuesChanged, this, [this](int flat) {
            if (flat < 0) {
                refreshAll();
                return;
            }
            const QModelIndex cell = indexOfElement(flat);
            emit dataChanged(cell, cell);
        });
        connect(document, &TensorDocument::dimChanged, this, [this, highlight] { refreshAll(highlight); });
    } else {
        connect(document, &TensorDocument::resultChanged, this, [this] { refreshAll(); });
    }
}

int TensorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount();
}

int TensorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

QModelIndex TensorTableModel::indexOfElement(int flat) const
{
    if (flat < 0 || flat >= m_document->input().numel())
        return {};
    return index(m_grid.rowOf(flat), m_grid.columnOf(flat));
}

const core::Tensor &TensorTableModel::shownTensor() const
{
    return m_side == Side::Input ? m_document->input() : outputTensor();
}

QString TensorTableModel::elementText(int flat) const
{
    return formatValue(shownTensor().values[std::size_t(flat)]);
}

QVariant TensorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto kind = m_grid.kind(index.row(), index.column());
    if (role == CellKindRole)
        return int(kind);
    if (role == ElementRole)
        return m_grid.elementAt(index.row(), index.column());
    if (kind == TensorGrid::CellKind::TileLabel && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return QString::fromStdString(m_grid.tileLabel(index.row(), index.column()));
    if (kind == TensorGrid::CellKind::TileLabel && role == CompactLabelRole)
        return QString::fromStdString(m_grid.compactTileLabel(index.row(), index.column()));
    if (kind != TensorGrid::CellKind::Element)
        return {};
    return elementData(m_grid.elementAt(index.row(), index.column()), role);
}

QVariant TensorTableModel::elementData(int flat, int role) const
{
    const auto &input = m_document->input();
    const auto &output = outputTensor();
    const auto &groups = groupLayout();
    const double value = (m_side == Side::Input ? input : output).values[std::size_t(flat)];
    const int selected = m_document->selectedElement();
    const int hovered = m_document->hoveredElement();
    switch (role) {
    case Qt::DisplayRole:
        return elementText(flat);
    case Qt::EditRole:
        return fullPrecision(value, input.dtype);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return describe(flat);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ValueRole:
        return value;
    case GroupRole:
        return groups.groupOf(flat);
    case InSelectedGroupRole:
        return groups.groupOf(flat) == groups.groupOf(selected);
    case IsSelectedRole:
        return flat == selected;
    case InHoveredGroupRole:
        return hovered >= 0 && groups.groupOf(flat) == groups.groupOf(hovered);
    case ShowAllGroupsRole:
        return m_document->showAllGroups();
    case ProbabilityRole:
        if (m_side == Side::Input)
            return {};
        return m_document->state().op == core::Op::LogSoftmax ? std::exp(value) : value;
    default:
        return {};
    }
}

QString TensorTableModel::describe(int flat) const
{
    const auto &groups = groupLayout();
    const core::Index index = m_document->input().shape.multiIndex(flat);
    const QString name = QStringLiteral("%1 (%2)").arg(indexLabel(index), symbolicLabel(flat));
    const QString group = tr("group %1 of %2").arg(groups.groupOf(flat) + 1).arg(groups.groupCount());
    const QString selected = groups.groupOf(flat) == groups.groupOf(m_document->selectedElement())
        ? tr(", in the selected group")
        : QString();
    const double x = m_document->input().values[std::size_t(flat)];
    const double y = outputTensor().values[std::size_t(flat)];
    const QString function = QString::fromStdString(core::opName(m_document->state().op));
    return tr("%1: x = %2, %3 = %4; %5%6")
        .arg(name, fullPrecision(x, m_document->input().dtype), function,
             fullPrecision(y, m_document->input().dtype), group, selected);
}

bool TensorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_side != Side::Input || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int flat = m_grid.elementAt(index.row(), index.column());
    if (flat < 0)
        return false;
    // The document emits valuesChanged, which becomes dataChanged here.
    return m_document->setValueText(flat, value.toString());
}

Qt::ItemFlags TensorTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || m_grid.kind(index.row(), index.column()) != TensorGrid::CellKind::Element)
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_side == Side::Input ? flags | Qt::ItemIsEditable : flags;
}

QVariant TensorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return QString::fromStdString(m_grid.headerText(section, orientation == Qt::Horizontal));
}

const core::Tensor &TensorTableModel::outputTensor() const
{
    return m_fixedDim ? m_fixedOutput : m_document->output();
}

const core::GroupLayout &TensorTableModel::groupLayout() const
{
    return m_fixedDim ? *m_fixedGroups : m_document->groups();
}

void TensorTableModel::setPaused(bool paused)
{
    m_paused = paused;
    if (paused || !m_stale)
        return;
    m_stale = false;
    recomputeFixed();
    refreshAll();
    emit outputRecomputed();
}

void TensorTableModel::recomputeFixed()
{
    if (!m_fixedDim)
        return;
    core::SoftmaxSpec spec = m_document->spec();
    spec.reduction = m_fixedDim->forRank(m_document->input().rank()).reduction(m_document->input().rank());
    m_fixedOutput = core::applySoftmax(m_document->input(), spec);
    m_fixedGroups.emplace(m_document->input().shape, spec.reduction);
}

void TensorTableModel::rebuild()
{
    recomputeFixed();
    beginResetModel();
    m_grid = TensorGrid(m_document->input().shape);
    m_shownSelected = m_document->selectedElement();
    m_shownHovered = m_document->hoveredElement();
    endResetModel();
}

void TensorTableModel::refreshAll(const QList<int> &roles)
{
    m_shownSelected = m_document->selectedElement();
    m_shownHovered = m_document->hoveredElement();
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

void TensorTableModel::refreshGroupsOf(int before, int after, const QList<int> &roles)
{
    // Beyond this many cells one repaint of everything is cheaper than many small ones.
    constexpr int mostCells = 512;
    const core::GroupLayout &groups = groupLayout();
    const int count = m_document->input().numel();
    std::vector<int> changed;
    for (int flat : {before, after}) {
        if (flat < 0 || flat >= count)
            continue; // nothing selected or hovered on that side
        const int group = groups.groupOf(flat);
        if (std::find(changed.begin(), changed.end(), group) == changed.end())
            changed.push_back(group);
    }
    if (int(changed.size()) * groups.groupSize() > mostCells) {
        refreshAll(roles);
        return;
    }
    for (int group : changed) {
        for (int flat : groups.membersOfGroup(group)) {
            const QModelIndex cell = indexOfElement(flat);
            emit dataChanged(cell, cell, roles);
        }
    }
}

} // namespace ui
