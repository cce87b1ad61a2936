#include "dimtext.h"

#include "groups.h"

#include <QStringList>

namespace ui {

namespace {

QString nameOf(const core::Tensor &tensor, int dim)
{
    return QString::fromStdString(tensor.dimNames.at(std::size_t(dim)));
}

QString explicitSentence(int dim, const core::Tensor &tensor, core::Op op)
{
    const core::GroupLayout groups(tensor.shape, core::Reduction::alongDim(dim));
    const QString name = nameOf(tensor, dim);
    const QString phrase = DimText::groupsPhrase(groups.groupCount(), groups.groupSize());
    if (groups.groupSize() == 1) {
        const QString output = op == core::Op::LogSoftmax ? QStringLiteral("0") : QStringLiteral("1");
        return DimText::tr("dim %1 (%2) has extent 1: every element is a group of its own, so every output is "
                           "exactly %3 — %4.")
            .arg(dim)
            .arg(name, output, phrase);
    }
    QStringList others;
    for (int d = 0; d < tensor.rank(); ++d)
        if (d != dim)
            others << nameOf(tensor, d).toLower();
    if (others.isEmpty())
        return DimText::tr("dim %1 (%2): all %3 values are normalised together — %4.")
            .arg(dim)
            .arg(name)
            .arg(groups.groupSize())
            .arg(phrase);
    return DimText::tr("dim %1 (%2): for each %3 the %4 values along %2 are normalised together — %5.")
        .arg(dim)
        .arg(name, others.join(QStringLiteral(", ")))
        .arg(groups.groupSize())
        .arg(phrase);
}

} // namespace

QString DimText::groupsPhrase(int groupCount, int groupSize)
{
    if (groupCount == 1)
        return tr("one group of %1").arg(groupSize);
    return tr("%1 groups of %2").arg(groupCount).arg(groupSize);
}

QString DimText::spellings(int dim, int rank, const QString &name)
{
    return tr("dim=%1 ≡ dim=%2 (%3)").arg(dim).arg(dim - rank).arg(name);
}

QString DimText::choiceLabel(const DimChoice &choice, const core::Tensor &tensor)
{
    switch (choice.mode) {
    case DimChoice::Mode::Explicit:
        return spellings(choice.dim, tensor.rank(), nameOf(tensor, choice.dim));
    case DimChoice::Mode::Implicit:
        return tr("implicit (PyTorch legacy): dim=%1").arg(core::pytorchImplicitDim(tensor.rank()));
    case DimChoice::Mode::WholeTensor:
        break;
    }
    return tr("whole tensor (SciPy axis=None)");
}

QString DimText::sentence(const DimChoice &choice, const core::Tensor &tensor, core::Op op)
{
    switch (choice.mode) {
    case DimChoice::Mode::Explicit:
        return explicitSentence(choice.dim, tensor, op);
    case DimChoice::Mode::Implicit: {
        const int dim = core::pytorchImplicitDim(tensor.rank());
        return tr("Implicit: called without dim, PyTorch picks dim=%1 for a rank-%2 tensor and warns “%3” %4")
            .arg(dim)
            .arg(tensor.rank())
            .arg(QString::fromStdString(core::pytorchImplicitDimWarning(op)), explicitSentence(dim, tensor, op));
    }
    case DimChoice::Mode::WholeTensor:
        break;
    }
    return tr("Whole tensor: all %1 values share one denominator, as SciPy's softmax(x) does with axis=None — %2.")
        .arg(tensor.numel())
        .arg(groupsPhrase(1, tensor.numel()));
}

QString DimText::frameworkDefaults(const core::Tensor &tensor)
{
    const int rank = tensor.rank();
    const int tensorflow = core::tensorflowDefaultAxis(rank);
    return tr("Defaults for shape %1: PyTorch without dim → dim=%2 (deprecated, warns) · TensorFlow axis=-1 → "
              "dim %3 · the tutorials' NumPy helper → axis %4 (first extent > 1) · SciPy axis=None → whole tensor")
        .arg(QString::fromStdString(tensor.shape.toString()))
        .arg(core::pytorchImplicitDim(rank))
        .arg(tensorflow)
        .arg(core::numpyHelperDefaultAxis(tensor.shape.extents()));
}

} // namespace ui
