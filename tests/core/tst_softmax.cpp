#include "error.h"
#include "groups.h"
#include "softmax.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
const double notANumber = std::numeric_limits<double>::quiet_NaN();

core::Tensor tensor(std::vector<std::int64_t> extents, std::vector<double> values,
                    core::DType dtype = core::DType::Float32)
{
    return core::Tensor::fromValues(core::Shape::checked(extents), std::move(values), dtype);
}

core::Tensor apply(const core::Tensor &input, int dim, core::Op op = core::Op::Softmax, double temperature = 1.0)
{
    return core::applySoftmax(input, {core::Reduction::alongDim(dim), op, temperature});
}

// Textbook softmax in long double by nested loops over (outer, k, inner).
std::vector<double> referenceSoftmax(const core::Tensor &input, int dim, bool log, double temperature)
{
    const core::Shape &shape = input.shape;
    int outer = 1;
    for (int d = 0; d < dim; ++d)
        outer *= shape.extent(d);
    const int extent = shape.extent(dim);
    const int inner = shape.stride(dim);
    std::vector<double> result(input.values.size());
    for (int o = 0; o < outer; ++o)
        for (int i = 0; i < inner; ++i) {
            long double max = -INFINITY;
            for (int k = 0; k < extent; ++k)
                max = std::max<long double>(max, input.values[std::size_t((o * extent + k) * inner + i)] / temperature);
            long double sum = 0;
            for (int k = 0; k < extent; ++k)
                sum += std::exp(input.values[std::size_t((o * extent + k) * inner + i)] / temperature - max);
            for (int k = 0; k < extent; ++k) {
                const long double z = input.values[std::size_t((o * extent + k) * inner + i)] / temperature - max;
                result[std::size_t((o * extent + k) * inner + i)]
                    = double(log ? z - std::log(sum) : std::exp(z) / sum);
            }
        }
    return result;
}

bool sameSpecial(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b;
}

} // namespace

class TestSoftmax : public QObject {
    Q_OBJECT

private slots:
    void againstNestedLoopReference_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<bool>("log");
        QTest::addColumn<double>("temperature");
        for (int dtype : {0, 1})
            for (bool log : {false, true})
                for (double temperature : {1.0, 0.5, 3.0}) {
                    const QString name = QStringLiteral("%1 %2 T=%3")
                                             .arg(dtype ? "float64" : "float32", log ? "log_softmax" : "softmax")
                                             .arg(temperature);
                    QTest::newRow(qPrintable(name)) << dtype << log << temperature;
                }
    }
    void againstNestedLoopReference()
    {
        QFETCH(int, dtype);
        QFETCH(bool, log);
        QFETCH(double, temperature);
        const auto type = dtype ? core::DType::Float64 : core::DType::Float32;
        const double tolerance = dtype ? 1e-13 : 2e-6;
        std::mt19937 generator(7);
        std::normal_distribution<double> normal(0.0, 3.0);
        for (const std::vector<std::int64_t> &extents :
             std::vector<std::vector<std::int64_t>>{{7}, {3, 5}, {2, 3, 4}, {2, 3, 4, 5}, {1, 17, 1, 3}, {64, 64}}) {
            const core::Shape shape = core::Shape::checked(extents);
            std::vector<double> values(std::size_t(shape.numel()));
            for (double &value : values)
                value = normal(generator);
            const core::Tensor input = core::Tensor::fromValues(shape, values, type);
            for (int dim = 0; dim < shape.rank(); ++dim) {
                const core::Tensor output
                    = apply(input, dim, log ? core::Op::LogSoftmax : core::Op::Softmax, temperature);
                const std::vector<double> expected = referenceSoftmax(input, dim, log, temperature);
                for (std::size_t i = 0; i < expected.size(); ++i)
                    QVERIFY2(std::abs(output.values[i] - expected[i]) <= tolerance * std::max(1.0, std::abs(expected[i])),
                             qPrintable(QStringLiteral("dim %1 element %2: %3 vs %4")
                                            .arg(dim)
                                            .arg(i)
                                            .arg(output.values[i], 0, 'g', 17)
                                            .arg(expected[i], 0, 'g', 17)));
            }
        }
    }

    void everyGroupSumsToOne()
    {
        std::vector<double> values(120);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = std::sin(double(i) * 1.7) * 6;
        const core::Tensor x = tensor({2, 3, 4, 5}, values);
        for (int dim = 0; dim < 4; ++dim) {
            const core::Tensor y = apply(x, dim);
            const core::GroupLayout layout(x.shape, core::Reduction::alongDim(dim));
            for (int group = 0; group < layout.groupCount(); ++group) {
                double sum = 0;
                for (int member : layout.membersOfGroup(group))
                    sum += y.values[std::size_t(member)];
                QVERIFY(std::abs(sum - 1.0) < 1e-6);
            }
        }
    }

    void addingAConstantChangesNothing()
    {
        const core::Tensor x = tensor({2, 4}, {1, 2, 3, 4, -1, 0.5, 2, 8});
        const core::Tensor shifted = tensor({2, 4}, {101, 102, 103, 104, -1, 0.5, 2, 8});
        const core::Tensor a = apply(x, 1);
        const core::Tensor b = apply(shifted, 1);
        for (std::size_t i = 0; i < 8; ++i)
            QVERIFY(std::abs(a.values[i] - b.values[i]) < 1e-6);
    }

    void largeInputsStayFinite()
    {
        // Naively e^1000 overflows (float32 beyond 88.72); with m subtracted it cannot.
        const core::Tensor y = apply(tensor({3}, {1000, 999, 998}), 0);
        // Hand arithmetic: e^0, e^-1, e^-2 over their sum 1.5032147.
        QVERIFY(std::abs(y.values[0] - 0.66524096) < 1e-6);
        QVERIFY(std::abs(y.values[1] - 0.24472847) < 1e-6);
        QVERIFY(std::abs(y.values[2] - 0.09003057) < 1e-6);
    }

    void specialValues_data()
    {
        QTest::addColumn<std::vector<double>>("input");
        QTest::addColumn<std::vector<double>>("softmax");
        QTest::addColumn<std::vector<double>>("logSoftmax");
        // PyTorch 1.13 (see tests/golden for the same cases generated by torch).
        QTest::newRow("nan poisons the group") << std::vector<double>{1, notANumber, 2} << std::vector<double>{notANumber, notANumber, notANumber}
                                               << std::vector<double>{notANumber, notANumber, notANumber};
        QTest::newRow("+inf gives nan") << std::vector<double>{1, inf, 2} << std::vector<double>{notANumber, notANumber, notANumber}
                                        << std::vector<double>{notANumber, notANumber, notANumber};
        QTest::newRow("all -inf gives nan") << std::vector<double>{-inf, -inf} << std::vector<double>{notANumber, notANumber}
                                            << std::vector<double>{notANumber, notANumber};
        QTest::newRow("-inf beside finite is 0") << std::vector<double>{-inf, 0} << std::vector<double>{0, 1}
                                                 << std::vector<double>{-inf, 0};
        QTest::newRow("single element is exactly 1") << std::vector<double>{123.5} << std::vector<double>{1}
                                                     << std::vector<double>{0};
    }
    void specialValues()
    {
        QFETCH(std::vector<double>, input);
        QFETCH(std::vector<double>, softmax);
        QFETCH(std::vector<double>, logSoftmax);
        const core::Tensor x = tensor({std::int64_t(input.size())}, input);
        const core::Tensor p = apply(x, 0);
        const core::Tensor logP = apply(x, 0, core::Op::LogSoftmax);
        for (std::size_t i = 0; i < input.size(); ++i) {
            QVERIFY(sameSpecial(p.values[i], softmax[i]));
            QVERIFY(sameSpecial(logP.values[i], logSoftmax[i]));
        }
    }

    void extentOneGivesOnes()
    {
        // seed 000: with one batch item, dim 0 groups hold one element each: e^x / e^x = 1.
        std::vector<double> values(12);
        std::iota(values.begin(), values.end(), 0.0);
        const core::Tensor y = apply(tensor({1, 3, 2, 2}, values), 0);
        for (double v : y.values)
            QCOMPARE(v, 1.0);
    }

    void wholeTensor()
    {
        const core::Tensor x = tensor({2, 2}, {0, 0, 0, 0});
        const core::Tensor y = core::applySoftmax(x, {core::Reduction::whole(), core::Op::Softmax, 1.0});
        for (double v : y.values)
            QCOMPARE(v, 0.25);
    }

    void temperatureMustBePositiveAndFinite_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -1.0;
        QTest::newRow("nan") << notANumber;
        QTest::newRow("inf") << inf;
    }
    void temperatureMustBePositiveAndFinite()
    {
        QFETCH(double, temperature);
        QVERIFY_THROWS_EXCEPTION(core::InputError, apply(tensor({2}, {1, 2}), 0, core::Op::Softmax, temperature));
    }

    void temperatureSharpensAndFlattens()
    {
        const core::Tensor x = tensor({3}, {1, 2, 3});
        QVERIFY(apply(x, 0, core::Op::Softmax, 0.05).values[2] > 0.999);
        const core::Tensor flat = apply(x, 0, core::Op::Softmax, 1000);
        QVERIFY(std::abs(flat.values[0] - 1.0 / 3) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestSoftmax)
#include "tst_softmax.moc"
