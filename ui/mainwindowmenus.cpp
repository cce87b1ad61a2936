#include "mainwindow.h"

#include "codepanel.h"
#include "dimselector.h"
#include "documentfiles.h"
#include "documentsession.h"
#include "errortext.h"
#include "helpdialogs.h"
#include "language.h"
#include "theme.h"
#include "presentationmode.h"
#include "stepspanel.h"
#include "tensordocument.h"
#include "tensorgridview.h"
#include "walkthrough.h"
#include "walkthroughbar.h"
#include "settings.h"
#include "widgetrender.h"

#include "error.h"
#include "presets.h"
#include "pytorchprinter.h"
#include "tensortextparser.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QStatusBar>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

#include <limits>

// The menus and what their file and clipboard actions do; the layout is in mainwindow.cpp.

namespace ui {

QMenu *MainWindow::createFillMenu()
{
    auto *menu = new QMenu(tr("&Fill"), this);
    const std::pair<core::Fill, QString> fills[] = {{core::Fill::Arange, tr("&arange: 0, 1, 2, …")},
                                                    {core::Fill::Zeros, tr("&zeros")},
                                                    {core::Fill::Ones, tr("&ones")}};
    for (const auto &[fill, text] : fills) {
        auto *action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, fill = fill] { m_document->fill(fill); });
    }
    auto *randn = menu->addAction(tr("&randn (next seed)"));
    randn->setStatusTip(tr("Standard normal values; each use takes the next seed"));
    connect(randn, &QAction::triggered, this, [this] { m_document->fill(core::Fill::Randn, m_nextSeed++); });
    auto *seeded = menu->addAction(tr("randn with &seed…"));
    connect(seeded, &QAction::triggered, this, [this] {
        bool ok = false;
        const int seed = QInputDialog::getInt(this, tr("randn with seed"), tr("Seed:"), int(m_nextSeed), 0,
                                              std::numeric_limits<int>::max(), 1, &ok);
        if (ok)
            m_document->fill(core::Fill::Randn, quint64(seed));
    });
    return menu;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog)->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addMenu(m_examplesMenu);
    file->addSeparator();
    file->addAction(tr("&Save"), m_session, &DocumentSession::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &as…"), m_session, &DocumentSession::saveAs)->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("&Export image…"), this, &MainWindow::exportImage)->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addAction(tr("Export the result as .&npy…"), this, &MainWindow::exportNpy);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *editCell = edit->addAction(tr("Edit the selected &value"), this, [this] {
        m_inputView->setFocus();
        m_inputView->edit(m_inputView->currentIndex());
    });
    editCell->setShortcut(Qt::Key_F2);
    edit->addSeparator();
    QAction *paste = edit->addAction(tr("&Paste tensor"), this, &MainWindow::pasteTensor);
    paste->setShortcut(QKeySequence::Paste);
    paste->setStatusTip(tr("Replace the tensor with a nested list or a printed PyTorch tensor from the clipboard"));
    QAction *copyOutput = edit->addAction(tr("&Copy the output as PyTorch prints it"), this, [this] {
        QApplication::clipboard()->setText(QString::fromStdString(core::pytorchPrint(m_document->output())));
        statusBar()->showMessage(tr("Copied the output as print(y) shows it"), 4000);
    });
    copyOutput->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    edit->addAction(tr("Copy the &steps"), this, [this] {
        QApplication::clipboard()->setText(m_steps->plainText());
        statusBar()->showMessage(tr("Copied the steps as text"), 4000);
    });
    edit->addMenu(m_fillMenu);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *allGroups = view->addAction(tr("Show &all groups"));
    allGroups->setCheckable(true);
    allGroups->setShortcut(Qt::CTRL | Qt::Key_G);
    allGroups->setStatusTip(tr("Give every group its own colour and number"));
    connect(allGroups, &QAction::toggled, m_document, &TensorDocument::setShowAllGroups);
    connect(m_document, &TensorDocument::showAllGroupsChanged, allGroups, &QAction::setChecked);
    QAction *indexLabels = view->addAction(tr("&Index labels in the steps"));
    indexLabels->setCheckable(true);
    indexLabels->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(indexLabels, &QAction::toggled, this,
            [this](bool on) { m_steps->setLabelStyle(on ? LabelStyle::Index : LabelStyle::Symbolic); });
    connect(m_steps, &StepsPanel::labelStyleChanged, indexLabels,
            [indexLabels](LabelStyle style) { indexLabels->setChecked(style == LabelStyle::Index); });
    view->addSeparator();
    QAction *previousDim = view->addAction(tr("&Previous dim"), this, [this] { m_dimSelector->step(-1); });
    previousDim->setShortcut(Qt::CTRL | Qt::Key_BracketLeft);
    QAction *nextDim = view->addAction(tr("&Next dim"), this, [this] { m_dimSelector->step(+1); });
    nextDim->setShortcut(Qt::CTRL | Qt::Key_BracketRight);
    QAction *logSoftmax = view->addAction(tr("Use &log_softmax"));
    logSoftmax->setCheckable(true);
    logSoftmax->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    connect(logSoftmax, &QAction::triggered, this,
            [this](bool on) { m_document->setOp(on ? core::Op::LogSoftmax : core::Op::Softmax); });
    connect(m_document, &TensorDocument::opChanged, logSoftmax,
            [this, logSoftmax] { logSoftmax->setChecked(m_document->state().op == core::Op::LogSoftmax); });
    view->addSeparator();
    const std::pair<QWidget *, QString> focusTargets[] = {
        {m_inputView, tr("Go to the &input")}, {m_outputView, tr("Go to the &output")}, {m_steps, tr("Go to the &steps")}};
    int key = Qt::Key_1;
    for (const auto &[target, text] : focusTargets) {
        QAction *action = view->addAction(text, target, [target = target] { target->setFocus(); });
        action->setShortcut(Qt::CTRL | Qt::Key(key++));
    }

    view->addSeparator();
    view->addAction(m_walkthroughBar->startAction());
    QAction *present = view->addAction(tr("&Presentation mode"));
    present->setCheckable(true);
    present->setShortcut(Qt::Key_F11);
    present->setStatusTip(tr("Full screen, large type, only the dim and the walkthrough (F11 or Esc to leave)"));
    connect(present, &QAction::toggled, m_presentation, &PresentationMode::setPresenting);
    connect(m_presentation, &PresentationMode::presentingChanged, present, &QAction::setChecked);
    // Esc leaves presentation, unless it is stopping a walkthrough.
    QAction *leave = new QAction(tr("Leave presentation"), this);
    leave->setShortcut(Qt::Key_Escape);
    addAction(leave);
    connect(leave, &QAction::triggered, m_presentation, [this] { m_presentation->setPresenting(false); });
    auto updateLeave = [this, leave] {
        leave->setEnabled(m_presentation->isPresenting() && !m_walkthrough->isActive());
    };
    connect(m_presentation, &PresentationMode::presentingChanged, this, updateLeave);
    connect(m_walkthrough, &Walkthrough::changed, this, updateLeave);
    updateLeave();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_presentation, &PresentationMode::zoomIn);
    // Ctrl+= as well as the platform's Ctrl++; the same key twice on one action
    // would make it ambiguous, so duplicates are dropped.
    const auto shortcuts = [](QKeySequence own, QKeySequence::StandardKey standard) {
        QList<QKeySequence> keys{own};
        for (const QKeySequence &binding : QKeySequence::keyBindings(standard))
            if (!keys.contains(binding))
                keys << binding;
        return keys;
    };
    zoomIn->setShortcuts(shortcuts(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_presentation, &PresentationMode::zoomOut);
    zoomOut->setShortcuts(shortcuts(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    QAction *actualSize = view->addAction(tr("&Actual size"), m_presentation, &PresentationMode::resetZoom);
    actualSize->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themes);
    const std::pair<theme::Theme, QString> themeChoices[] = {
        {theme::Theme::System, tr("&System")}, {theme::Theme::Light, tr("&Light")}, {theme::Theme::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : themeChoices) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme::parse(settings::theme.value()) == choice);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [choice = choice] {
            settings::theme.set(theme::name(choice));
            theme::apply(choice, settings::highContrast.value());
        });
    }
    themes->addSeparator();
    QAction *contrast = themes->addAction(tr("&High contrast"));
    contrast->setCheckable(true);
    contrast->setChecked(settings::highContrast.value());
    connect(contrast, &QAction::toggled, this, [this](bool on) {
        settings::highContrast.set(on);
        theme::apply(theme::parse(settings::theme.value()), on);
        m_presentation->setHighContrast(on);
    });
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(languages);
    const QString chosen = settings::language.value();
    QStringList codes{QString()};
    codes << language::available();
    for (const QString &code : codes) {
        QAction *action = languages->addAction(code.isEmpty() ? tr("System default (%1)").arg(language::nativeName(language::systemLanguage()))
                                                               : language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageRequested(code); });
    }
    // Menu shortcuts must keep working while the menu bar is hidden (presentation).
    for (QMenu *menu : {file, edit, view})
        addActions(menu->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, [this] {
        auto *dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &GuideDialog::presetRequested, this, [this](const QString &name) {
            m_document->loadPreset(core::findPreset(name.toStdString()));
        });
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    help->addAction(tr("&About Softmax Explorer"), this, [this] {
        QMessageBox::about(this, tr("About Softmax Explorer"),
                           tr("<h3>Softmax Explorer %1</h3><p>See which elements share a denominator when softmax "
                              "runs along a dim, with every e<sup>x</sup> / Σe<sup>x</sup> step in numbers.</p>"
                              "<p>The numbers match PyTorch 1.13 on the CPU.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    for (QAction *action : findChildren<QAction *>())
        if (action->statusTip().isEmpty())
            action->setStatusTip(action->text().remove(QLatin1Char('&')));
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), settings::lastDirectory.value(),
        tr("Tensors (*.json *.npy *.txt *.py);;Lesson files (*.json);;NumPy arrays (*.npy);;Text (*.txt *.py);;"
           "All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_session->recentFiles(); // missing files are left out
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setStatusTip(path);
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::exportImage()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export image"));
    auto *form = new QFormLayout(&dialog);
    auto *view = new QComboBox(&dialog);
    view->addItems({tr("The main window"), tr("Every dim side by side"), tr("The four plots")});
    auto *scale = new QComboBox(&dialog);
    scale->addItems({QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("3×")});
    scale->setToolTip(tr("PNG only: pixels per point, for sharp slides"));
    form->addRow(tr("&View:"), view);
    form->addRow(tr("PNG &scale:"), scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export image"), QDir(settings::lastDirectory.value()).filePath(QStringLiteral("softmax.png")),
        tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = renderView(RenderedView(view->currentIndex()), m_document->state(),
                                     m_document->selectedElement(), size(), path, scale->currentIndex() + 1);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export image"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::exportNpy()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the result as .npy"), QDir(settings::lastDirectory.value()).filePath(QStringLiteral("y.npy")),
        tr("NumPy arrays (*.npy)"));
    if (path.isEmpty())
        return;
    const QString error = DocumentFiles::saveNpy(path, m_document->output());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::pasteTensor()
{
    const QString text = QApplication::clipboard()->text();
    try {
        const LoadedDocument pasted = DocumentFiles::fromBytes(text.toUtf8(), tr("the pasted text"));
        DocumentState state = pasted.isLesson ? pasted.state : m_document->state();
        if (!pasted.isLesson) {
            // Keep the dim when the new tensor has it; otherwise its last dim.
            state.tensor = pasted.state.tensor;
            state.dim = m_document->state().dim.forRank(state.tensor.rank());
        }
        m_document->replaceState(state, tr("Paste tensor"));
    } catch (const core::InputError &error) {
        showRefusal(tr("Nothing was pasted: %1").arg(translatedError(error)));
    }
}

} // namespace ui
