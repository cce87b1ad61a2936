#include "documentsession.h"

#include "documentfiles.h"
#include "errortext.h"
#include "settings.h"
#include "tensordocument.h"

#include "error.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUndoStack>

namespace ui {

namespace {

constexpr int maxRecentFiles = 8;
/// How long after the first unsaved change the autosave is written: at most this
/// much work is lost when the process is killed.
constexpr int autosaveDelayMilliseconds = 2000;

} // namespace

DocumentSession::DocumentSession(TensorDocument *document, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_document(document), m_dialogParent(dialogParent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMilliseconds);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentSession::autosaveNow);
    // Not restarted by later changes, so steady typing cannot postpone it.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, &m_autosave, [this] {
        if (!m_autosave.isActive())
            m_autosave.start();
    });
}

QString DocumentSession::displayName() const
{
    return m_path.isEmpty() ? tr("untitled") : QFileInfo(m_path).fileName();
}

QStringList DocumentSession::recentFiles() const
{
    QStringList existing;
    for (const QString &path : settings::recentFiles.value())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

QString DocumentSession::open(const QString &path)
{
    if (!maybeSave())
        return {};
    try {
        const LoadedDocument loaded = DocumentFiles::load(path);
        m_document->reset(loaded.state, loaded.selected);
        setFilePath(path);
        remember(path);
        if (!loaded.notice.isEmpty())
            emit messageRaised(loaded.notice);
        return {};
    } catch (const core::InputError &error) {
        return translatedError(error);
    }
}

bool DocumentSession::save()
{
    // Only lessons keep everything; a .npy or text file is saved as a new lesson.
    if (m_path.isEmpty() || QFileInfo(m_path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
        return saveAs();
    const QString error = saveTo(m_path);
    if (!error.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Save"), tr("The lesson was not saved: %1").arg(error));
    return error.isEmpty();
}

bool DocumentSession::saveAs()
{
    QString suggested = m_path.isEmpty() ? settings::lastDirectory.value() : QFileInfo(m_path).path();
    suggested = QDir(suggested).filePath(QFileInfo(m_path.isEmpty() ? tr("lesson") : m_path).completeBaseName()
                                         + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save lesson"), suggested,
                                                tr("Lesson files (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Save"), tr("The lesson was not saved: %1").arg(error));
    return error.isEmpty();
}

QString DocumentSession::saveTo(const QString &path)
{
    const QString error = DocumentFiles::saveLesson(path, m_document->state(), m_document->selectedElement());
    if (!error.isEmpty())
        return error; // the document stays modified; QSaveFile left the old file as it was
    m_document->undoStack()->setClean();
    setFilePath(path);
    remember(path);
    return {};
}

bool DocumentSession::maybeSave()
{
    if (m_document->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentSession::finish()
{
    m_autosave.stop();
    QFile::remove(autosavePath());
}

QString DocumentSession::autosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave.json"));
}

void DocumentSession::autosaveNow()
{
    const int index = m_document->undoStack()->index();
    if (m_document->undoStack()->isClean()) {
        QFile::remove(autosavePath());
        m_autosavedIndex = index;
        return;
    }
    if (index == m_autosavedIndex)
        return;
    QDir().mkpath(QFileInfo(autosavePath()).path());
    if (DocumentFiles::saveLesson(autosavePath(), m_document->state(), m_document->selectedElement()).isEmpty())
        m_autosavedIndex = index;
}

bool DocumentSession::offerRestore()
{
    const QFileInfo autosave(autosavePath());
    if (!autosave.exists())
        return false;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Restore unsaved work?"),
        tr("Softmax Explorer did not close properly last time. Restore the work autosaved at %1?")
            .arg(QLocale().toString(autosave.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        QFile::remove(autosave.filePath());
        return false;
    }
    try {
        const LoadedDocument loaded = DocumentFiles::load(autosave.filePath());
        // Restored work is not saved anywhere yet: one undo step away from a clean start.
        m_document->replaceState(loaded.state, tr("Restore autosaved work"));
        m_document->selectElement(loaded.selected);
        return true;
    } catch (const core::InputError &error) {
        emit messageRaised(tr("The autosaved work could not be restored: %1").arg(translatedError(error)));
        return false;
    }
}

void DocumentSession::setFilePath(const QString &path)
{
    m_path = path;
    emit filePathChanged(path);
}

void DocumentSession::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = settings::recentFiles.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings::recentFiles.set(recent);
    settings::lastDirectory.set(QFileInfo(absolute).path());
    emit recentFilesChanged();
}

} // namespace ui
