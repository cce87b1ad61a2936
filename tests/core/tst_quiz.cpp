// Quiz questions and their grading.
#include "error.h"
#include "groups.h"
#include "quiz.h"

#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

core::Tensor tensorOf(std::vector<std::int64_t> extents, std::vector<double> values)
{
    return core::Tensor::fromValues(core::Shape::checked(extents), std::move(values));
}

} // namespace

class TestQuiz : public QObject {
    Q_OBJECT

private slots:
    void sharedDenominatorAnswerIsTheGroup()
    {
        std::mt19937_64 random(1);
        const core::Shape shape = core::Shape::checked({1, 3, 2, 2});
        for (int i = 0; i < 50; ++i) {
            const core::SharedDenominatorQuestion question = core::makeSharedDenominatorQuestion(shape, random);
            QVERIFY(question.dim != 0); // dim 0 has extent 1: never asked
            QVERIFY(std::find(question.answer.begin(), question.answer.end(), question.marked) != question.answer.end());
            QCOMPARE(int(question.answer.size()), shape.extent(question.dim));
        }
    }

    void gradingASelection()
    {
        // 2×3 along dim 1: the group of element 4 is row 1 = {3, 4, 5}.
        core::SharedDenominatorQuestion question{4, 1, {3, 4, 5}};
        QVERIFY(core::gradeSelection(question, {5, 3, 4}).right());
        QVERIFY(core::gradeSelection(question, {3, 4, 5, 5}).right()); // a double click counts once
        const core::SelectionGrade partly = core::gradeSelection(question, {4, 5, 1});
        QVERIFY(!partly.right());
        QCOMPARE(partly.correct, (std::vector<int>{4, 5}));
        QCOMPARE(partly.missed, (std::vector<int>{3}));
        QCOMPARE(partly.wrong, (std::vector<int>{1}));
    }

    void whichDimAcceptsEveryDimWithTheSameOutput()
    {
        std::mt19937_64 random(2);
        // (1, 3): dim 0 has extent 1 (all ones), dim 1 gives (0.090031, 0.24473, 0.66524):
        // the outputs differ, so only the hidden dim is right.
        const core::Tensor row = tensorOf({1, 3}, {0, 1, 2});
        for (int i = 0; i < 10; ++i) {
            const core::WhichDimQuestion question = core::makeWhichDimQuestion(row, {}, random);
            QCOMPARE(question.acceptedDims, std::vector<int>{question.hiddenDim});
            QVERIFY(core::gradeWhichDim(question, question.hiddenDim));
            QVERIFY(!core::gradeWhichDim(question, 1 - question.hiddenDim));
            if (question.hiddenDim == 1)
                QVERIFY(std::abs(question.output.values[2] - 0.66524) < 1e-5);
        }
        // A constant 2×2 tensor: both dims give 0.5 everywhere, so both are right.
        const core::WhichDimQuestion flat = core::makeWhichDimQuestion(tensorOf({2, 2}, {7, 7, 7, 7}), {}, random);
        QCOMPARE(flat.acceptedDims, (std::vector<int>{0, 1}));
        bool refused = false;
        try {
            core::makeWhichDimQuestion(tensorOf({3}, {1, 2, 3}), core::SoftmaxSpec{}, random);
        } catch (const core::InputError &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void temperatureDirection()
    {
        // Group (0, 1, 2) at T = 1 → 2 (hand arithmetic): p₂ 0.66524 → 0.50648 (down),
        // p₀ 0.090031 → 0.18632 (up); a group of equal values stays at 1/2.
        std::mt19937_64 random(3);
        const core::Tensor x = tensorOf({3}, {0, 1, 2});
        core::SoftmaxSpec spec{core::Reduction::alongDim(0), core::Op::Softmax, 1.0};
        bool sawUp = false;
        bool sawDown = false;
        for (int i = 0; i < 40; ++i) {
            const core::TemperatureQuestion q = core::makeTemperatureQuestion(x, spec, random);
            QCOMPARE(q.to, 2.0);
            if (q.element == 2) {
                QCOMPARE(q.answer, core::Direction::Down);
                QVERIFY(std::abs(q.probabilityFrom - 0.66524) < 1e-5 && std::abs(q.probabilityTo - 0.50648) < 1e-5);
                sawDown = true;
            }
            if (q.element == 0) {
                QCOMPARE(q.answer, core::Direction::Up);
                QVERIFY(std::abs(q.probabilityTo - 0.18632) < 1e-5);
                sawUp = true;
            }
        }
        QVERIFY(sawUp && sawDown);
        const core::TemperatureQuestion same = core::makeTemperatureQuestion(tensorOf({2}, {5, 5}), spec, random);
        QCOMPARE(same.answer, core::Direction::Same);
        QCOMPARE(same.probabilityFrom, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
