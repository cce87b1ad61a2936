#pragma once

#include "documentstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace core {
struct Lesson;
}

namespace ui {

/// A document read from a file, with a note when something was converted.
struct LoadedDocument {
    DocumentState state;
    int selected = 0;
    QString notice;
    bool isLesson = false; ///< a lesson names its dim; other files do not
};

/// Files the app reads and writes: lesson files (.json), NumPy arrays (.npy) and
/// text tensors (nested lists, printed tensors). Used by the window and the
/// command line alike.
class DocumentFiles {
    Q_DECLARE_TR_FUNCTIONS(ui::DocumentFiles)

public:
    /// Reads a lesson, a .npy (by its magic bytes) or a text tensor. Throws
    /// core::InputError with a message that names the file and what is wrong.
    /// With `dtype`, a text tensor is read straight into it (as torch.tensor(…, dtype=…)
    /// does from the decimals) and other files are converted to it.
    static LoadedDocument load(const QString &path, std::optional<core::DType> dtype = std::nullopt);
    /// The same for bytes already read; `name` is used in messages.
    static LoadedDocument fromBytes(const QByteArray &bytes, const QString &name,
                                    std::optional<core::DType> dtype = std::nullopt);

    /// Atomic writes (QSaveFile): on failure the old file is intact and the
    /// returned message says why; empty on success.
    static QString saveLesson(const QString &path, const DocumentState &state, int selected);
    static QString saveNpy(const QString &path, const core::Tensor &tensor);
    static QString saveBytes(const QString &path, const QByteArray &bytes);

    static core::Lesson toLesson(const DocumentState &state, int selected);
    static LoadedDocument fromLesson(const core::Lesson &lesson);

    /// Largest file read (4 MiB): far above any file within the app's limits.
    static constexpr qint64 maxFileBytes = 4 << 20;
};

} // namespace ui
