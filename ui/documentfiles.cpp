#include "documentfiles.h"

#include "errortext.h"

#include "error.h"
#include "lesson.h"
#include "npy.h"
#include "tensortextparser.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ui {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw core::InputError(message.toStdString());
}

} // namespace

core::Lesson DocumentFiles::toLesson(const DocumentState &state, int selected)
{
    core::Lesson lesson;
    lesson.tensor = state.tensor;
    switch (state.dim.mode) {
    case DimChoice::Mode::Explicit:
        lesson.dimMode = core::Lesson::DimMode::Explicit;
        break;
    case DimChoice::Mode::Implicit:
        lesson.dimMode = core::Lesson::DimMode::Implicit;
        break;
    case DimChoice::Mode::WholeTensor:
        lesson.dimMode = core::Lesson::DimMode::WholeTensor;
        break;
    }
    lesson.dim = state.dim.dim;
    lesson.op = state.op;
    lesson.temperature = state.temperature;
    lesson.selected = selected;
    lesson.notes = state.notes;
    return lesson;
}

LoadedDocument DocumentFiles::fromLesson(const core::Lesson &lesson)
{
    LoadedDocument loaded;
    loaded.state.tensor = lesson.tensor;
    switch (lesson.dimMode) {
    case core::Lesson::DimMode::Explicit:
        loaded.state.dim = DimChoice::explicitDim(lesson.dim);
        break;
    case core::Lesson::DimMode::Implicit:
        loaded.state.dim = DimChoice::implicit();
        break;
    case core::Lesson::DimMode::WholeTensor:
        loaded.state.dim = DimChoice::wholeTensor();
        break;
    }
    loaded.state.op = lesson.op;
    loaded.state.temperature = lesson.temperature;
    loaded.state.notes = lesson.notes;
    loaded.selected = lesson.selected;
    loaded.isLesson = true;
    return loaded;
}

LoadedDocument DocumentFiles::load(const QString &path, std::optional<core::DType> dtype)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(tr("cannot read '%1': %2").arg(path, file.errorString()));
    const auto refuseLarge = [&] {
        refuse(tr("'%1' is larger than 4 MiB; a tensor file within the app's limits is far smaller").arg(path));
    };
    if (file.size() > maxFileBytes)
        refuseLarge();
    // Devices and pipes report no size: read one byte past the limit to tell.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        refuseLarge();
    return fromBytes(bytes, path, dtype);
}

LoadedDocument DocumentFiles::fromBytes(const QByteArray &bytes, const QString &name, std::optional<core::DType> dtype)
{
    // float32 → float64 is exact; float64 → float32 rounds, as .to(torch.float32) does.
    const auto convert = [&](LoadedDocument loaded) {
        if (dtype && *dtype != loaded.state.tensor.dtype) {
            std::vector<std::string> names = loaded.state.tensor.dimNames;
            loaded.state.tensor = core::Tensor::fromValues(loaded.state.tensor.shape, loaded.state.tensor.values, *dtype);
            loaded.state.tensor.dimNames = std::move(names);
        }
        return loaded;
    };
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    try {
        if (bytes.startsWith("\x93NUMPY")) {
            core::NpyArray array = core::readNpy(view);
            LoadedDocument loaded;
            loaded.state.tensor = std::move(array.tensor);
            loaded.state.dim = DimChoice::explicitDim(loaded.state.tensor.rank() - 1);
            loaded.notice = translatedText(array.conversionNotice);
            return convert(std::move(loaded));
        }
        const QByteArray trimmed = bytes.trimmed();
        if (trimmed.startsWith('{') || QFileInfo(name).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
            return convert(fromLesson(core::readLesson(view)));
        const core::ParsedTensor parsed = core::parseTensorText(view);
        LoadedDocument loaded;
        loaded.state.tensor = core::Tensor::fromValues(parsed.shape, parsed.values,
                                                       dtype.value_or(parsed.dtype.value_or(core::DType::Float32)));
        loaded.state.dim = DimChoice::explicitDim(loaded.state.tensor.rank() - 1);
        return loaded;
    } catch (const core::InputError &error) {
        refuse(QStringLiteral("%1: %2").arg(name, translatedError(error)));
    }
}

QString DocumentFiles::saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

QString DocumentFiles::saveLesson(const QString &path, const DocumentState &state, int selected)
{
    const std::string json = core::writeLesson(toLesson(state, selected));
    return saveBytes(path, QByteArray::fromStdString(json));
}

QString DocumentFiles::saveNpy(const QString &path, const core::Tensor &tensor)
{
    return saveBytes(path, QByteArray::fromStdString(core::writeNpy(tensor)));
}

} // namespace ui
