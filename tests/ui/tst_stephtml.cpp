// The steps panel's rich text: every step of the tutorials' example in numbers,
// the naive form with its overflow, log_softmax and temperature.
#include "stephtml.h"

#include "steptrace.h"

#include <QTest>
#include <QTextDocument>

namespace {

QString plain(const ui::StepHtml &steps)
{
    QTextDocument document;
    document.setHtml(steps.html);
    return document.toPlainText();
}

core::StepTrace trace(const std::vector<double> &values, std::vector<std::int64_t> extents, int dim, int flat,
                      core::Op op = core::Op::Softmax, double temperature = 1.0)
{
    const core::Tensor x = core::Tensor::fromValues(core::Shape::checked(extents), values);
    return core::traceElement(x, {core::Reduction::alongDim(dim), op, temperature}, flat);
}

std::vector<double> arange(int n)
{
    std::vector<double> values(std::size_t(n), 0.0);
    for (int i = 0; i < n; ++i)
        values[std::size_t(i)] = i;
    return values;
}

} // namespace

class TestStepHtml : public QObject {
    Q_OBJECT

private slots:
    void channelGroupOfTheTutorialExample()
    {
        // seed 000: arange(12).reshape(1,3,2,2), dim 1; x[0,1,0,1] = 5 with 1 and 9.
        const core::StepTrace t = trace(arange(12), {1, 3, 2, 2}, 1, 5);
        const ui::StepHtml steps = ui::StepHtml::build(t, core::Shape::checked({1, 3, 2, 2}), {"B", "C", "H", "W"},
                                                       ui::LabelStyle::Symbolic);
        const QString text = plain(steps);
        QVERIFY2(text.contains("Group along dim 1 (C, also dim=−3): these 3 elements share one denominator."),
                 qPrintable(text));
        // Hand arithmetic: m = 9; e^(1−9) = 0.00033546, e^(5−9) = 0.018316; Σ = 1.0187; p = 0.01798.
        QVERIFY(text.contains("m = max xj = 9"));
        QVERIFY(text.contains("0.00033546"));
        QVERIFY(text.contains("Σ = Σj ex"));
        QVERIFY(text.contains("= 1.0187"));
        QVERIFY(text.contains("p = ex − m / Σ = 0.018316 / 1.0187 = 0.01798"));
        QVERIFY(text.contains("Check: Σj pj = 1 ✓"));
        QVERIFY(steps.html.contains("<i>x</i><sub>6</sub>"));  // x₆ is 1-based row-major
        QVERIFY(steps.html.contains("<i>x</i><sub>10</sub>")); // x[0,2,0,1] = 9
        // Naive: e^1 + e^5 + e^9 = 2.7183 + 148.41 + 8103.1 = 8254.2 (hand arithmetic), no overflow.
        QVERIFY(text.contains("8254.2"));
        QVERIFY(!text.contains("Overflow"));
    }

    void indexLabelsOnRequest()
    {
        const core::StepTrace t = trace(arange(12), {1, 3, 2, 2}, 1, 5);
        const ui::StepHtml steps = ui::StepHtml::build(t, core::Shape::checked({1, 3, 2, 2}), {"B", "C", "H", "W"},
                                                       ui::LabelStyle::Index);
        QVERIFY(plain(steps).contains("x[0,1,0,1] ◀"));
        QVERIFY(plain(steps).contains("x[0,2,0,1]"));
    }

    void everyNumberHasItsFullPrecisionBehindIt()
    {
        const core::StepTrace t = trace(arange(12), {1, 3, 2, 2}, 1, 5);
        const ui::StepHtml steps = ui::StepHtml::build(t, core::Shape::checked({1, 3, 2, 2}), {"B", "C", "H", "W"},
                                                       ui::LabelStyle::Symbolic);
        QCOMPARE(steps.html.count("href=\"value:"), steps.fullValues.size());
        // The float32 result in full: PyTorch's 1.7980e-02 is 0.017980287 as a float.
        QVERIFY(steps.fullValues.contains("0.017980287"));
    }

    void naiveFormOverflows()
    {
        // e^100 overflows float32 (max ≈ 3.4e38, e^88.7); the stable form gives 1 and 0.
        const core::StepTrace t = trace({100, 0}, {2}, 0, 0);
        const QString text = plain(ui::StepHtml::build(t, core::Shape::checked({2}), {"W"}, ui::LabelStyle::Symbolic));
        QVERIFY2(text.contains("Overflow: ex exceeds the largest float32 number"), qPrintable(text));
        QVERIFY(text.contains("the naive form gives nan"));
        QVERIFY(text.contains("p = ex − m / Σ = 1 / 1 = 1"));
    }

    void logSoftmaxAndTemperature()
    {
        // x = (1, 3), T = 2: z = (0.5, 1.5), m = 1.5, Σ = 1 + e^-1 = 1.3679, log Σ = 0.31326,
        // log p₁ = −1 − 0.31326 = −1.3133 (hand arithmetic).
        const core::StepTrace t = trace({1, 3}, {2}, 0, 0, core::Op::LogSoftmax, 2.0);
        const QString text = plain(ui::StepHtml::build(t, core::Shape::checked({2}), {"W"}, ui::LabelStyle::Symbolic));
        QVERIFY2(text.contains("Divide by the temperature"), qPrintable(text));
        QVERIFY(text.contains("z = x / T"));
        QVERIFY(text.contains("1.3679"));
        QVERIFY(text.contains("log Σ = 0.31326"));
        QVERIFY(text.contains("= −1 − 0.31326 = −1.3133"));
        QVERIFY(!text.contains("Check:"));
    }

    void singleElementGroup()
    {
        const core::StepTrace t = trace(arange(12), {1, 3, 2, 2}, 0, 5);
        const QString text = plain(ui::StepHtml::build(t, core::Shape::checked({1, 3, 2, 2}), {"B", "C", "H", "W"},
                                                       ui::LabelStyle::Symbolic));
        QVERIFY(text.contains("its extent is 1, so this element is alone in its group"));
    }
};

QTEST_GUILESS_MAIN(TestStepHtml)
#include "tst_stephtml.moc"
