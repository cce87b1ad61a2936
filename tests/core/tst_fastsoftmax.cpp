// The fast kernels against the teaching path (core::computeGroup, group by
// group, which the golden tests tie to PyTorch): every kernel path — contiguous
// rows with tails and long blocks, strided tiles with partial packets, several
// threads, squeezed size-1 dims, outputs streamed past the caches — for both
// dtypes, both ops and every instruction set, plus special values, long groups
// and bad arguments; and e^x against PyTorch's own bits (golden/exp).
#include "error.h"
#include "fastsoftmax.h"
#include "softmax.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using core::FastSoftmaxOptions;
using Kernels = FastSoftmaxOptions::Kernels;
using Stores = FastSoftmaxOptions::Stores;

namespace {

/// A value mix: mostly normal(0, 5), some wide, and (when `specials`) nan, ±inf,
/// subnormals and values near the float32 overflow of e^x.
std::vector<double> randomValues(std::size_t n, unsigned seed, bool specials)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> normal(0.0, 5.0);
    std::uniform_int_distribution<int> pick(0, 99);
    std::vector<double> values(n);
    for (double &v : values) {
        const int kind = pick(generator);
        if (!specials || kind < 85)
            v = normal(generator);
        else if (kind < 88)
            v = -std::numeric_limits<double>::infinity();
        else if (kind < 90)
            v = std::numeric_limits<double>::quiet_NaN();
        else if (kind < 91)
            v = std::numeric_limits<double>::infinity();
        else if (kind < 94)
            v = 1e-40 * normal(generator);
        else if (kind < 97)
            v = 88.7 + normal(generator);
        else
            v = 1e30 * normal(generator);
    }
    return values;
}

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
    const core::KernelPath path = inner == 1 ? core::KernelPath::ContiguousRow : core::KernelPath::StridedColumn;
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

/// `count` elements from `offset` elements past a 64-byte boundary: the
/// alignment streamed outputs need (offset 0), or not (offset 1).
template <typename T>
class AlignedBuffer {
public:
    AlignedBuffer(std::size_t count, std::size_t offset) : m_storage(count + offset + 64 / sizeof(T))
    {
        const std::size_t misalignment = reinterpret_cast<std::uintptr_t>(m_storage.data()) % 64;
        const std::size_t start = (misalignment ? (64 - misalignment) / sizeof(T) : 0) + offset;
        m_span = std::span<T>(m_storage.data() + start, count);
    }
    std::span<T> span() const { return m_span; }

private:
    std::vector<T> m_storage;
    std::span<T> m_span;
};

/// The same bits in each element, or NaN in both.
template <typename T>
bool sameValues(const std::vector<T> &a, const std::vector<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(std::isnan(a[i]) && std::isnan(b[i])) && std::memcmp(&a[i], &b[i], sizeof(T)) != 0)
            return false;
    return true;
}

/// How many representable values apart a and b are (both finite, same sign).
template <typename T>
std::int64_t ulpsApart(T a, T b)
{
    using Bits = std::conditional_t<sizeof(T) == 4, std::int32_t, std::int64_t>;
    Bits x = 0, y = 0;
    std::memcpy(&x, &a, sizeof(T));
    std::memcpy(&y, &b, sizeof(T));
    return std::abs(std::int64_t(x) - std::int64_t(y));
}

template <typename T>
std::vector<T> fastOutput(const std::vector<double> &values, const std::vector<std::int64_t> &extents, int dim,
                          FastSoftmaxOptions options, std::size_t outputOffset = 0)
{
    const std::vector<T> input(values.begin(), values.end());
    const AlignedBuffer<T> output(input.size(), outputOffset);
    core::fastSoftmax(std::span<const T>(input), output.span(), extents, dim, options);
    return std::vector<T>(output.span().begin(), output.span().end());
}

/// Softmax of the rows in golden/exp/`name` (x, then PyTorch's softmax), along
/// rows and, transposed, down columns, with every kernel set.
template <typename T>
void checkPyTorchsExponentials(const QString &name)
{
    QFile file(QStringLiteral(GOLDEN_DIR "/exp/") + name);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    constexpr std::int64_t rows = 200, length = 16;
    QCOMPARE(bytes.size(), qsizetype(2 * rows * length * sizeof(T)));
    std::vector<T> x(rows * length), want(rows * length);
    std::memcpy(x.data(), bytes.constData(), x.size() * sizeof(T));
    std::memcpy(want.data(), bytes.constData() + x.size() * sizeof(T), want.size() * sizeof(T));
    std::vector<double> rowValues(x.begin(), x.end()), columnValues(x.size());
    std::vector<T> wantColumns(x.size());
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t d = 0; d < length; ++d) {
            columnValues[std::size_t(d * rows + r)] = double(x[std::size_t(r * length + d)]);
            wantColumns[std::size_t(d * rows + r)] = want[std::size_t(r * length + d)];
        }
    for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline}) {
        const bool fused = std::strcmp(core::fastSoftmaxInstructionSet(kernels), "baseline") != 0;
        const FastSoftmaxOptions options{core::Op::Softmax, 1, kernels};
        const std::int64_t allowed = fused ? 0 : 2;
        const auto check = [&](const std::vector<T> &got, const std::vector<T> &expected, const char *where) {
            for (std::size_t i = 0; i < got.size(); ++i)
                if (ulpsApart(got[i], expected[i]) > allowed)
                    return QStringLiteral("%1 kernels %2, element %3: got %4, PyTorch %5")
                        .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)), QLatin1String(where))
                        .arg(i)
                        .arg(double(got[i]), 0, 'g', 17)
                        .arg(double(expected[i]), 0, 'g', 17);
            return QString();
        };
        const QString rowsWrong = check(fastOutput<T>(rowValues, {rows, length}, 1, options), want, "along rows");
        QVERIFY2(rowsWrong.isEmpty(), qPrintable(rowsWrong));
        const QString columnsWrong =
            check(fastOutput<T>(columnValues, {length, rows}, 0, options), wantColumns, "down columns");
        QVERIFY2(columnsWrong.isEmpty(), qPrintable(columnsWrong));
    }
}

template <typename T>
void compareWithTeachingPath(const std::vector<std::int64_t> &extents, int dim, bool specials)
{
    std::size_t n = 1;
    for (std::int64_t e : extents)
        n *= std::size_t(e);
    const core::DType dtype = sizeof(T) == 4 ? core::DType::Float32 : core::DType::Float64;
    std::vector<double> values = randomValues(n, unsigned(n * 31 + std::size_t(dim)), specials);
    for (double &v : values)
        v = double(T(v)); // the tensor's own values
    for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
        const std::vector<double> want = teachingOutput(values, extents, dim, dtype, op);
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
            for (int threads : {1, 2, 3})
                for (Stores stores : {Stores::Cached, Stores::Streaming}) {
                    const std::vector<T> got = fastOutput<T>(values, extents, dim, {op, threads, kernels, stores});
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
        row("wide columns over several chunks and tiles", {2, 5, 1000}, 1);
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
        // combined: whole blocks of −inf, NaN among them, all −inf. The teaching
        // path sums a group in float as PyTorch does, which is off by about 1e-4
        // at this length, so the reference here is exact arithmetic in long
        // double, with PyTorch's special values.
        QTest::addColumn<QString>("pattern");
        QTest::newRow("a block of -inf first") << "-inf block, then finite";
        QTest::newRow("a block of -inf last") << "finite, then -inf block";
        QTest::newRow("nan in a block of -inf") << "finite, then -inf block with nan";
        QTest::newRow("all -inf") << "all -inf";
        QTest::newRow("+inf in the last block") << "finite, then +inf at the end";
    }

    void longRowsCombineTheirBlocks()
    {
        QFETCH(QString, pattern);
        const std::int64_t n = 700000; // 2.8 MB of float32: past the two-pass threshold
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> values = randomValues(std::size_t(n), 3, false);
        if (pattern.startsWith("-inf block"))
            std::fill(values.begin(), values.begin() + 3 * 8192, -inf);
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
            for (int threads : {1, 2}) {
                const std::vector<float> got = fastOutput<float>(values, {n}, 0, {op, threads});
                for (std::size_t i = 0; i < got.size(); ++i)
                    if (!close(got[i], float(want[i]), op))
                        QFAIL(qPrintable(QString("%1, %2 threads, at %3: got %4, want %5")
                                             .arg(core::opName(op).c_str())
                                             .arg(threads)
                                             .arg(i)
                                             .arg(double(got[i]))
                                             .arg(want[i])));
            }
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
        core::fastSoftmax(std::span<const float>(input), std::span<float>(output), extents, 3);
        QCOMPARE(output.front(), std::ldexp(1.0f, -25));
        QCOMPARE(output.back(), std::ldexp(1.0f, -25));
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

    void threadsAndInPlaceGiveTheSameBits()
    {
        // Rows and tile edges of 24 and 20: packet tails that overlap for 8 and 16 lanes.
        const std::vector<std::int64_t> extents = {8, 64, 24, 20};
        const std::vector<double> values = randomValues(8 * 64 * 24 * 20, 11, true);
        for (int dim = 0; dim < 4; ++dim) {
            for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                const std::vector<float> one = fastOutput<float>(values, extents, dim, {op, 1});
                const std::vector<float> two = fastOutput<float>(values, extents, dim, {op, 2});
                QVERIFY(std::memcmp(one.data(), two.data(), one.size() * sizeof(float)) == 0);
            }
            for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
                for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                    const std::vector<float> copied = fastOutput<float>(values, extents, dim, {op, 1, kernels});
                    std::vector<float> inPlace(values.begin(), values.end());
                    core::fastSoftmax(std::span<const float>(inPlace), std::span<float>(inPlace), extents, dim,
                                      {op, 1, kernels});
                    QVERIFY(std::memcmp(copied.data(), inPlace.data(), copied.size() * sizeof(float)) == 0);
                }
        }
    }

    void exponentialsArePyTorchsBits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("float32") << QStringLiteral("sleef_expf.f32");
        QTest::newRow("float64") << QStringLiteral("sleef_exp.f64");
    }

    void exponentialsArePyTorchsBits()
    {
        // PyTorch's own e^x (golden/generate_fast_exp.py): rows [0, x…] whose
        // sum rounds to 1, so that softmax gives e^x unrounded. With FMA the
        // kernels compute SLEEF's e^x as PyTorch does, bit for bit, along rows and
        // down columns; the baseline kernels (no FMA) round the polynomial's steps
        // twice, and stay within an ulp or two.
        QFETCH(QString, file);
        if (file.endsWith(QLatin1String("f32")))
            checkPyTorchsExponentials<float>(file);
        else
            checkPyTorchsExponentials<double>(file);
    }

    void batchedRowsAreTheLoneRowsBits()
    {
        // Rows go four at a time, their maxima and sums reduced together; a row
        // left over, or alone, is reduced by itself. Either way it gets the same
        // bits: five copies of a row (four batched, one left) and the row alone.
        // Lengths: whole packets and tails of every ISA, below and above a packet.
        for (std::int64_t length : {3, 8, 9, 17, 20, 56, 64, 100, 512, 1000}) {
            const std::vector<double> row = randomValues(std::size_t(length), unsigned(length), true);
            std::vector<double> rows;
            for (int copy = 0; copy < 5; ++copy)
                rows.insert(rows.end(), row.begin(), row.end());
            for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
                for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                    const FastSoftmaxOptions options{op, 1, kernels};
                    const std::vector<float> alone = fastOutput<float>(row, {length}, 0, options);
                    const std::vector<float> five = fastOutput<float>(rows, {5, length}, 1, options);
                    const std::vector<double> aloneDouble = fastOutput<double>(row, {length}, 0, options);
                    const std::vector<double> fiveDouble = fastOutput<double>(rows, {5, length}, 1, options);
                    for (std::int64_t copy = 0; copy < 5; ++copy) {
                        const auto at = [&](const auto &all) {
                            using Vector = std::decay_t<decltype(all)>;
                            return Vector(all.begin() + copy * length, all.begin() + (copy + 1) * length);
                        };
                        const QString where = QStringLiteral("%1 kernels, %2, length %3, copy %4")
                                                  .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)),
                                                       QString::fromStdString(core::opName(op)))
                                                  .arg(length)
                                                  .arg(copy);
                        QVERIFY2(sameValues(at(five), alone), qPrintable(where));
                        QVERIFY2(sameValues(at(fiveDouble), aloneDouble), qPrintable(where + QLatin1String(", float64")));
                    }
                }
        }
    }

    void streamedOutputsAreTheCachedBits_data()
    {
        QTest::addColumn<QList<qint64>>("extents");
        QTest::addColumn<int>("dim");
        const auto row = [](const char *name, QList<qint64> extents, int dim) { QTest::newRow(name) << extents << dim; };
        row("rows of 32 in batches of four", {12, 32}, 1);
        row("rows of 48, one left after the batches", {5, 48}, 1);
        row("rows of 40: whole AVX2 packets, not AVX-512 ones", {8, 40}, 1);
        row("rows of 20: whole packets of AVX2 doubles only", {8, 20}, 1);
        row("rows longer than a batch's buffer", {4, 528}, 1);
        row("columns: an inner extent of 48", {3, 40, 48}, 1);
        row("columns over several chunks and tiles", {2, 300, 640}, 1);
        row("columns whose rows are not packet-aligned: cached", {2, 9, 1004}, 1);
        row("a dim too long for a streamed tile", {9000, 16}, 0);
        row("4-D, dim 1", {2, 64, 16, 16}, 1);
    }

    void streamedOutputsAreTheCachedBits()
    {
        // Streaming changes where the stores go, never a bit of what they store
        // (but for NaN's sign, which follows the compiler's operand order and
        // which PyTorch does not print): aligned and misaligned outputs, in place too.
        QFETCH(QList<qint64>, extents);
        QFETCH(int, dim);
        const std::vector<std::int64_t> shape(extents.begin(), extents.end());
        std::size_t n = 1;
        for (std::int64_t e : shape)
            n *= std::size_t(e);
        const std::vector<double> values = randomValues(n, unsigned(n), true);
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
            for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax})
                for (int threads : {1, 2}) {
                    const FastSoftmaxOptions cached{op, threads, kernels, Stores::Cached};
                    FastSoftmaxOptions streamed = cached;
                    streamed.stores = Stores::Streaming;
                    const std::vector<float> want = fastOutput<float>(values, shape, dim, cached);
                    for (std::size_t offset : {0, 1}) {
                        const std::vector<float> got = fastOutput<float>(values, shape, dim, streamed, offset);
                        QVERIFY(sameValues(got, want));
                    }
                    const std::vector<double> wantDouble = fastOutput<double>(values, shape, dim, cached);
                    const std::vector<double> gotDouble = fastOutput<double>(values, shape, dim, streamed);
                    QVERIFY(sameValues(gotDouble, wantDouble));
                    AlignedBuffer<float> inPlace(n, 0);
                    std::copy(values.begin(), values.end(), inPlace.span().begin());
                    core::fastSoftmax(std::span<const float>(inPlace.span()), inPlace.span(), shape, dim, streamed);
                    QVERIFY(sameValues(std::vector<float>(inPlace.span().begin(), inPlace.span().end()), want));
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
