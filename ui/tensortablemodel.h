#pragma once

#include "documentstate.h"
#include "tensorgrid.h"

#include "groups.h"

#include <QAbstractTableModel>

#include <optional>

namespace ui {

class TensorDocument;

/// The input x or the output softmax(x) of the document as a table laid out by
/// TensorGrid. Besides the value it tells the views which group each element is
/// in and how it relates to the selected and hovered elements.
class TensorTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Side { Input, Output };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< double: x, or the output (p or log p)
        ElementRole,                  ///< int: flat index, −1 for labels and gaps
        CellKindRole,                 ///< int: TensorGrid::CellKind
        GroupRole,                    ///< int: the group (shared denominator) of the element
        InSelectedGroupRole,          ///< bool
        IsSelectedRole,               ///< bool
        InHoveredGroupRole,           ///< bool: the hovered element's group (preview)
        ShowAllGroupsRole,            ///< bool: colour every group
        ProbabilityRole,              ///< double: p (also for log_softmax), output side only
        CompactLabelRole,             ///< QString: a tile label short enough for a narrow tile
    };

    /// A model of the document's input or output. With `fixedDim`, the output and
    /// the groups are those of that dim instead of the document's (compare view).
    TensorTableModel(TensorDocument *document, Side side, QObject *parent = nullptr,
                     std::optional<DimChoice> fixedDim = std::nullopt);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Side side() const { return m_side; }
    const TensorGrid &grid() const { return m_grid; }
    /// The output and groups this model shows (the document's, or those of the fixed dim).
    const core::Tensor &outputTensor() const;
    const core::GroupLayout &groupLayout() const;
    /// A model with a fixed dim on a hidden page can pause: it then recomputes once
    /// when resumed instead of after every change.
    void setPaused(bool paused);
    /// The tensor whose values the cells show: the input or an output.
    const core::Tensor &shownTensor() const;
    /// The text shown for an element (its value, 5 significant digits).
    QString elementText(int flat) const;
    /// The cell of an element.
    QModelIndex indexOfElement(int flat) const;

signals:
    /// A model with a fixed dim recomputed its output (after every document change).
    void outputRecomputed();

private:
    QVariant elementData(int flat, int role) const;
    QString describe(int flat) const;
    void rebuild();
    void refreshAll(const QList<int> &roles = {});
    /// After the selected (or hovered) element moved from `before` to `after`:
    /// only the cells of the two groups change, so only they are repainted.
    void refreshGroupsOf(int before, int after, const QList<int> &roles);
    void recomputeFixed();

    TensorDocument *m_document;
    Side m_side;
    TensorGrid m_grid;
    std::optional<DimChoice> m_fixedDim;
    core::Tensor m_fixedOutput;
    std::optional<core::GroupLayout> m_fixedGroups;
    bool m_paused = false;
    bool m_stale = false;
    // What the views show: every cell was last told about these two elements.
    int m_shownSelected = -1;
    int m_shownHovered = -1;
};

} // namespace ui
