#pragma once

#include <QMainWindow>

class QComboBox;
class QGroupBox;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;
class QTabWidget;

namespace ui {

class CompareView;
class DimSelector;
class TextLine;
class DocumentSession;
class PresentationMode;
class QuizPanel;
class Walkthrough;
class WalkthroughBar;
class GroupSumsPanel;
class PlotsPanel;
class PrintPanel;
class StepsPanel;
class TensorDocument;
class TensorGridView;

/// The main window of DESIGN.md §3: the controls, the input and output views
/// with the group highlight, the group sums, the steps and what PyTorch prints.
/// Everything reads from and writes to one TensorDocument.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// Shows `document` (a new one, owned by the window, when null).
    explicit MainWindow(TensorDocument *document = nullptr, QWidget *parent = nullptr);

    TensorDocument *document() const { return m_document; }
    TensorGridView *inputView() const { return m_inputView; }
    TensorGridView *outputView() const { return m_outputView; }
    StepsPanel *stepsPanel() const { return m_steps; }
    PlotsPanel *plotsPanel() const { return m_plots; }
    CompareView *compareView() const { return m_compare; }
    QuizPanel *quizPanel() const { return m_quiz; }
    Walkthrough *walkthrough() const { return m_walkthrough; }
    PresentationMode *presentation() const { return m_presentation; }
    /// The Explore, Compare and Quiz pages.
    QTabWidget *pages() const { return m_pages; }
    /// Puts back the window geometry and panel layout of the last session.
    void restoreLayout();
    /// Remembers them for the next start (also before a rebuilt window takes over).
    void saveLayout() const;
    /// Opens a lesson, .npy or text file (asking about unsaved changes first); a
    /// failure is shown and leaves the document as it was.
    bool openFile(const QString &path);
    DocumentSession *session() const { return m_session; }

signals:
    /// View ▸ Language: "" for the system's, or "en", "zh_CN", "zh_TW".
    void languageRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createToolBars();
    void createViews();
    void createMenus();
    QMenu *createFillMenu();
    void showDimInfo();
    void showSelectionStatus();
    void showOutputTitle();
    void showRefusal(const QString &message);
    void updateTitle();
    void openWithDialog();
    void fillRecentMenu();
    void exportImage();
    void exportNpy();
    void pasteTensor();

    TensorDocument *m_document;
    TensorGridView *m_inputView = nullptr;
    TensorGridView *m_outputView = nullptr;
    GroupSumsPanel *m_sums = nullptr;
    StepsPanel *m_steps = nullptr;
    PrintPanel *m_print = nullptr;
    PlotsPanel *m_plots = nullptr;
    DimSelector *m_dimSelector = nullptr;
    QComboBox *m_opBox = nullptr;
    QComboBox *m_dtypeBox = nullptr;
    QMenu *m_fillMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    TextLine *m_dimSentence = nullptr;
    TextLine *m_frameworks = nullptr;
    QLabel *m_refusal = nullptr;
    TextLine *m_selectionStatus = nullptr;
    TextLine *m_outputCall = nullptr;
    QSplitter *m_panels = nullptr;
    QTabWidget *m_pages = nullptr;
    CompareView *m_compare = nullptr;
    QuizPanel *m_quiz = nullptr;
    QSplitter *m_views = nullptr;
    QSplitter *m_lower = nullptr;
    quint64 m_nextSeed = 1;
    QToolBar *m_tensorBar = nullptr;
    QList<QAction *> m_presentationHidden;
    Walkthrough *m_walkthrough = nullptr;
    WalkthroughBar *m_walkthroughBar = nullptr;
    PresentationMode *m_presentation = nullptr;
    DocumentSession *m_session = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace ui
