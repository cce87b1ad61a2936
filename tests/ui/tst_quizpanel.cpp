// The quiz panel: questions from the current tensor, graded answers, a session
// score, and keyboard use.
#include "quizpanel.h"
#include "quiztablemodel.h"
#include "tensordocument.h"

#include <QTableView>
#include <QTest>

using Mark = ui::QuizTableModel::Mark;

class TestQuizPanel : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<ui::TensorDocument>();
        QVERIFY(m_document->setExtents({2, 3, 2, 2}));
        m_document->fill(core::Fill::Arange);
        m_panel = std::make_unique<ui::QuizPanel>(m_document.get());
        m_panel->setSeed(11);
        m_panel->resize(900, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void rightSelectionByClicking()
    {
        m_panel->newQuestion(ui::QuizPanel::Kind::SharedDenominator);
        const core::SharedDenominatorQuestion question = m_panel->sharedQuestion();
        QVERIFY(m_panel->prompt().contains(QString("dim=%1").arg(question.dim)));
        QCOMPARE(m_panel->gridModel()->mark(question.marked), Mark::Marked);
        QTableView *view = m_panel->gridView();
        for (int flat : question.answer) {
            if (flat == question.marked)
                continue;
            const QModelIndex cell = m_panel->gridModel()->indexOfElement(flat);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
            QCOMPARE(m_panel->gridModel()->mark(flat), Mark::Chosen);
        }
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_panel->answered(), 1);
        QCOMPARE(m_panel->right(), 1);
        QVERIFY(m_panel->feedback().startsWith("Right"));
        QTest::keyClick(view, Qt::Key_Return); // graded once
        QCOMPARE(m_panel->answered(), 1);
    }

    void wrongSelectionShowsMissedAndWrong()
    {
        m_panel->newQuestion(ui::QuizPanel::Kind::SharedDenominator);
        const core::SharedDenominatorQuestion question = m_panel->sharedQuestion();
        int outsider = 0;
        while (std::find(question.answer.begin(), question.answer.end(), outsider) != question.answer.end())
            ++outsider;
        m_panel->toggleElement(outsider);
        m_panel->checkSelection();
        QCOMPARE(m_panel->right(), 0);
        QCOMPARE(m_panel->gridModel()->mark(outsider), Mark::Wrong);
        for (int flat : question.answer)
            if (flat != question.marked)
                QCOMPARE(m_panel->gridModel()->mark(flat), Mark::Missed);
        QVERIFY(m_panel->feedback().startsWith(QString("Not quite: ✓ 0 right, ○ %1 missed, ✗ 1 wrong.")
                                                   .arg(question.answer.size() - 1)));
        // The marks carry symbols, not only colours.
        QVERIFY(m_panel->gridModel()->indexOfElement(outsider).data().toString().startsWith("✗ "));
    }

    void whichDimByKey()
    {
        m_panel->newQuestion(ui::QuizPanel::Kind::WhichDim);
        const core::WhichDimQuestion question = m_panel->whichDimQuestion();
        // The grid shows the hidden output, not the input.
        const QModelIndex first = m_panel->gridModel()->indexOfElement(0);
        QCOMPARE(first.data().toString().toDouble(), question.output.values[0] > 0 ? first.data().toString().toDouble() : 0);
        QTest::keyClick(m_panel->gridView(), Qt::Key(Qt::Key_0 + question.hiddenDim));
        QCOMPARE(m_panel->right(), 1);
        m_panel->newQuestion(ui::QuizPanel::Kind::WhichDim);
        const int wrong = (m_panel->whichDimQuestion().hiddenDim + 1) % 4;
        if (!core::gradeWhichDim(m_panel->whichDimQuestion(), wrong)) {
            m_panel->answerDim(wrong);
            QCOMPARE(m_panel->right(), 1);
            QVERIFY(m_panel->feedback().startsWith("No: it was"));
        }
    }

    void temperatureByKey()
    {
        m_panel->newQuestion(ui::QuizPanel::Kind::Temperature);
        const core::TemperatureQuestion question = m_panel->temperatureQuestion();
        const Qt::Key key = question.answer == core::Direction::Up ? Qt::Key_U
            : question.answer == core::Direction::Down            ? Qt::Key_D
                                                                  : Qt::Key_S;
        QTest::keyClick(m_panel->gridView(), key);
        QCOMPARE(m_panel->right(), 1);
        QVERIFY(m_panel->feedback().startsWith("Right: p goes from"));
        QTest::keyClick(m_panel->gridView(), Qt::Key_N); // a new question of the same kind
        QCOMPARE(m_panel->kind(), ui::QuizPanel::Kind::Temperature);
        QCOMPARE(m_panel->feedback(), QString());
        QCOMPARE(m_panel->answered(), 1);
    }

    void rankOneHasNoWhichDimQuestion()
    {
        QVERIFY(m_document->setExtents({5}));
        m_panel->newQuestion(ui::QuizPanel::Kind::WhichDim);
        QVERIFY(m_panel->prompt().contains("needs a tensor of rank 2 or more"));
        m_panel->answerDim(0);
        QCOMPARE(m_panel->answered(), 0);
    }

private:
    std::unique_ptr<ui::TensorDocument> m_document;
    std::unique_ptr<ui::QuizPanel> m_panel;
};

QTEST_MAIN(TestQuizPanel)
#include "tst_quizpanel.moc"
