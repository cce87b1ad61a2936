#include "tensordocument.h"

#include "errortext.h"
#include "numbertext.h"
#include "statecommand.h"

#include "error.h"
#include "numberparser.h"
#include "presets.h"

#include <QUndoStack>

#include <algorithm>

namespace ui {

namespace {

DocumentState presetState(const core::Preset &preset)
{
    DocumentState state;
    state.tensor = preset.tensor();
    const int rank = state.tensor.rank();
    state.dim = preset.dim ? DimChoice::explicitDim(core::wrapDim(*preset.dim, rank)) : DimChoice::implicit();
    state.op = preset.op;
    return state;
}

/// The element at the same multi-index in `to`, clamped into its extents.
int carrySelection(int flat, const core::Shape &from, const core::Shape &to)
{
    if (from == to)
        return flat;
    if (from.rank() != to.rank())
        return std::min(flat, to.numel() - 1);
    core::Index index = from.multiIndex(flat);
    for (int d = 0; d < to.rank(); ++d)
        index[std::size_t(d)] = std::min(index[std::size_t(d)], to.extent(d) - 1);
    return to.flatIndex(index);
}

QString shapeText(const core::Shape &shape)
{
    return QString::fromStdString(shape.toString());
}

} // namespace

TensorDocument::TensorDocument(QObject *parent)
    : QObject(parent),
      m_groups(core::Shape::checked({1}), core::Reduction::whole()),
      m_undoStack(std::make_unique<QUndoStack>())
{
    m_undoStack->setUndoLimit(200);
    m_state = presetState(core::findPreset("bchw-arange"));
    recompute();
}

TensorDocument::~TensorDocument() = default;

QString TensorDocument::dimName(int dim) const
{
    const auto &names = m_state.tensor.dimNames;
    return dim >= 0 && dim < int(names.size()) ? QString::fromStdString(names[std::size_t(dim)]) : QString();
}

core::StepTrace TensorDocument::selectedTrace() const
{
    return core::traceElement(m_state.tensor, spec(), m_selected);
}

bool TensorDocument::setValueText(int flat, const QString &text)
{
    const auto value = core::parseNumber(text.trimmed().toStdString());
    if (!value) {
        emit editRefused(tr("“%1” is not a number, so %2 keeps its value %3. Type a number such as 2.5, -1e3, "
                            "nan, inf or -inf.")
                             .arg(text.trimmed(), indexLabel(m_state.tensor.shape.multiIndex(flat)),
                                  formatValue(m_state.tensor.values[std::size_t(flat)])));
        return false;
    }
    setValue(flat, *value);
    return true;
}

void TensorDocument::setValue(int flat, double value)
{
    if (flat < 0 || flat >= m_state.tensor.numel())
        return;
    DocumentState next = m_state;
    next.tensor.values[std::size_t(flat)] = core::roundToDType(value, next.tensor.dtype);
    push(next, tr("Edit %1").arg(indexLabel(m_state.tensor.shape.multiIndex(flat))), StateCommand::CellEditMerge,
         flat);
}

bool TensorDocument::setExtents(const std::vector<int> &extents)
{
    core::Shape shape;
    try {
        shape = core::Shape::checked(std::vector<std::int64_t>(extents.begin(), extents.end()));
    } catch (const core::InputError &error) {
        emit editRefused(tr("The shape was not changed: %1.").arg(translatedError(error)));
        return false;
    }
    if (shape == m_state.tensor.shape)
        return true;
    DocumentState next = m_state;
    next.tensor = core::resizedTensor(m_state.tensor, shape);
    next.dim = m_state.dim.forRank(shape.rank());
    push(next, tr("Change shape to %1").arg(shapeText(shape)));
    return true;
}

void TensorDocument::setDimName(int dim, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (dim < 0 || dim >= m_state.tensor.rank() || trimmed.isEmpty() || trimmed == dimName(dim))
        return;
    DocumentState next = m_state;
    next.tensor.dimNames[std::size_t(dim)] = trimmed.toStdString();
    push(next, tr("Rename dim %1 to %2").arg(dim).arg(trimmed));
}

void TensorDocument::fill(core::Fill fill, quint64 seed)
{
    DocumentState next = m_state;
    const core::Tensor filled = core::filledTensor(m_state.tensor.shape, fill, m_state.tensor.dtype, seed);
    next.tensor.values = filled.values;
    QString text;
    switch (fill) {
    case core::Fill::Arange:
        text = tr("Fill with arange");
        break;
    case core::Fill::Zeros:
        text = tr("Fill with zeros");
        break;
    case core::Fill::Ones:
        text = tr("Fill with ones");
        break;
    case core::Fill::Randn:
        text = tr("Fill with randn (seed %1)").arg(seed);
        break;
    }
    push(next, text);
}

void TensorDocument::loadPreset(const core::Preset &preset)
{
    push(presetState(preset), tr("Load example %1").arg(QString::fromStdString(preset.name)));
}

void TensorDocument::setDimChoice(DimChoice choice)
{
    choice = choice.forRank(m_state.tensor.rank());
    if (choice == m_state.dim)
        return;
    DocumentState next = m_state;
    next.dim = choice;
    QString text;
    switch (choice.mode) {
    case DimChoice::Mode::Explicit:
        text = tr("Choose dim=%1").arg(choice.dim);
        break;
    case DimChoice::Mode::Implicit:
        text = tr("Choose the implicit dim");
        break;
    case DimChoice::Mode::WholeTensor:
        text = tr("Choose the whole tensor");
        break;
    }
    push(next, text);
}

void TensorDocument::setOp(core::Op op)
{
    if (op == m_state.op)
        return;
    DocumentState next = m_state;
    next.op = op;
    push(next, tr("Choose %1").arg(QString::fromStdString(core::opName(op))));
}

void TensorDocument::setTemperature(double temperature, int dragId)
{
    try {
        core::checkTemperature(temperature);
    } catch (const core::InputError &error) {
        emit editRefused(translatedError(error));
        return;
    }
    if (temperature == m_state.temperature)
        return;
    DocumentState next = m_state;
    next.temperature = temperature;
    push(next, tr("Set T = %1").arg(formatValue(temperature)),
         dragId != 0 ? StateCommand::TemperatureMerge : StateCommand::NoMerge, dragId);
}

void TensorDocument::setDType(core::DType dtype)
{
    if (dtype == m_state.tensor.dtype)
        return;
    DocumentState next = m_state;
    next.tensor = core::Tensor::fromValues(m_state.tensor.shape, m_state.tensor.values, dtype);
    next.tensor.dimNames = m_state.tensor.dimNames;
    push(next, tr("Switch to %1").arg(QString::fromStdString(core::dtypeName(dtype))));
}

void TensorDocument::setNotes(const QString &notes)
{
    DocumentState next = m_state;
    next.notes = notes.toStdString();
    push(next, tr("Edit the notes"), StateCommand::NotesMerge);
}

void TensorDocument::replaceState(const DocumentState &state, const QString &undoText)
{
    push(state, undoText);
}

void TensorDocument::reset(const DocumentState &state, int selected)
{
    m_undoStack->clear();
    restore(state);
    selectElement(std::clamp(selected, 0, m_state.tensor.numel() - 1));
}

void TensorDocument::push(const DocumentState &next, const QString &text, int mergeId, int mergeKey)
{
    if (sameState(next, m_state))
        return;
    m_undoStack->push(new StateCommand(this, m_state, next, text, mergeId, mergeKey));
}

void TensorDocument::restore(const DocumentState &state)
{
    const DocumentState old = std::exchange(m_state, state);
    const bool shape = !(old.tensor.shape == state.tensor.shape);
    const bool values = !sameValues(old.tensor.values, state.tensor.values);
    const bool names = old.tensor.dimNames != state.tensor.dimNames;
    const bool dtype = old.tensor.dtype != state.tensor.dtype;
    const bool dim = !(old.dim == state.dim) || (shape && old.tensor.rank() != state.tensor.rank());
    const bool op = old.op != state.op;
    const bool temperature = old.temperature != state.temperature;
    const bool notes = old.notes != state.notes;
    const int selected = carrySelection(m_selected, old.tensor.shape, state.tensor.shape);
    const bool selection = selected != m_selected;
    m_selected = selected;
    if (shape)
        m_hovered = -1;

    recompute();

    if (shape)
        emit shapeChanged();
    if (values && !shape) {
        int changed = -1;
        for (std::size_t i = 0; i < state.tensor.values.size(); ++i) {
            if (!sameValue(old.tensor.values[i], state.tensor.values[i]))
                changed = changed == -1 ? int(i) : -2;
        }
        emit valuesChanged(changed >= 0 ? changed : -1);
    }
    if (names)
        emit dimNamesChanged();
    if (dtype)
        emit dtypeChanged();
    if (dim)
        emit dimChanged();
    if (op)
        emit opChanged();
    if (temperature)
        emit temperatureChanged(state.temperature);
    if (notes)
        emit notesChanged();
    emit resultChanged();
    if (selection || shape)
        emit selectionChanged(m_selected);
}

void TensorDocument::recompute()
{
    const core::SoftmaxSpec spec = m_state.spec();
    m_output = core::applySoftmax(m_state.tensor, spec);
    m_groups = core::GroupLayout(m_state.tensor.shape, spec.reduction);
}

void TensorDocument::selectElement(int flat)
{
    if (flat < 0 || flat >= m_state.tensor.numel() || flat == m_selected)
        return;
    m_selected = flat;
    emit selectionChanged(flat);
}

void TensorDocument::hoverElement(int flat)
{
    if (flat >= m_state.tensor.numel())
        flat = -1;
    if (flat == m_hovered)
        return;
    m_hovered = flat;
    emit hoverChanged(flat);
}

void TensorDocument::setShowAllGroups(bool show)
{
    if (show == m_showAllGroups)
        return;
    m_showAllGroups = show;
    emit showAllGroupsChanged(show);
}

} // namespace ui
