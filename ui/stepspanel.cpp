#include "stepspanel.h"

#include "numbertext.h"
#include "tensordocument.h"

#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

namespace ui {

namespace {

QString stepsStyleSheet(const QPalette &palette)
{
    const QString text = palette.color(QPalette::Text).name();
    const QString mid = palette.color(QPalette::Mid).name();
    const QString alternate = palette.color(QPalette::AlternateBase).name();
    return QStringLiteral("a { color: %1; text-decoration: none; }"
                          "table.steps th { border-bottom: 1px solid %2; padding: 3px 10px; text-align: right; }"
                          "table.steps td { padding: 2px 10px; text-align: right; }"
                          "tr.self td { background-color: #ffd88a; color: #000000; font-weight: bold; }"
                          "tr.self a { color: #000000; }"
                          "table.compare td { background-color: %3; }"
                          "p.head { font-weight: bold; margin-bottom: 4px; }"
                          "span.overflow { color: #b33c00; font-weight: bold; }")
        .arg(text, mid, alternate);
}

} // namespace

StepsPanel::StepsPanel(TensorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_indexLabels = new QCheckBox(tr("Index labels x[i,j]"), this);
    m_indexLabels->setToolTip(tr("Name elements by their index x[0,1,0,1] instead of the tutorials' x₁…xₙ "
                                 "(1-based, row-major)"));
    header->addWidget(m_title, 1);
    header->addWidget(m_indexLabels);
    layout->addLayout(header);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Steps"));
    m_text->setAccessibleDescription(tr("The computation of the selected element, step by step"));
    layout->addWidget(m_text, 1);

    connect(m_indexLabels, &QCheckBox::toggled, this, [this] {
        refresh();
        emit labelStyleChanged(labelStyle());
    });
    connect(m_text, &QTextBrowser::highlighted, this, &StepsPanel::showFullValue);
    connect(document, &TensorDocument::resultChanged, this, &StepsPanel::refresh);
    connect(document, &TensorDocument::selectionChanged, this, &StepsPanel::refresh);
    connect(document, &TensorDocument::dimNamesChanged, this, &StepsPanel::refresh);
    refresh();
}

LabelStyle StepsPanel::labelStyle() const
{
    return m_indexLabels->isChecked() ? LabelStyle::Index : LabelStyle::Symbolic;
}

void StepsPanel::setLabelStyle(LabelStyle style)
{
    m_indexLabels->setChecked(style == LabelStyle::Index);
}

QString StepsPanel::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->toPlainText();
}

void StepsPanel::refresh()
{
    const core::Tensor &input = m_document->input();
    const int selected = m_document->selectedElement();
    std::vector<QString> names;
    for (int d = 0; d < input.rank(); ++d)
        names.push_back(m_document->dimName(d));
    const QString function = QString::fromStdString(core::opName(m_document->state().op));
    m_title->setText(tr("Steps of %1 for %2 (%3)")
                         .arg(function, indexLabel(input.shape.multiIndex(selected)), symbolicLabel(selected)));
    m_steps = StepHtml::build(m_document->selectedTrace(), input.shape, names, labelStyle());
    m_text->document()->setDefaultStyleSheet(stepsStyleSheet(palette()));
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setHtml(m_steps.html);
    m_text->verticalScrollBar()->setValue(scroll);
}

void StepsPanel::showFullValue(const QUrl &link)
{
    const QString target = link.toString();
    if (!target.startsWith(QLatin1String("value:"))) {
        QToolTip::hideText();
        return;
    }
    const int index = target.mid(6).toInt();
    if (index >= 0 && index < m_steps.fullValues.size())
        QToolTip::showText(QCursor::pos(), m_steps.fullValues[index], m_text);
}

} // namespace ui
