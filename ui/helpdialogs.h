#pragma once

#include <QDialog>

class QTextBrowser;
class QWidget;

namespace ui {

/// Help ▸ Guide: what softmax along a dim means, with the tutorials' examples one
/// click away, and the slips in the source material as "common misconceptions".
class GuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    static QString html();
    QTextBrowser *browser() const { return m_browser; }

signals:
    /// A link to a built-in example was clicked.
    void presetRequested(const QString &name);

private:
    QTextBrowser *m_browser;
};

/// Help ▸ Keyboard shortcuts: every action of `window` that has a shortcut, read
/// from the actions themselves so the list is never out of date.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// "Action\tShortcut" lines, sorted, for tests and the clipboard.
    static QStringList rows(QWidget *window);
};

} // namespace ui
