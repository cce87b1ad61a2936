#include "quizpanel.h"

#include "numbertext.h"
#include "quiztablemodel.h"
#include "tensordocument.h"
#include "tensorgridview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

QShortcut *panelShortcut(const QKeySequence &key, QWidget *panel)
{
    auto *shortcut = new QShortcut(key, panel);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    return shortcut;
}

} // namespace

QuizPanel::QuizPanel(TensorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_random(std::random_device{}())
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Ask:"), this);
    m_kind = new QComboBox(this);
    m_kind->addItems({tr("Which elements share a denominator?"), tr("Which dim produced this output?"),
                      tr("Which way does p move when T doubles?")});
    m_kind->setAccessibleName(tr("Kind of question"));
    kindLabel->setBuddy(m_kind);
    auto *next = new QPushButton(tr("&New question"), this);
    next->setToolTip(tr("A new question from the current tensor (N)"));
    m_score = new QLabel(this);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(next);
    top->addStretch(1);
    top->addWidget(m_score);
    layout->addLayout(top);

    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    QFont bold;
    bold.setBold(true);
    m_prompt->setFont(bold);
    layout->addWidget(m_prompt);

    m_gridModel = new QuizTableModel(this);
    m_gridView = new QTableView(this);
    m_gridView->setModel(m_gridModel);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->setAccessibleName(tr("Quiz tensor"));
    layout->addWidget(m_gridView, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createSharedPage());
    m_pages->addWidget(createWhichDimPage());
    m_pages->addWidget(createTemperaturePage());
    layout->addWidget(m_pages);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setAccessibleName(tr("Feedback"));
    layout->addWidget(m_feedback);

    connect(m_kind, &QComboBox::activated, this, [this](int row) { newQuestion(Kind(row)); });
    connect(next, &QPushButton::clicked, this, [this] { newQuestion(kind()); });
    connect(panelShortcut(Qt::Key_N, this), &QShortcut::activated, this, [this] { newQuestion(kind()); });
    connect(m_gridView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { toggleElement(index.data(QuizTableModel::ElementRole).toInt()); });
    connect(panelShortcut(Qt::Key_Space, m_gridView), &QShortcut::activated, this, [this] {
        toggleElement(m_gridView->currentIndex().data(QuizTableModel::ElementRole).toInt());
    });
    newQuestion(Kind::SharedDenominator);
}

QWidget *QuizPanel::createSharedPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *check = new QPushButton(tr("&Check"), page);
    check->setToolTip(tr("Grade the elements you clicked (Enter)"));
    layout->addWidget(new QLabel(tr("Click elements (or Space on the current one) to choose them."), page), 1);
    layout->addWidget(check);
    connect(check, &QPushButton::clicked, this, &QuizPanel::checkSelection);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(panelShortcut(key, this), &QShortcut::activated, this, [this] {
            if (kind() == Kind::SharedDenominator)
                checkSelection();
        });
    return page;
}

QWidget *QuizPanel::createWhichDimPage()
{
    m_dimButtons = new QWidget(this);
    new QHBoxLayout(m_dimButtons);
    for (int dim = 0; dim < 4; ++dim)
        connect(panelShortcut(QKeySequence(Qt::Key_0 + dim), this), &QShortcut::activated, this, [this, dim] {
            if (kind() == Kind::WhichDim && dim < m_tensor.rank())
                answerDim(dim);
        });
    return m_dimButtons;
}

QWidget *QuizPanel::createTemperaturePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::tuple<core::Direction, QString, Qt::Key> answers[] = {
        {core::Direction::Up, tr("Goes &up"), Qt::Key_U},
        {core::Direction::Down, tr("Goes &down"), Qt::Key_D},
        {core::Direction::Same, tr("&Stays the same"), Qt::Key_S}};
    for (const auto &[direction, text, key] : answers) {
        auto *button = new QPushButton(text, page);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, direction = direction] { answerDirection(direction); });
        connect(panelShortcut(key, this), &QShortcut::activated, this, [this, direction = direction] {
            if (kind() == Kind::Temperature)
                answerDirection(direction);
        });
    }
    layout->addStretch(1);
    return page;
}

QuizPanel::Kind QuizPanel::kind() const
{
    return Kind(m_pages->currentIndex());
}

QString QuizPanel::dimLabel(int dim) const
{
    return tr("dim=%1 (%2)").arg(dim).arg(QString::fromStdString(m_tensor.dimNames.at(std::size_t(dim))));
}

void QuizPanel::newQuestion(Kind kind)
{
    m_tensor = m_document->input();
    const core::SoftmaxSpec spec = m_document->spec();
    m_kind->setCurrentIndex(int(kind));
    m_pages->setCurrentIndex(int(kind));
    m_graded = false;
    m_clicked.clear();
    m_feedback->clear();
    switch (kind) {
    case Kind::SharedDenominator:
        m_shared = core::makeSharedDenominatorQuestion(m_tensor.shape, m_random);
        m_gridModel->setTensor(m_tensor);
        m_gridModel->setMark(m_shared.marked, QuizTableModel::Mark::Marked);
        m_prompt->setText(tr("Softmax along %1: click every element that shares a denominator with ★ %2.")
                              .arg(dimLabel(m_shared.dim), indexLabel(m_tensor.shape.multiIndex(m_shared.marked))));
        break;
    case Kind::WhichDim: {
        auto *layout = m_dimButtons->layout();
        while (QLayoutItem *item = layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        if (m_tensor.rank() < 2) {
            m_gridModel->setTensor(m_tensor);
            m_prompt->setText(tr("This question needs a tensor of rank 2 or more: change the rank in the toolbar."));
            m_graded = true;
            break;
        }
        m_whichDim = core::makeWhichDimQuestion(m_tensor, spec, m_random);
        m_gridModel->setTensor(m_whichDim.output);
        m_prompt->setText(tr("This is %1 of the current tensor along one of its dims. Which dim? (keys 0–%2)")
                              .arg(QString::fromStdString(core::opName(spec.op)))
                              .arg(m_tensor.rank() - 1));
        for (int dim = 0; dim < m_tensor.rank(); ++dim) {
            auto *button = new QPushButton(dimLabel(dim), m_dimButtons);
            layout->addWidget(button);
            connect(button, &QPushButton::clicked, this, [this, dim] { answerDim(dim); });
        }
        break;
    }
    case Kind::Temperature:
        m_temperature = core::makeTemperatureQuestion(m_tensor, spec, m_random);
        m_gridModel->setTensor(m_tensor);
        for (int member : core::GroupLayout(m_tensor.shape, m_temperature.reduction).membersOf(m_temperature.element))
            m_gridModel->setMark(member, QuizTableModel::Mark::Chosen);
        m_gridModel->setMark(m_temperature.element, QuizTableModel::Mark::Marked);
        m_prompt->setText(tr("Now p(★ %1) = %2 at T = %3 (its group is marked ●). When T doubles to %4, does p go up, "
                             "go down or stay the same? (U, D, S)")
                              .arg(indexLabel(m_tensor.shape.multiIndex(m_temperature.element)),
                                   formatValue(m_temperature.probabilityFrom), formatValue(m_temperature.from),
                                   formatValue(m_temperature.to)));
        break;
    }
    TensorGridView::applyTileSpans(m_gridView, m_gridModel->grid());
    showScore();
}

void QuizPanel::toggleElement(int flat)
{
    if (kind() != Kind::SharedDenominator || m_graded || flat < 0 || flat == m_shared.marked)
        return;
    const auto found = std::find(m_clicked.begin(), m_clicked.end(), flat);
    if (found == m_clicked.end()) {
        m_clicked.push_back(flat);
        m_gridModel->setMark(flat, QuizTableModel::Mark::Chosen);
    } else {
        m_clicked.erase(found);
        m_gridModel->setMark(flat, QuizTableModel::Mark::None);
    }
}

void QuizPanel::checkSelection()
{
    if (kind() != Kind::SharedDenominator || m_graded)
        return;
    std::vector<int> chosen = m_clicked;
    chosen.push_back(m_shared.marked); // the marked element is in its own group
    const core::SelectionGrade grade = core::gradeSelection(m_shared, chosen);
    for (int flat : grade.correct)
        m_gridModel->setMark(flat, QuizTableModel::Mark::Correct);
    for (int flat : grade.missed)
        m_gridModel->setMark(flat, QuizTableModel::Mark::Missed);
    for (int flat : grade.wrong)
        m_gridModel->setMark(flat, QuizTableModel::Mark::Wrong);
    m_gridModel->setMark(m_shared.marked, QuizTableModel::Mark::Marked);
    score(grade.right());
    const QString rule = tr("Its group along %1: every index the same except the one along %1.").arg(dimLabel(m_shared.dim));
    if (grade.right())
        m_feedback->setText(tr("Right: all %1 elements of the group. %2").arg(m_shared.answer.size()).arg(rule));
    else
        m_feedback->setText(tr("Not quite: ✓ %1 right, ○ %2 missed, ✗ %3 wrong. %4")
                                .arg(grade.correct.size() - 1)
                                .arg(grade.missed.size())
                                .arg(grade.wrong.size())
                                .arg(rule));
}

void QuizPanel::answerDim(int dim)
{
    if (kind() != Kind::WhichDim || m_graded)
        return;
    const bool correct = core::gradeWhichDim(m_whichDim, dim);
    score(correct);
    QStringList accepted;
    for (int d : m_whichDim.acceptedDims)
        accepted << dimLabel(d);
    if (correct)
        m_feedback->setText(tr("Right: %1. Each of its groups sums to 1.").arg(accepted.join(tr(" or "))));
    else
        m_feedback->setText(tr("No: it was %1, not %2. Look for which elements sum to 1 together.")
                                .arg(accepted.join(tr(" or ")), dimLabel(dim)));
}

void QuizPanel::answerDirection(core::Direction direction)
{
    if (kind() != Kind::Temperature || m_graded)
        return;
    const bool correct = direction == m_temperature.answer;
    score(correct);
    const QString change = tr("p goes from %1 to %2 when T goes from %3 to %4.")
                               .arg(formatValue(m_temperature.probabilityFrom), formatValue(m_temperature.probabilityTo),
                                    formatValue(m_temperature.from), formatValue(m_temperature.to));
    const QString why = tr("A larger T flattens the group toward uniform: large probabilities shrink, small ones grow.");
    m_feedback->setText((correct ? tr("Right: ") : tr("No: ")) + change + QLatin1Char(' ') + why);
}

void QuizPanel::score(bool correct)
{
    m_graded = true;
    ++m_answered;
    m_right += correct ? 1 : 0;
    showScore();
}

void QuizPanel::showScore()
{
    m_score->setText(tr("Score: %1 of %2").arg(m_right).arg(m_answered));
}

QString QuizPanel::prompt() const
{
    return m_prompt->text();
}

QString QuizPanel::feedback() const
{
    return m_feedback->text();
}

} // namespace ui
