#include "mainwindow.h"

#include "presettext.h"
#include "steptext.h"

#include "error.h"
#include "groups.h"
#include "presets.h"
#include "pytorchprinter.h"
#include "steptrace.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Softmax Explorer"));
    auto *toolBar = addToolBar(tr("Tensor"));
    toolBar->setMovable(false);

    toolBar->addWidget(new QLabel(tr("Example: "), toolBar));
    m_presetBox = new QComboBox(toolBar);
    for (const core::Preset &preset : core::builtinPresets())
        m_presetBox->addItem(PresetText::description(preset.name));
    m_presetBox->setAccessibleName(tr("Example tensor"));
    toolBar->addWidget(m_presetBox);
    toolBar->addSeparator();

    toolBar->addWidget(new QLabel(tr(" dim "), toolBar));
    m_dimBox = new QSpinBox(toolBar);
    m_dimBox->setAccessibleName(tr("Dim"));
    toolBar->addWidget(m_dimBox);
    toolBar->addSeparator();

    m_opBox = new QComboBox(toolBar);
    m_opBox->addItems({QStringLiteral("softmax"), QStringLiteral("log_softmax")});
    m_opBox->setAccessibleName(tr("Function"));
    toolBar->addWidget(m_opBox);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_dimWords = new QLabel(central);
    layout->addWidget(m_dimWords);
    auto *prints = new QHBoxLayout;
    m_inputPane = addPane(tr("Input: print(x)"), prints);
    m_outputPane = addPane(tr("Output: what PyTorch prints"), prints);
    layout->addLayout(prints, 1);
    auto *steps = new QHBoxLayout;
    m_stepsPane = addPane(tr("Steps for the first element"), steps);
    layout->addLayout(steps, 1);
    setCentralWidget(central);

    connect(m_presetBox, &QComboBox::currentIndexChanged, this, &MainWindow::loadPreset);
    connect(m_dimBox, &QSpinBox::valueChanged, this, &MainWindow::refresh);
    connect(m_opBox, &QComboBox::currentIndexChanged, this, &MainWindow::refresh);
    loadPreset(0);
    resize(1100, 760);
}

QPlainTextEdit *MainWindow::addPane(const QString &title, QBoxLayout *layout)
{
    auto *box = new QGroupBox(title, this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *pane = new QPlainTextEdit(box);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setAccessibleName(title);
    boxLayout->addWidget(pane);
    layout->addWidget(box);
    return pane;
}

void MainWindow::loadPreset(int row)
{
    const core::Preset &preset = core::builtinPresets().at(std::size_t(row));
    const int rank = preset.shape.rank();
    const QSignalBlocker dimBlocker(m_dimBox);
    const QSignalBlocker opBlocker(m_opBox);
    m_dimBox->setRange(-rank, rank - 1);
    m_dimBox->setValue(preset.dim.value_or(core::pytorchImplicitDim(rank)));
    m_opBox->setCurrentIndex(preset.op == core::Op::LogSoftmax ? 1 : 0);
    refresh();
}

void MainWindow::refresh()
{
    const core::Preset &preset = core::builtinPresets().at(std::size_t(m_presetBox->currentIndex()));
    const core::Tensor input = preset.tensor();
    const int dim = core::wrapDim(m_dimBox->value(), input.rank());
    const core::SoftmaxSpec spec{core::Reduction::alongDim(dim),
                                 m_opBox->currentIndex() == 1 ? core::Op::LogSoftmax : core::Op::Softmax, 1.0};
    const core::GroupLayout layout(input.shape, spec.reduction);
    std::vector<QString> names;
    for (const std::string &name : input.dimNames)
        names.push_back(QString::fromStdString(name));

    m_dimWords->setText(tr("dim=%1 ≡ dim=%2 (%3): groups: %4, size of each: %5; each group sums to 1.")
                            .arg(dim)
                            .arg(dim - input.rank())
                            .arg(names[std::size_t(dim)])
                            .arg(layout.groupCount())
                            .arg(layout.groupSize()));
    m_inputPane->setPlainText(QString::fromStdString(core::pytorchPrint(input)));
    m_outputPane->setPlainText(QString::fromStdString(core::pytorchPrint(core::applySoftmax(input, spec))));
    m_stepsPane->setPlainText(StepText::plainText(core::traceElement(input, spec, 0), input.shape, names));
}

} // namespace ui
