#pragma once

#include "documentstate.h"

#include "groups.h"
#include "steptrace.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace core {
struct Preset;
}

namespace ui {

/// The one source of truth of the window: the tensor, how it is normalised, the
/// selected element, and the undo stack. Every edit goes through one of the
/// setters below and becomes one undo step; the document recomputes the core
/// result once per change and then emits signals named for what changed.
class TensorDocument : public QObject {
    Q_OBJECT

public:
    /// Starts with the tutorials' 1×3×2×2 arange example along dim 1.
    explicit TensorDocument(QObject *parent = nullptr);
    ~TensorDocument() override;

    const DocumentState &state() const { return m_state; }
    const core::Tensor &input() const { return m_state.tensor; }
    const core::Tensor &output() const { return m_output; }
    const core::GroupLayout &groups() const { return m_groups; }
    core::SoftmaxSpec spec() const { return m_state.spec(); }
    QString dimName(int dim) const;
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    int selectedElement() const { return m_selected; }
    int hoveredElement() const { return m_hovered; }
    bool showAllGroups() const { return m_showAllGroups; }
    /// Every step of the computation for the selected element.
    core::StepTrace selectedTrace() const;

    // Undoable edits. A refused edit changes nothing and emits editRefused().
    bool setValueText(int flat, const QString &text);
    void setValue(int flat, double value);
    bool setExtents(const std::vector<int> &extents);
    void setDimName(int dim, const QString &name);
    void fill(core::Fill fill, quint64 seed = 0);
    void loadPreset(const core::Preset &preset);
    void setDimChoice(DimChoice choice);
    void setOp(core::Op op);
    /// Changes with the same nonzero `dragId` (one drag of a slider or a plot
    /// marker, from newDragId()) merge into one undo step.
    void setTemperature(double temperature, int dragId = 0);
    /// A fresh id for one drag.
    int newDragId() { return ++m_lastDragId; }
    void setDType(core::DType dtype);
    /// Typing into the notes merges into one undo step.
    void setNotes(const QString &notes);
    /// Replaces the whole state as one undo step named `undoText`.
    void replaceState(const DocumentState &state, const QString &undoText);

    /// Starts over from `state` with an empty, clean undo history (a new document).
    void reset(const DocumentState &state, int selected = 0);

    // View state: not undoable, never makes the document modified.
    void selectElement(int flat);
    void hoverElement(int flat); ///< −1: nothing hovered
    void setShowAllGroups(bool show);

    /// Used by the undo commands: makes `state` current and emits what changed.
    void restore(const DocumentState &state);

signals:
    void shapeChanged();           ///< rank or extents: views rebuild their layout
    void valuesChanged(int flat);  ///< one input value, or −1 for many
    void dimNamesChanged();
    void dimChanged();
    void opChanged();
    void temperatureChanged(double temperature);
    void dtypeChanged();
    void resultChanged();          ///< the output and the groups were recomputed
    void selectionChanged(int flat);
    void hoverChanged(int flat);
    void showAllGroupsChanged(bool show);
    void notesChanged();
    void editRefused(const QString &message);

private:
    void push(const DocumentState &next, const QString &text, int mergeId = -1, int mergeKey = 0);
    void recompute();

    DocumentState m_state;
    core::Tensor m_output;
    core::GroupLayout m_groups;
    std::unique_ptr<QUndoStack> m_undoStack;
    int m_selected = 0;
    int m_hovered = -1;
    bool m_showAllGroups = false;
    int m_lastDragId = 0;
};

} // namespace ui
