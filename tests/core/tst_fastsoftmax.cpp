// The fast kernels against the teaching path (core::computeGroup, group by
// group, which the golden tests tie to PyTorch): every kernel path — contiguous
// rows with tails and long blocks, strided tiles with partial packets, several
// threads, squeezed size-1 dims, outputs streamed past the caches — for both
// dtypes, both ops and every instruction set, plus special values, long groups
// and bad arguments. tst_fastsoftmaxbits checks where the bits must be equal.
#include "error.h"
#include "fastsoftmax.h"
#include "fastsoftmaxtesting.h"
#include "softmax.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace fastsoftmaxtesting;

namespace {

template <typename T>
bool close(T got, T want, core::Op op)
{
    if (std::isnan(want) || std::isnan(got))
        return std::isnan(want) && std::isnan(got);
    if (std::isinf(want) || std::isinf(got))
        return got == want;
    const T eps = std::numeric_limits<T>::epsilon();
    const T tiny = std::numeric_limits<T>::denorm_min() * 8;
    const T scale = op == core::Op::LogSoftmax ? std::abs(want) + 1 : std::abs(want);
    return std::abs(got - want) <= 32 * eps * scale + tiny; // a few roundings of a long sum
}

/// The expected output from the teaching path, one group at a time.
std::vector<double> teachingOutput(const std::vector<double> &values, const std::vector<std::int64_t> &extents,
                                   int dim, core::DType dtype, core::Op op)
{
    std::int64_t outer = 1, inner = 1;
    for (int d = 0; d < dim; ++d)
        outer *= extents[std::size_t(d)];
    for (std::size_t d = std::size_t(dim) + 1; d < extents.size(); ++d)
        inner *= extents[d];
    const std::int64_t length = extents[std::size_t(dim)];
    // The fast kernels treat every column alike, as the packet path does (float32's
    // e^x is their own, within a few ulps of SLEEF's: tst_fastsoftmaxbits).
    const core::KernelPath path = inner == 1 ? core::KernelPath::ContiguousRow : core::KernelPath::StridedPacket;
    core::SoftmaxSpec spec;
    spec.op = op;
    std::vector<double> output(values.size());
    std::vector<double> group(static_cast<std::size_t>(length));
    for (std::int64_t o = 0; o < outer; ++o)
        for (std::int64_t j = 0; j < inner; ++j) {
            for (std::int64_t d = 0; d < length; ++d)
                group[std::size_t(d)] = values[std::size_t((o * length + d) * inner + j)];
            const core::GroupArithmetic result = core::computeGroup(group, dtype, spec, path);
            for (std::int64_t d = 0; d < length; ++d)
                output[std::size_t((o * length + d) * inner + j)] = result.outputs[std::size_t(d)];
        }
    return output;
}

/// One group's softmax in long double: NaN or +inf anywhere, or only −inf,
/// gives NaN everywhere (PyTorch's special values).
std::vector<double> exactOutput(const std::vector<double> &values, core::Op op)
{
    long double max = -INFINITY;
    bool nan = false;
    for (double v : values) {
        nan = nan || std::isnan(v) || v == INFINITY;
        max = std::max(max, (long double)v);
    }
    if (nan || max == -INFINITY)
        return std::vector<double>(values.size(), NAN);
    long double sum = 0;
    for (double v : values)
        sum += std::exp((long double)v - max);
    std::vector<double> out;
    for (double v : values)
        out.push_back(op == core::Op::LogSoftmax ? double(((long double)v - max) - std::log(sum))
                                                 : double(std::exp((long double)v - max) / sum));
    return out;
}

template <typename T>
void compareWithTeachingPath(const std::vector<std::int64_t> &extents, int dim, bool specials)
{
    const std::size_t n = elementCount(extents);
    const core::DType dtype = sizeof(T) == 4 ? core::DType::Float32 : core::DType::Float64;
    std::vector<double> values = randomValues(n, unsigned(n * 31 + std::size_t(dim)), specials);
    for (double &v : values)
        v = double(T(v)); // the tensor's own values
    for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
        const std::vector<double> want = teachingOutput(values, extents, dim, dtype, op);
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
            for (int threads : {1, 2, 3})
                for (Stores stores : {Stores::Cached, Stores::Streaming}) {
                    // Column maxima ahead with streamed stores, as Auto chooses both for
                    // tensors beyond the caches (and the bits test checks them apart).
                    const ColumnMax columnMax = stores == Stores::Streaming ? ColumnMax::Ahead : ColumnMax::PerTile;
                    const std::vector<T> got =
                        fastOutput<T>(values, extents, dim, {op, threads, kernels, stores, columnMax});
                    for (std::size_t i = 0; i < n; ++i)
                        if (!close(got[i], T(want[i]), op))
                            QFAIL(qPrintable(QString("%1 %2, %3 threads%9, %4 at %5: x = %6, got %7, want %8")
                                                 .arg(core::opName(op).c_str(), core::fastSoftmaxInstructionSet(kernels))
                                                 .arg(threads)
                                                 .arg(sizeof(T) == 4 ? "float32" : "float64")
                                                 .arg(i)
                                                 .arg(values[i], 0, 'g', 17)
                                                 .arg(double(got[i]), 0, 'g', 17)
                                                 .arg(want[i], 0, 'g', 17)
                                                 .arg(stores == Stores::Streaming ? ", streamed" : "")));
                }
    }
}

/// One long row's outputs in T against `want`, on every kernel set, one and two
/// threads, cached and streamed.
template <typename T>
void compareLongRow(const std::vector<double> &values, const std::vector<double> &want, core::Op op)
{
    const std::int64_t n = std::int64_t(values.size());
    for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
        for (int threads : {1, 2})
            for (Stores stores : {Stores::Cached, Stores::Streaming}) {
                const std::vector<T> got = fastOutput<T>(values, {n}, 0, {op, threads, kernels, stores});
                for (std::size_t i = 0; i < got.size(); ++i)
                    if (!close(got[i], T(want[i]), op))
                        QFAIL(qPrintable(QString("%1 %2, %3, %4 threads%5, at %6: got %7, want %8")
                                             .arg(core::opName(op).c_str(), core::fastSoftmaxInstructionSet(kernels),
                                                  sizeof(T) == 4 ? "float32" : "float64")
                                             .arg(threads)
                                             .arg(stores == Stores::Streaming ? ", streamed" : "")
                                             .arg(i)
                                             .arg(double(got[i]), 0, 'g', 17)
                                             .arg(want[i], 0, 'g', 17)));
            }
}

} // namespace

class TestFastSoftmax : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("best kernels here: %s", core::fastSoftmaxInstructionSet()); }

    void matchesTheTeachingPath_data()
    {
        QTest::addColumn<QList<qint64>>("extents");
        QTest::addColumn<int>("dim");
        QTest::addColumn<bool>("specials");
        const auto row = [](const char *name, QList<qint64> extents, int dim, bool specials = true) {
            QTest::newRow(name) << extents << dim << specials;
        };
        row("one element", {1}, 0);
        row("row shorter than a packet", {7}, 0);
        row("row of exactly one AVX packet", {8}, 0);
        row("row with a tail", {9}, 0);
        row("rows of 17", {5, 17}, 1);
        row("rows in sixteen, four and alone", {23, 56}, 1);
        row("2x3x4x5 dim 0", {2, 3, 4, 5}, 0);
        row("2x3x4x5 dim 1", {2, 3, 4, 5}, 1);
        row("2x3x4x5 dim 2", {2, 3, 4, 5}, 2);
        row("2x3x4x5 dim 3", {2, 3, 4, 5}, 3);
        row("size-1 dims squeezed away", {3, 1, 5, 1}, 2);
        row("size-1 dim reduced", {3, 1, 5}, 1);
        row("long rows past the sum block", {6, 2500}, 1);
        row("(256,1000,1,1) dim 1 is rows", {256, 1000, 1, 1}, 1);
        row("columns with a partial packet", {3, 40, 37}, 1);
        row("columns past the sum block", {2, 1100, 9}, 1);
        // Without special values: a NaN in nearly every long column makes it all NaN.
        row("columns past the sum block, finite", {2, 1100, 9}, 1, false);
        row("packets and a partial one past the sum block, finite", {2, 1030, 37}, 1, false);
        row("more than four packets past the sum block, finite", {1, 1030, 100}, 1, false);
        row("wide columns over several chunks and tiles", {2, 5, 1000}, 1);
        row("several tiles a chunk, the last one narrower", {2, 300, 300}, 1, false);
        row("dim 0 of a matrix", {33, 300}, 0);
        row("big enough for threads", {4, 64, 30, 30}, 1, false);
        row("big rows for threads", {300, 1000}, 1, false);
    }

    void matchesTheTeachingPath()
    {
        QFETCH(QList<qint64>, extents);
        QFETCH(int, dim);
        QFETCH(bool, specials);
        const std::vector<std::int64_t> shape(extents.begin(), extents.end());
        compareWithTeachingPath<float>(shape, dim, specials);
        compareWithTeachingPath<double>(shape, dim, specials);
    }

    void specialGroupsGivePyTorchsValues()
    {
        // Groups along the last dim and along dim 0 (strided), from PyTorch 1.13:
        // F.softmax(torch.tensor([[0., -inf], [-inf, -inf], [1., nan], [inf, 1.], [inf, -inf]]), dim=1)
        //   → [[1, 0], [nan, nan], [nan, nan], [nan, nan], [nan, nan]]
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<double> rows = {0, -inf, -inf, -inf, 1, nan, inf, 1, inf, -inf};
        const std::vector<double> want = {1, 0, nan, nan, nan, nan, nan, nan, nan, nan};
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline}) {
            const std::vector<float> byRow = fastOutput<float>(rows, {5, 2}, 1, {core::Op::Softmax, 1, kernels});
            // The same groups as columns: the transpose along dim 0.
            std::vector<double> transposed(10);
            for (int r = 0; r < 5; ++r)
                for (int c = 0; c < 2; ++c)
                    transposed[std::size_t(c * 5 + r)] = rows[std::size_t(r * 2 + c)];
            const std::vector<float> byColumn = fastOutput<float>(transposed, {2, 5}, 0, {core::Op::Softmax, 1, kernels});
            for (int r = 0; r < 5; ++r)
                for (int c = 0; c < 2; ++c) {
                    const double expected = want[std::size_t(r * 2 + c)];
                    QVERIFY(close(byRow[std::size_t(r * 2 + c)], float(expected), core::Op::Softmax));
                    QVERIFY(close(byColumn[std::size_t(c * 5 + r)], float(expected), core::Op::Softmax));
                }
            // log_softmax of [0, -inf] is [0, -inf]; a lone element is 0, or nan for ±inf.
            const std::vector<float> logs = fastOutput<float>({0, -inf}, {2}, 0, {core::Op::LogSoftmax, 1, kernels});
            QCOMPARE(logs, (std::vector<float>{0, -INFINITY}));
            const std::vector<float> lone = fastOutput<float>({3, inf, -inf}, {3, 1}, 1, {core::Op::Softmax, 1, kernels});
            QCOMPARE(lone[0], 1.0f);
            QVERIFY(std::isnan(lone[1]) && std::isnan(lone[2]));
        }
    }

    void longRowsCombineTheirBlocks_data()
    {
        // Rows beyond the caches are summed in blocks of 8192 and the blocks
        // combined (softmax on one thread keeps each block's e^(x − its max) and
        // scales it by e^(its max − the row's max) / S at the end): whole blocks
        // of −inf, NaN among them, all −inf, blocks far below the max. The teaching
        // path sums a group in float as PyTorch does, which is off by about 1e-4
        // at this length, so the reference here is exact arithmetic in long
        // double, with PyTorch's special values.
        QTest::addColumn<QString>("pattern");
        QTest::newRow("a block of -inf first") << "-inf block, then finite";
        QTest::newRow("a block of -inf last") << "finite, then -inf block";
        QTest::newRow("nan in a block of -inf") << "finite, then -inf block with nan";
        QTest::newRow("all -inf") << "all -inf";
        QTest::newRow("+inf in the last block") << "finite, then +inf at the end";
        QTest::newRow("blocks far below the max") << "low blocks, then finite";
    }

    void longRowsCombineTheirBlocks()
    {
        QFETCH(QString, pattern);
        const std::int64_t n = 700000; // 2.8 MB of float32, 5.6 MB of float64: rows beyond L2
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> values = randomValues(std::size_t(n), 3, false);
        if (pattern.startsWith("-inf block"))
            std::fill(values.begin(), values.begin() + 3 * 8192, -inf);
        if (pattern.startsWith("low blocks")) // around −5 with σ 0.5, the max near 24: factors near e^-27
            std::for_each(values.begin(), values.begin() + 3 * 8192 + 100, [](double &v) { v = v / 10 - 5; });
        if (pattern.contains("then -inf block"))
            std::fill(values.end() - 3 * 8192, values.end(), -inf);
        if (pattern.endsWith("with nan"))
            values[std::size_t(n - 5000)] = std::numeric_limits<double>::quiet_NaN();
        if (pattern == "all -inf")
            std::fill(values.begin(), values.end(), -inf);
        if (pattern.endsWith("+inf at the end"))
            values.back() = inf;
        for (double &v : values)
            v = double(float(v));
        for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
            const std::vector<double> want = exactOutput(values, op);
            compareLongRow<float>(values, want, op);
            compareLongRow<double>(values, want, op);
        }
    }

    void aGroupOf2To25StillSumsToOne()
    {
        // float accumulation stops at 2^24: summing 2^25 ones that way gives 2^24
        // and p = 2^-24. Blocked sums added in double keep p = 2^-25 exactly.
        const std::int64_t n = std::int64_t(1) << 25;
        std::vector<float> input(std::size_t(n), 0.0f);
        std::vector<float> output(input.size());
        const std::vector<std::int64_t> extents = {1, 1, 1, n};
        for (int threads : {1, 2}) { // one row alone, or shared by the threads
            std::fill(output.begin(), output.end(), 0.0f);
            core::fastSoftmax(std::span<const float>(input), std::span<float>(output), extents, 3,
                              {core::Op::Softmax, threads});
            QCOMPARE(output.front(), std::ldexp(1.0f, -25));
            QCOMPARE(output.back(), std::ldexp(1.0f, -25));
        }
        // Random values: the probabilities add up to 1 within float rounding.
        std::mt19937 generator(5);
        std::normal_distribution<float> normal(0.0f, 3.0f);
        for (float &v : input)
            v = normal(generator);
        core::fastSoftmax(std::span<const float>(input), std::span<float>(output), extents, -1);
        double sum = 0;
        for (float p : output)
            sum += p;
        QVERIFY2(std::abs(sum - 1.0) < 1e-5, qPrintable(QString::number(sum, 'g', 17)));
        // The same down a strided dim: (2^21, 16) along dim 0.
        const std::vector<std::int64_t> tall = {n / 16, 16};
        core::fastSoftmax(std::span<const float>(input), std::span<float>(output), tall, 0);
        for (int column = 0; column < 16; ++column) {
            double columnSum = 0;
            for (std::int64_t r = 0; r < n / 16; ++r)
                columnSum += output[std::size_t(r * 16 + column)];
            QVERIFY2(std::abs(columnSum - 1.0) < 1e-5, qPrintable(QString::number(columnSum, 'g', 17)));
        }
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QList<qint64>>("extents");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank 0") << QList<qint64>{} << 0 << 1 << "rank must be 1 to 4";
        QTest::newRow("rank 5") << QList<qint64>{1, 1, 1, 1, 1} << 0 << 1 << "rank must be 1 to 4";
        QTest::newRow("dim") << QList<qint64>{2, 3} << 2 << 6 << "Dimension out of range (expected to be in range of [-2, 1], but got 2)";
        QTest::newRow("zero extent") << QList<qint64>{2, 0} << 0 << 0 << "extent of dim 1 must be at least 1";
        QTest::newRow("overflow") << QList<qint64>{1 << 30, 1 << 30, 1 << 30} << 0 << 1 << "the product must fit";
        QTest::newRow("size") << QList<qint64>{2, 3} << 0 << 5 << "the shape holds 6 elements, but the input has 5";
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QList<qint64>, extents);
        QFETCH(int, dim);
        QFETCH(int, size);
        QFETCH(QString, message);
        const std::vector<std::int64_t> shape(extents.begin(), extents.end());
        std::vector<float> input(static_cast<std::size_t>(size));
        std::vector<float> output(static_cast<std::size_t>(size));
        try {
            core::fastSoftmax(std::span<const float>(input), std::span<float>(output), shape, dim);
            QFAIL("accepted");
        } catch (const core::InputError &error) {
            QVERIFY2(QString(error.what()).contains(message), error.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestFastSoftmax)
#include "tst_fastsoftmax.moc"
