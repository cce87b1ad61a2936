#pragma once

#include <QObject>

#include <memory>

namespace ui {

class MainWindow;
class TensorDocument;

/// Owns the document and the window showing it. Switching the language builds
/// the window again in the new language around the same document, undo history
/// and file, so nothing is lost.
class WindowHost : public QObject {
    Q_OBJECT

public:
    WindowHost();
    ~WindowHost() override;

    /// Shows the window as the user left it and offers work autosaved before a
    /// crash or a kill.
    void start();

    MainWindow *window() const { return m_window; }
    TensorDocument *document() const { return m_document; }
    /// Applies `code` ("" for the system's), remembers it, and rebuilds the window.
    void switchLanguage(const QString &code);

private:
    void createWindow();

    TensorDocument *m_document;
    MainWindow *m_window = nullptr;
};

} // namespace ui
