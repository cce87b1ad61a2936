// Expected numbers by hand (Python's math module on the same inputs), never
// from the code under test.
#include "steptrace.h"

#include <QTest>

#include <cmath>

namespace {

core::Tensor tensor(std::vector<std::int64_t> extents, std::vector<double> values,
                    core::DType dtype = core::DType::Float32)
{
    return core::Tensor::fromValues(core::Shape::checked(extents), std::move(values), dtype);
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class TestStepTrace : public QObject {
    Q_OBJECT

private slots:
    void threeClassesStepByStep()
    {
        // seed 001: scores -3, 1.5, 2.7. m = 2.7; e^(-5.7) = 0.0033459654574712720,
        // e^(-1.2) = 0.30119421191220214, e^0 = 1; S = 1.3045401773696734;
        // p2 = 0.30119421191220214 / 1.3045401773696734 = 0.23088 (the tutorial's 0.2308
        // comes from rounding e^x to 4.48 first).
        const core::StepTrace trace = core::traceElement(tensor({3}, {-3, 1.5, 2.7}),
                                                         {core::Reduction::alongDim(0), core::Op::Softmax, 1.0}, 1);
        QCOMPARE(trace.members, (std::vector<int>{0, 1, 2}));
        QCOMPARE(trace.position, 1);
        QVERIFY(near(trace.stable.max, 2.7));
        QVERIFY(near(trace.stable.exps[0], 0.0033459654574712720));
        QVERIFY(near(trace.stable.exps[1], 0.30119421191220214));
        QCOMPARE(trace.stable.exps[2], 1.0);
        QVERIFY(near(trace.stable.sum, 1.3045401773696734));
        QVERIFY(near(trace.result(), 0.2308815505));
        QVERIFY(!trace.naiveOverflows);
        QVERIFY(near(trace.naiveExps[1], 4.4816890703380645));
    }

    void groupAlongChannels()
    {
        // seed 000, x[0,1,0,1] = 5 along dim 1 shares its denominator with 1 and 9.
        std::vector<double> values(12);
        for (int i = 0; i < 12; ++i)
            values[std::size_t(i)] = i;
        const core::StepTrace trace = core::traceElement(tensor({1, 3, 2, 2}, values),
                                                         {core::Reduction::alongDim(1), core::Op::Softmax, 1.0}, 5);
        QCOMPARE(trace.members, (std::vector<int>{1, 5, 9}));
        QCOMPARE(trace.inputs, (std::vector<double>{1, 5, 9}));
        QCOMPARE(trace.stable.max, 9.0);
        QCOMPARE(trace.stable.shifted, (std::vector<double>{-8, -4, 0}));
        QVERIFY(near(trace.result(), 0.017980287)); // e^-4 / (e^-8 + e^-4 + 1)
    }

    void naiveFormOverflowsInFloat32()
    {
        // e^100 is beyond float32's 3.4e38 (overflow from x ≈ 88.72), finite in float64.
        const core::SoftmaxSpec spec{core::Reduction::alongDim(0), core::Op::Softmax, 1.0};
        const core::StepTrace narrow = core::traceElement(tensor({2}, {100, 0}), spec, 0);
        QVERIFY(narrow.naiveOverflows);
        QVERIFY(std::isinf(narrow.naiveSum));
        QVERIFY(std::isnan(narrow.naiveOutputs[0]));
        QCOMPARE(narrow.result(), 1.0);
        const core::StepTrace wide = core::traceElement(tensor({2}, {100, 0}, core::DType::Float64), spec, 0);
        QVERIFY(!wide.naiveOverflows);
        QVERIFY(near(wide.naiveOutputs[0], 1.0));
        // float64 overflows from x ≈ 709.78.
        QVERIFY(core::traceElement(tensor({2}, {710, 0}, core::DType::Float64), spec, 0).naiveOverflows);
    }

    void logSoftmaxSteps()
    {
        // log_softmax([1, 2]) = (x - 2) - log(e^-1 + 1) = [-1.3132617, -0.3132617]
        const core::StepTrace trace = core::traceElement(
            tensor({2}, {1, 2}), {core::Reduction::alongDim(0), core::Op::LogSoftmax, 1.0}, 0);
        QVERIFY(near(trace.stable.logSum, 0.31326168751822286));
        QVERIFY(near(trace.result(), -1.3132616875182228));
    }

    void temperatureDividesFirst()
    {
        // T = 2: z = [0.5, 1]; p0 = e^-0.5 / (e^-0.5 + 1) = 0.37754067
        const core::StepTrace trace
            = core::traceElement(tensor({2}, {1, 2}), {core::Reduction::alongDim(0), core::Op::Softmax, 2.0}, 0);
        QCOMPARE(trace.stable.scaled, (std::vector<double>{0.5, 1.0}));
        QCOMPARE(trace.inputs, (std::vector<double>{1.0, 2.0}));
        QVERIFY(near(trace.result(), 0.3775406688));
    }

    void traceAgreesWithTheWholeTensorKernel()
    {
        std::vector<double> values(60);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = std::cos(double(i) * 2.3) * 5;
        const core::Tensor x = tensor({3, 4, 5}, values);
        for (int dim = 0; dim < 3; ++dim) {
            const core::SoftmaxSpec spec{core::Reduction::alongDim(dim), core::Op::Softmax, 1.0};
            const core::Tensor y = core::applySoftmax(x, spec);
            for (int flat = 0; flat < 60; ++flat)
                QCOMPARE(core::traceElement(x, spec, flat).result(), y.values[std::size_t(flat)]);
        }
    }
};

QTEST_GUILESS_MAIN(TestStepTrace)
#include "tst_steptrace.moc"
