#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QWidget;

namespace ui {

class TensorDocument;

/// The document's life as a file: its path, open, save, save as, recent files,
/// the unsaved-changes question, and autosave for crash recovery. Nothing a user
/// made is lost: a failed save keeps the document modified and the old file
/// intact, and opening or closing asks before discarding changes.
class DocumentSession : public QObject {
    Q_OBJECT

public:
    DocumentSession(TensorDocument *document, QWidget *dialogParent, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    /// Takes over the file of a session being replaced (a rebuilt window).
    void adoptPath(const QString &path) { setFilePath(path); }
    /// "lesson.json", or "untitled".
    QString displayName() const;
    QStringList recentFiles() const; ///< existing files only, newest first

    /// Opens `path` (lesson, .npy or text) after asking about unsaved changes.
    /// Returns an empty string, or why it could not (the document is untouched).
    QString open(const QString &path);
    bool save();   ///< to the current path, or asks for one
    bool saveAs(); ///< asks for a path
    /// Saves to `path` without asking; empty string or why not.
    QString saveTo(const QString &path);
    /// Asks Save / Discard / Cancel when there are unsaved changes; true to go on.
    bool maybeSave();
    /// The user is done (window closed after maybeSave): the autosave is removed.
    void finish();

    /// Where the autosave lives (the app's data folder).
    static QString autosavePath();
    /// Offers to restore an autosave left by a crash; true when restored.
    bool offerRestore();
    void autosaveNow();

signals:
    void filePathChanged(const QString &path);
    void recentFilesChanged();
    void messageRaised(const QString &message);

private:
    void setFilePath(const QString &path);
    void remember(const QString &path);

    TensorDocument *m_document;
    QWidget *m_dialogParent;
    QString m_path;
    QTimer m_autosave;
    int m_autosavedIndex = -1;
};

} // namespace ui
