#include "mainwindow.h"

#include "codepanel.h"
#include "compareview.h"
#include "dimselector.h"
#include "dimtext.h"
#include "documentsession.h"
#include "groupsumspanel.h"
#include "notespanel.h"
#include "numbertext.h"
#include "plotspanel.h"
#include "presentationmode.h"
#include "presettext.h"
#include "printpanel.h"
#include "quizpanel.h"
#include "settings.h"
#include "shapeeditor.h"
#include "steadytabwidget.h"
#include "stepspanel.h"
#include "temperaturecontrol.h"
#include "tensordocument.h"
#include "tensorgridview.h"
#include "tensortablemodel.h"
#include "textline.h"
#include "walkthrough.h"
#include "walkthroughbar.h"

#include "presets.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ui {

namespace {

QGroupBox *boxAround(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

MainWindow::MainWindow(TensorDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document ? document : new TensorDocument(this))
{
    m_session = new DocumentSession(m_document, this, this);
    setAcceptDrops(true);
    // Numbers and short labels need no kerning or ligatures, and laying text out
    // without HarfBuzz's shaping takes half the time (the formula panes, tables and
    // headers lay out new text on every change). Scripts that need shaping keep it.
    QFont unshaped;
    unshaped.setStyleStrategy(QFont::PreferNoShaping);
    setFont(unshaped);
    createToolBars();
    createViews();
    // Reading order for Tab: the controls, the input, the output with its sums, the steps.
    setTabOrder(m_inputView, m_outputView);
    setTabOrder(m_outputView, m_sums->list());
    setTabOrder(m_sums->list(), m_steps);
    m_presentation = new PresentationMode(this, this, {m_inputView, m_outputView}, this);
    m_presentation->hideWhilePresenting(m_presentationHidden);
    m_presentation->hideWhilePresenting({m_tensorBar, m_frameworks, statusBar()});
    m_presentation->setHighContrast(settings::highContrast.value());
    createMenus();

    m_selectionStatus = new TextLine(this);
    m_selectionStatus->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    m_selectionStatus->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    statusBar()->addPermanentWidget(m_selectionStatus);
    statusBar()->showMessage(tr("Click a cell to see its group; double-click or type to edit a value."));

    connect(m_document, &TensorDocument::resultChanged, this, &MainWindow::showDimInfo);
    connect(m_document, &TensorDocument::dimNamesChanged, this, &MainWindow::showDimInfo);
    connect(m_document, &TensorDocument::resultChanged, this, &MainWindow::showSelectionStatus);
    connect(m_document, &TensorDocument::selectionChanged, this, &MainWindow::showSelectionStatus);
    connect(m_document, &TensorDocument::resultChanged, this, &MainWindow::showOutputTitle);
    connect(m_document, &TensorDocument::resultChanged, m_refusal, &QLabel::hide);
    connect(m_document, &TensorDocument::editRefused, this, &MainWindow::showRefusal);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    setWindowModified(!m_document->undoStack()->isClean()); // a rebuilt window shows it too
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::messageRaised, this, &MainWindow::showRefusal);
    updateTitle();
    showDimInfo();
    showSelectionStatus();
    showOutputTitle();
    resize(1280, 800);
}

void MainWindow::createToolBars()
{
    auto *tensorBar = addToolBar(tr("Tensor"));
    tensorBar->setObjectName(QStringLiteral("tensorToolBar"));
    auto *examples = new QToolButton(tensorBar);
    examples->setText(tr("Examples"));
    examples->setPopupMode(QToolButton::InstantPopup);
    examples->setAccessibleName(tr("Examples"));
    examples->setToolTip(tr("The tutorials' tensors and typical uses of softmax"));
    auto *examplesMenu = m_examplesMenu = new QMenu(tr("Open &example"), this);
    for (const core::Preset &preset : core::builtinPresets()) {
        auto *action = examplesMenu->addAction(PresetText::description(preset.name));
        action->setStatusTip(tr("Load %1 %2 (%3)")
                                 .arg(QString::fromStdString(preset.name),
                                      QString::fromStdString(preset.shape.toString()),
                                      QString::fromStdString(preset.source)));
        connect(action, &QAction::triggered, this, [this, &preset] { m_document->loadPreset(preset); });
    }
    examples->setMenu(examplesMenu);
    tensorBar->addWidget(examples);
    tensorBar->addSeparator();
    tensorBar->addWidget(new ShapeEditor(m_document, tensorBar));
    tensorBar->addSeparator();
    m_fillMenu = createFillMenu();
    auto *fill = new QToolButton(tensorBar);
    fill->setText(tr("Fill"));
    fill->setPopupMode(QToolButton::InstantPopup);
    fill->setMenu(m_fillMenu);
    fill->setAccessibleName(tr("Fill"));
    tensorBar->addWidget(fill);
    tensorBar->addSeparator();
    m_dtypeBox = new QComboBox(tensorBar);
    m_dtypeBox->addItems({QStringLiteral("float32"), QStringLiteral("float64")});
    m_dtypeBox->setAccessibleName(tr("Data type"));
    m_dtypeBox->setToolTip(tr("The tensor's dtype; PyTorch computes in it (float32 is PyTorch's default)"));
    tensorBar->addWidget(m_dtypeBox);

    addToolBarBreak();
    auto *softmaxBar = addToolBar(tr("Softmax"));
    softmaxBar->setObjectName(QStringLiteral("softmaxToolBar"));
    m_opBox = new QComboBox(softmaxBar);
    m_opBox->addItems({QStringLiteral("softmax"), QStringLiteral("log_softmax")});
    m_opBox->setAccessibleName(tr("Function"));
    m_opBox->setToolTip(tr("softmax, or log_softmax (pairs with NLLLoss: log_softmax + NLLLoss = cross-entropy)"));
    m_presentationHidden << softmaxBar->addWidget(m_opBox) << softmaxBar->addSeparator();
    m_dimSelector = new DimSelector(m_document, softmaxBar);
    softmaxBar->addWidget(m_dimSelector);
    m_presentationHidden << softmaxBar->addSeparator()
                         << softmaxBar->addWidget(new TemperatureControl(m_document, softmaxBar));
    m_tensorBar = tensorBar;

    m_walkthrough = new Walkthrough(m_document, this);
    m_walkthroughBar = new WalkthroughBar(m_walkthrough, this);
    addToolBar(m_walkthroughBar);

    connect(m_opBox, &QComboBox::activated, this,
            [this](int row) { m_document->setOp(row == 1 ? core::Op::LogSoftmax : core::Op::Softmax); });
    connect(m_dtypeBox, &QComboBox::activated, this,
            [this](int row) { m_document->setDType(row == 1 ? core::DType::Float64 : core::DType::Float32); });
    auto showChoices = [this] {
        const QSignalBlocker opBlocker(m_opBox);
        const QSignalBlocker dtypeBlocker(m_dtypeBox);
        m_opBox->setCurrentIndex(m_document->state().op == core::Op::LogSoftmax ? 1 : 0);
        m_dtypeBox->setCurrentIndex(m_document->input().dtype == core::DType::Float64 ? 1 : 0);
    };
    connect(m_document, &TensorDocument::opChanged, this, showChoices);
    connect(m_document, &TensorDocument::dtypeChanged, this, showChoices);
    showChoices();
}

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 4, 8, 4);
    m_dimSentence = new TextLine(central);
    m_dimSentence->setWordWrap(true);
    QFont bold; // only the weight: the size follows the zoom
    bold.setBold(true);
    m_dimSentence->setFont(bold);
    m_frameworks = new TextLine(central);
    m_frameworks->setWordWrap(true);
    m_frameworks->setForegroundRole(QPalette::PlaceholderText);
    m_refusal = new QLabel(central);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { background: #fde2d4; color: #6b1d00; border: 1px solid #d55e00;"
                                            " border-radius: 3px; padding: 4px; }"));
    m_refusal->setAccessibleName(tr("Message"));
    m_refusal->hide();
    layout->addWidget(m_dimSentence);
    layout->addWidget(m_frameworks);
    layout->addWidget(m_refusal);

    m_inputView = new TensorGridView(m_document, new TensorTableModel(m_document, TensorTableModel::Side::Input, this));
    m_inputView->setAccessibleName(tr("Input tensor x"));
    m_outputView =
        new TensorGridView(m_document, new TensorTableModel(m_document, TensorTableModel::Side::Output, this));
    m_outputView->setAccessibleName(tr("Output tensor"));
    m_sums = new GroupSumsPanel(m_document, this);
    auto *outputContent = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputContent);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    // The call changes with dim, op and T: a TextLine, because a new group-box title
    // would lay out the whole window again on every drag of T.
    m_outputCall = new TextLine(outputContent);
    m_outputCall->setFont(bold);
    outputLayout->addWidget(m_outputCall);
    outputLayout->addWidget(m_outputView, 1);
    outputLayout->addWidget(m_sums);

    m_views = new QSplitter(Qt::Horizontal, central);
    m_views->addWidget(boxAround(tr("Input x (editable)"), m_inputView, this));
    m_views->addWidget(boxAround(tr("Output"), outputContent, this));

    m_steps = new StepsPanel(m_document, this);
    m_print = new PrintPanel(m_document, this);
    m_lower = new QSplitter(Qt::Horizontal, central);
    m_lower->addWidget(boxAround(tr("Steps"), m_steps, this));
    m_plots = new PlotsPanel(m_document, PlotsPanel::Arrangement::Tabs, this);
    m_plots->tabs()->addTab(m_print, tr("Print"));
    m_plots->tabs()->setTabToolTip(m_plots->tabs()->count() - 1, tr("What PyTorch prints for x and the output"));
    m_plots->tabs()->addTab(new CodePanel(m_document, this), tr("Code"));
    m_plots->tabs()->setTabToolTip(m_plots->tabs()->count() - 1,
                                   tr("Python that rebuilds the tensor and reproduces the numbers"));
    m_plots->tabs()->addTab(new NotesPanel(m_document, this), tr("Notes"));
    m_plots->tabs()->setTabToolTip(m_plots->tabs()->count() - 1, tr("The lesson's notes, saved with it"));
    m_lower->addWidget(m_plots);

    m_panels = new QSplitter(Qt::Vertical, central);
    m_panels->addWidget(m_views);
    m_panels->addWidget(m_lower);
    // First start: the views get the larger share; later starts restore the user's layout.
    m_views->setSizes({520, 680});
    m_lower->setSizes({780, 420});
    m_panels->setSizes({420, 330});
    m_pages = new SteadyTabWidget(central);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_panels, tr("E&xplore"));
    m_pages->setTabToolTip(0, tr("One dim: the views, the steps and the plots"));
    m_compare = new CompareView(m_document, m_pages);
    m_pages->addTab(m_compare, tr("Co&mpare dims"));
    m_pages->setTabToolTip(1, tr("The same input along every dim, side by side"));
    m_quiz = new QuizPanel(m_document, m_pages);
    m_pages->addTab(m_quiz, tr("&Quiz"));
    m_pages->setTabToolTip(2, tr("Questions made from the current tensor, for self-study"));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::showDimInfo()
{
    const DocumentState &state = m_document->state();
    m_dimSentence->setText(DimText::sentence(state.dim, state.tensor, state.op));
    m_frameworks->setText(DimText::frameworkDefaults(state.tensor));
}

void MainWindow::showOutputTitle()
{
    const core::SoftmaxSpec spec = m_document->spec();
    const QString function = QString::fromStdString(core::opName(spec.op));
    const QString x = spec.temperature != 1.0 ? tr("x / %1").arg(formatValue(spec.temperature)) : QStringLiteral("x");
    if (spec.reduction.wholeTensor)
        m_outputCall->setText(tr("%1(%2) over the whole tensor").arg(function, x));
    else
        m_outputCall->setText(QStringLiteral("%1(%2, dim=%3)").arg(function, x).arg(spec.reduction.dim));
}

void MainWindow::showSelectionStatus()
{
    const int flat = m_document->selectedElement();
    const auto &groups = m_document->groups();
    const core::Tensor &input = m_document->input();
    m_selectionStatus->setText(tr("%1 = %2 → %3 · group %4 of %5")
                                   .arg(indexLabel(input.shape.multiIndex(flat)),
                                        formatValue(input.values[std::size_t(flat)]),
                                        formatValue(m_document->output().values[std::size_t(flat)]))
                                   .arg(groups.groupOf(flat) + 1)
                                   .arg(groups.groupCount()));
}

void MainWindow::showRefusal(const QString &message)
{
    m_refusal->setText(message);
    m_refusal->show();
    statusBar()->showMessage(message, 10000);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    m_views->restoreState(settings::viewsSplitter.value());
    m_panels->restoreState(settings::panelsSplitter.value());
    m_lower->restoreState(settings::lowerSplitter.value());
    m_steps->setLabelStyle(settings::indexLabels.value() ? LabelStyle::Index : LabelStyle::Symbolic);
    m_document->setShowAllGroups(settings::showAllGroups.value());
}

void MainWindow::saveLayout() const
{
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    settings::viewsSplitter.set(m_views->saveState());
    settings::panelsSplitter.set(m_panels->saveState());
    settings::lowerSplitter.set(m_lower->saveState());
    settings::indexLabels.set(m_steps->labelStyle() == LabelStyle::Index);
    settings::showAllGroups.set(m_document->showAllGroups());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_session->finish();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

bool MainWindow::openFile(const QString &path)
{
    const QString error = m_session->open(path);
    if (error.isEmpty())
        return true;
    showRefusal(tr("The file was not opened: %1").arg(error));
    QMessageBox::warning(this, tr("Open"), tr("The file was not opened.\n\n%1").arg(error));
    return false;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Softmax Explorer").arg(m_session->displayName()));
}

} // namespace ui
