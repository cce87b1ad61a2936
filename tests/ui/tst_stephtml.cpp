// The steps panel's content: every step of the tutorials' example in numbers,
// the members' table, the naive form with its overflow, log_softmax and T.
#include "groupstepsmodel.h"
#include "stephtml.h"

#include "steptrace.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextDocument>

namespace {

QString plain(const ui::StepHtml &steps)
{
    QTextDocument document;
    document.setHtml(steps.group + "<br>" + steps.stable + "<br>" + steps.naive);
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

const core::Shape bchw = core::Shape::checked({1, 3, 2, 2});
const std::vector<QString> names = {"B", "C", "H", "W"};

} // namespace

class TestStepHtml : public QObject {
    Q_OBJECT

private slots:
    void channelGroupOfTheTutorialExample()
    {
        // seed 000: arange(12).reshape(1,3,2,2), dim 1; x[0,1,0,1] = 5 with 1 and 9.
        const ui::StepHtml steps = ui::StepHtml::build(trace(arange(12), {1, 3, 2, 2}, 1, 5), bchw, names,
                                                       ui::LabelStyle::Symbolic);
        const QString text = plain(steps);
        // x₆: the tutorials' 1-based, row-major label of x[0,1,0,1]
        QCOMPARE(steps.group, QString("Group of x₆ along dim 1 (C, also dim=−3): these 3 elements share one denominator."));
        // Hand arithmetic: m = 9; Σ = e^-8 + e^-4 + 1 = 1.0187; p = 0.018316 / 1.0187 = 0.01798.
        QVERIFY(text.contains("m = max xj = 9"));
        QVERIFY(text.contains("= 1.0187"));
        QVERIFY(text.contains("p = ex − m / Σ = 0.018316 / 1.0187 = 0.01798"));
        QVERIFY(text.contains("Check: Σj pj = 1 ✓"));
        // Naive: e^1 + e^5 + e^9 = 2.7183 + 148.41 + 8103.1 = 8254.2 (hand arithmetic), no overflow.
        QVERIFY2(text.contains("exj: 2.7183, 148.41, 8103.1"), qPrintable(text));
        QVERIFY(text.contains("8254.2"));
        QVERIFY(!text.contains("Overflow"));
    }

    void membersTable()
    {
        ui::GroupStepsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(trace(arange(12), {1, 3, 2, 2}, 1, 5), bchw, ui::LabelStyle::Symbolic);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.explainedRow(), 1);
        const QStringList header = {"element", "x", "x − m", "e^(x − m)", "p"};
        for (int column = 0; column < 5; ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header[column]);
        // Row x₂ = 1: 1 − 9 = −8, e^-8 = 0.00033546, p = 0.00032932 (PyTorch prints 3.2932e-04).
        const QStringList first = {"x₂", "1", "−8", "0.00033546", "0.00032932"};
        for (int column = 0; column < 5; ++column)
            QCOMPARE(model.index(0, column).data().toString(), first[column]);
        QCOMPARE(model.index(1, 0).data().toString(), QString("x₆ ◀"));
        QVERIFY(model.index(1, 4).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(1, 4).data(Qt::ToolTipRole).toString(), QString("0.017980287"));
        model.setTrace(trace(arange(12), {1, 3, 2, 2}, 1, 5), bchw, ui::LabelStyle::Index);
        QCOMPARE(model.index(2, 0).data().toString(), QString("x[0,2,0,1]"));
    }

    void temperatureAddsAColumn()
    {
        ui::GroupStepsModel model;
        model.setTrace(trace({1, 3}, {2}, 0, 0, core::Op::LogSoftmax, 2.0), core::Shape::checked({2}),
                       ui::LabelStyle::Symbolic);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QString("z = x / T"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QString("log p"));
        QCOMPARE(model.index(0, 2).data().toString(), QString("0.5"));
    }

    void indexLabelsOnRequest()
    {
        const ui::StepHtml steps = ui::StepHtml::build(trace(arange(12), {1, 3, 2, 2}, 1, 5), bchw, names,
                                                       ui::LabelStyle::Index);
        QVERIFY(plain(steps).contains("Group of x[0,1,0,1] along dim 1"));
    }

    void everyNumberHasItsFullPrecisionBehindIt()
    {
        const ui::StepHtml steps = ui::StepHtml::build(trace(arange(12), {1, 3, 2, 2}, 1, 5), bchw, names,
                                                       ui::LabelStyle::Symbolic);
        QCOMPARE((steps.stable + steps.naive).count("href=\"value:"), steps.fullValues.size());
        // The float32 result in full: PyTorch's 1.7980e-02 is 0.017980287 as a float.
        QVERIFY(steps.fullValues.contains("0.017980287"));
    }

    void naiveFormOverflows()
    {
        // e^100 overflows float32 (max ≈ 3.4e38 = e^88.7); the stable form gives 1 and 0.
        const core::StepTrace t = trace({100, 0}, {2}, 0, 0);
        const QString text = plain(ui::StepHtml::build(t, core::Shape::checked({2}), {"W"}, ui::LabelStyle::Symbolic));
        QVERIFY2(text.contains("Overflow: ex exceeds the largest float32 number"), qPrintable(text));
        QVERIFY(text.contains("the naive form gives nan"));
        QVERIFY(text.contains("p = ex − m / Σ = 1 / 1 = 1"));
    }

    void longGroupsListTheEdgesInTheNaiveForm()
    {
        const ui::StepHtml steps = ui::StepHtml::build(trace(arange(64), {64}, 0, 30), core::Shape::checked({64}),
                                                       {"W"}, ui::LabelStyle::Symbolic);
        // e^0 … e^3, …, e^30, …, e^60 … e^63
        QVERIFY(plain(steps).contains("exj: 1, 2.7183, 7.3891, 20.086, …, 1.0686e+13, …, 1.142e+26"));
    }

    void logSoftmaxAndTemperature()
    {
        // x = (1, 3), T = 2: z = (0.5, 1.5), m = 1.5, Σ = 1 + e^-1 = 1.3679, log Σ = 0.31326,
        // log p₁ = −1 − 0.31326 = −1.3133 (hand arithmetic).
        const core::StepTrace t = trace({1, 3}, {2}, 0, 0, core::Op::LogSoftmax, 2.0);
        const QString text = plain(ui::StepHtml::build(t, core::Shape::checked({2}), {"W"}, ui::LabelStyle::Symbolic));
        QVERIFY2(text.contains("Divide by the temperature: zj = xj / T, T = 2"), qPrintable(text));
        QVERIFY(text.contains("1.3679"));
        QVERIFY(text.contains("log Σ = 0.31326"));
        QVERIFY(text.contains("= −1 − 0.31326 = −1.3133"));
        QVERIFY(!text.contains("Check:"));
    }

    void singleElementGroup()
    {
        const QString text = plain(ui::StepHtml::build(trace(arange(12), {1, 3, 2, 2}, 0, 5), bchw, names,
                                                       ui::LabelStyle::Symbolic));
        QVERIFY(text.contains("its extent is 1, so x₆ is alone in its group"));
    }
};

QTEST_MAIN(TestStepHtml)
#include "tst_stephtml.moc"
