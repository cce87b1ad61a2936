#include "stepspanel.h"

#include "cachedtextdelegate.h"
#include "groupstepsmodel.h"
#include "numbertext.h"
#include "opaquescrollbars.h"
#include "tensordocument.h"
#include "textline.h"

#include <QCheckBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

namespace ui {

namespace {

QString formulaStyleSheet(const QPalette &palette)
{
    return QStringLiteral("a { color: %1; text-decoration: none; }"
                          "p.head { font-weight: bold; margin-bottom: 4px; }"
                          "span.overflow { color: #b33c00; font-weight: bold; }")
        .arg(palette.color(QPalette::Text).name());
}

} // namespace

StepsPanel::StepsPanel(TensorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_members(new GroupStepsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title = new TextLine(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_indexLabels = new QCheckBox(tr("Index labels x[i,j]"), this);
    m_indexLabels->setToolTip(tr("Name elements by their index x[0,1,0,1] instead of the tutorials' x₁…xₙ "
                                 "(1-based, row-major)"));
    header->addWidget(m_title, 1);
    header->addWidget(m_indexLabels);
    layout->addLayout(header);

    m_group = new TextLine(this);
    m_group->setWordWrap(true);
    layout->addWidget(m_group);

    m_table = new QTableView(this);
    makeScrollBarsOpaque(m_table);
    m_table->setModel(m_members);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Members of the group"));
    m_table->setAccessibleDescription(tr("Every element sharing the denominator, with each step of its computation"));
    layout->addWidget(m_table);

    auto *formulas = new QHBoxLayout;
    m_stable = addFormulaPane();
    m_stable->setAccessibleName(tr("Stable computation"));
    m_naive = addFormulaPane();
    m_naive->setAccessibleName(tr("Naive computation"));
    formulas->addWidget(m_stable, 3);
    formulas->addWidget(m_naive, 2);
    layout->addLayout(formulas, 1);

    connect(m_indexLabels, &QCheckBox::toggled, this, [this] {
        refresh();
        emit labelStyleChanged(labelStyle());
    });
    connect(document, &TensorDocument::resultChanged, this, &StepsPanel::refresh);
    connect(document, &TensorDocument::selectionChanged, this, &StepsPanel::refresh);
    connect(document, &TensorDocument::dimNamesChanged, this, &StepsPanel::refresh);
    refresh();
}

void StepsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
    if (event->type() == QEvent::FontChange) {
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
        refresh();
    }
}

void StepsPanel::showFormula(QTextBrowser *pane, const QString &html)
{
    // The new text replaces the old in one edit block, so the pane lays it out once.
    // setHtml would clear the text first: the pane laid the empty text out and hid
    // its scroll bar, then laid the new text out and showed the scroll bar again. A
    // fresh document swapped in is laid out twice (once by the text control, once
    // for the pane's width) and costs half as much again.
    const QString styleSheet = formulaStyleSheet(palette());
    QTextDocument *document = pane->document();
    if (document->defaultStyleSheet() != styleSheet)
        document->setDefaultStyleSheet(styleSheet); // the links' colour follows the palette
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertHtml(html);
    cursor.endEditBlock();
    // New steps are read from the top, not from where the pane's cursor went (the
    // insertion moved it to the end).
    pane->moveCursor(QTextCursor::Start);
    pane->verticalScrollBar()->setValue(0);
}

QTextBrowser *StepsPanel::addFormulaPane()
{
    auto *pane = new QTextBrowser(this);
    makeScrollBarsOpaque(pane);
    pane->setOpenLinks(false);
    pane->setMinimumHeight(fontMetrics().height() * 4);
    connect(pane, &QTextBrowser::highlighted, this, &StepsPanel::showFullValue);
    return pane;
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
    QStringList lines{m_title->text(), m_group->text()};
    QStringList header;
    for (int column = 0; column < m_members->columnCount(); ++column)
        header << m_members->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < m_members->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_members->columnCount(); ++column)
            cells << m_members->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    lines << m_stable->toPlainText() << m_naive->toPlainText();
    return lines.join(QLatin1Char('\n'));
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
    const core::StepTrace trace = m_document->selectedTrace();
    m_steps = StepHtml::build(trace, input.shape, names, labelStyle());
    m_group->setText(m_steps.group);
    m_members->setTrace(trace, input.shape, labelStyle());
    // As tall as its rows (up to 12), so small groups leave room for the formulas.
    const int rows = std::min(m_members->rowCount(), 12);
    // The header's size hint, not its current height: before the first layout (and
    // with a taller CJK font) the current height is too small.
    const int rowHeight = std::max(m_table->verticalHeader()->defaultSectionSize(),
                                   m_table->verticalHeader()->minimumSectionSize());
    const int height = m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + 2 * m_table->frameWidth() + 2;
    if (height != m_table->maximumHeight()) { // a new height lays out the whole panel again
        m_table->setMaximumHeight(height);
        // Small groups are shown whole; the formulas below scroll instead.
        m_table->setMinimumHeight(std::min(height, m_table->horizontalHeader()->sizeHint().height() + 4 * rowHeight
                                                       + 2 * m_table->frameWidth() + 2));
        // The table takes its height now, and shows or hides its scroll bar now (setting
        // the policy lays the scroll area out). Left to the event loop, both came after
        // the repaint, which then happened twice. The stretched columns follow the new
        // width at once; quiet, as the table would repaint them from a timer, after the
        // repaint it already has coming (the model was reset).
        const QSignalBlocker quietColumns(m_table->horizontalHeader());
        layout()->activate();
        m_table->setVerticalScrollBarPolicy(m_table->verticalScrollBarPolicy());
    }
    m_table->scrollTo(m_members->index(m_members->explainedRow(), 0));
    showFormula(m_stable, m_steps.stable);
    showFormula(m_naive, m_steps.naive);
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
        QToolTip::showText(QCursor::pos(), m_steps.fullValues[index]);
}

} // namespace ui
