// Where the fast kernels must give the same bits: PyTorch's e^x (golden/exp,
// from PyTorch itself), one row batched or alone, one or two threads, a copy or
// in place, outputs cached or streamed past the caches; and how close
// float32's log of a sum is. The column walks' own choices are in
// tst_fastsoftmaxcolumns.
#include "fastsoftmax.h"
#include "fastsoftmaxtesting.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <type_traits>

using namespace fastsoftmaxtesting;

// The packet helpers themselves, compiled here for this file's instruction set
// (SSE2 without FMA, unless the build asks for more), to test logOfSum alone.
#define FAST_SOFTMAX_ISA underTest
#include "fastsoftmaxpackets.inl"
#undef FAST_SOFTMAX_ISA

namespace {

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

/// How far the kernels' e^x may be from PyTorch's (SLEEF's, within one ulp of
/// e^x). With FMA: double is SLEEF's own, bit for bit; float's cheaper e^x is
/// within 2.1 ulps of e^x plus 0.21 ulp per unit of |x| (fastsoftmaxpackets.inl).
/// Without FMA, SLEEF's steps round twice: an ulp or two.
template <typename T>
std::int64_t allowedUlps(bool fused, double x)
{
    if (!fused)
        return 2;
    return std::is_same_v<T, double> ? 0 : std::int64_t(4 + std::abs(x) / 4);
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
        const auto check = [&](const std::vector<T> &got, const std::vector<T> &expected,
                               const std::vector<double> &inputs, const char *where) {
            for (std::size_t i = 0; i < got.size(); ++i)
                if (ulpsApart(got[i], expected[i]) > allowedUlps<T>(fused, inputs[i]))
                    return QStringLiteral("%1 kernels %2, element %3 (x = %4): got %5, PyTorch %6")
                        .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)), QLatin1String(where))
                        .arg(i)
                        .arg(inputs[i], 0, 'g', 9)
                        .arg(double(got[i]), 0, 'g', 17)
                        .arg(double(expected[i]), 0, 'g', 17);
            return QString();
        };
        const QString rowsWrong =
            check(fastOutput<T>(rowValues, {rows, length}, 1, options), want, rowValues, "along rows");
        QVERIFY2(rowsWrong.isEmpty(), qPrintable(rowsWrong));
        const QString columnsWrong =
            check(fastOutput<T>(columnValues, {length, rows}, 0, options), wantColumns, columnValues, "down columns");
        QVERIFY2(columnsWrong.isEmpty(), qPrintable(columnsWrong));
    }
}

} // namespace

class TestFastSoftmaxBits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("best kernels here: %s", core::fastSoftmaxInstructionSet()); }

    void exponentialsArePyTorchsBits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("float32") << QStringLiteral("sleef_expf.f32");
        QTest::newRow("float64") << QStringLiteral("sleef_exp.f64");
    }

    void exponentialsArePyTorchsBits()
    {
        // PyTorch's own e^x (golden/generate_fast_exp.py): rows [0, x…] whose
        // sum rounds to 1, so that softmax gives e^x unrounded; x from −104 to
        // −20.5, along rows and down columns. Within allowedUlps of PyTorch's:
        // double's bit for bit with FMA.
        QFETCH(QString, file);
        if (file.endsWith(QLatin1String("f32")))
            checkPyTorchsExponentials<float>(file);
        else
            checkPyTorchsExponentials<double>(file);
    }

    void floatExponentialNearTheMax()
    {
        // Where softmax's large outputs come from, x − m in [−17, 0]: rows and
        // columns [0, x], whose second output p = e^x / (1 + e^x) is within the
        // e^x's bound (allowedUlps) and three roundings (the sum, its inverse and
        // the product) of the exact value. The degree-5 Taylor polynomial for 2^f
        // instead of the fitted one fails here (up to 20–40 ulps near |f| = 1/2).
        constexpr std::int64_t count = 100000;
        std::mt19937 generator(17);
        std::uniform_real_distribution<double> uniform(-17.0, 0.0);
        std::vector<double> rowValues(2 * count), columnValues(2 * count);
        for (std::int64_t i = 0; i < count; ++i) {
            const double x = double(float(uniform(generator)));
            rowValues[std::size_t(2 * i + 1)] = x;
            columnValues[std::size_t(count + i)] = x;
        }
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline}) {
            const bool fused = std::strcmp(core::fastSoftmaxInstructionSet(kernels), "baseline") != 0;
            const FastSoftmaxOptions options{core::Op::Softmax, 1, kernels};
            const std::vector<float> alongRows = fastOutput<float>(rowValues, {count, 2}, 1, options);
            const std::vector<float> downColumns = fastOutput<float>(columnValues, {2, count}, 0, options);
            for (std::int64_t i = 0; i < count; ++i) {
                const double x = rowValues[std::size_t(2 * i + 1)];
                const float exact = float(1.0L / (1.0L + std::exp(-(long double)x)));
                const std::int64_t allowed = allowedUlps<float>(fused, x) + 3;
                const auto where = [&](float got) {
                    return QStringLiteral("%1 kernels, x = %2: got %3, exact %4")
                        .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)))
                        .arg(x, 0, 'g', 9)
                        .arg(double(got), 0, 'g', 9)
                        .arg(double(exact), 0, 'g', 9);
                };
                const float row = alongRows[std::size_t(2 * i + 1)];
                const float column = downColumns[std::size_t(count + i)];
                QVERIFY2(ulpsApart(row, exact) <= allowed, qPrintable(where(row)));
                QVERIFY2(ulpsApart(column, exact) <= allowed, qPrintable(where(column)));
            }
        }
    }

    void logOfSumOnItsOwn()
    {
        // Float sums from 1 to 2^26, a fifth of them (every run of a packet's
        // lanes, five packets apart), within an ulp of log S (in double), even
        // without FMA as compiled here; and NaN and +inf, which a column of
        // special values gives.
        using P = core::fastkernels::underTest::Packet<float>;
        constexpr int lanes = int(core::fastkernels::underTest::lanes<float>);
        std::uint32_t first = 0, last = 0;
        const float one = 1.0f, top = 67108864.0f;
        std::memcpy(&first, &one, 4);
        std::memcpy(&last, &top, 4);
        double worst = 0;
        float worstAt = 0;
        for (std::uint32_t bits = first; bits < last; bits += 5 * lanes) {
            alignas(64) float in[lanes], out[lanes];
            for (int l = 0; l < lanes; ++l) {
                const std::uint32_t b = bits + std::uint32_t(l);
                std::memcpy(&in[l], &b, 4);
            }
            Eigen::internal::pstore(out, core::fastkernels::underTest::logOfSum(Eigen::internal::pload<P>(in)));
            for (int l = 0; l < lanes; ++l) {
                const double exact = std::log(double(in[l]));
                const float rounded = float(exact);
                const double ulp = rounded == 0 ? std::numeric_limits<float>::denorm_min()
                                                : double(std::nextafter(rounded, INFINITY)) - double(rounded);
                const double error = std::abs(double(out[l]) - exact) / ulp;
                if (error > worst) {
                    worst = error;
                    worstAt = in[l];
                }
            }
        }
        QVERIFY2(worst <= 1.0, qPrintable(QStringLiteral("%1 ulps at %2").arg(worst).arg(double(worstAt), 0, 'g', 9)));
        alignas(64) float special[lanes], out[lanes];
        std::fill(special, special + lanes, std::numeric_limits<float>::infinity());
        special[0] = std::numeric_limits<float>::quiet_NaN();
        Eigen::internal::pstore(out, core::fastkernels::underTest::logOfSum(Eigen::internal::pload<P>(special)));
        QVERIFY(std::isnan(out[0]));
        QCOMPARE(out[1], std::numeric_limits<float>::infinity());
    }

    void logOfTheSumIsWithinAnUlp()
    {
        // n equal values: each e^(x − m) is e^0 = 1, so S = n and log_softmax is
        // −log n, which float32's log S (logOfSum, fastsoftmaxpackets.inl) gives
        // within an ulp: rows alone and batched, columns, every kernel set. The
        // sums cover mantissas near both ends of its range [0.75, 1.5).
        std::vector<std::int64_t> sizes;
        for (std::int64_t n = 1; n <= 300; ++n)
            sizes.push_back(n);
        for (std::int64_t power = 512; power <= 65536; power *= 2)
            for (std::int64_t n : {power - 1, power, power + 1, 3 * power / 2 - 1, 3 * power / 2, 3 * power / 2 + 1})
                sizes.push_back(n);
        constexpr std::int64_t groups = 20; // rows: sixteen batched and four alone
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
            for (std::int64_t n : sizes) {
                const std::vector<double> values(std::size_t(groups * n), 0.5);
                const float want = float(0.0 - std::log(double(n))); // +0 for n = 1, as (x − m) − log S
                const FastSoftmaxOptions options{core::Op::LogSoftmax, 1, kernels};
                for (int dim : {0, 1}) {
                    const std::vector<std::int64_t> extents = dim == 1 ? std::vector<std::int64_t>{groups, n}
                                                                       : std::vector<std::int64_t>{n, groups};
                    const std::vector<float> got = fastOutput<float>(values, extents, dim, options);
                    const auto worst = std::max_element(got.begin(), got.end(), [&](float a, float b) {
                        return ulpsApart(a, want) < ulpsApart(b, want);
                    });
                    QVERIFY2(ulpsApart(*worst, want) <= 1,
                             qPrintable(QStringLiteral("%1 kernels, %2 equal values along dim %3: got %4, −log n %5")
                                            .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)))
                                            .arg(n)
                                            .arg(dim)
                                            .arg(double(*worst), 0, 'g', 9)
                                            .arg(double(want), 0, 'g', 9)));
                }
            }
    }

    void batchedRowsAreTheLoneRowsBits()
    {
        // Rows go sixteen or four at a time, their maxima and sums reduced
        // together; a row left over, or alone, is reduced by itself. Either way
        // it gets the same bits: 23 different rows (sixteen, four, three left),
        // each against itself alone; every fourth row has special values (most
        // then hold a NaN, which makes every output NaN).
        // Lengths: whole packets and tails of every ISA, below and above a packet.
        constexpr std::int64_t count = 23;
        for (std::int64_t length : {3, 8, 9, 17, 20, 56, 64, 100, 512, 1000}) {
            std::vector<double> rows = randomValues(std::size_t(count * length), unsigned(length), false);
            for (std::int64_t r = 3; r < count; r += 4) {
                const std::vector<double> special = randomValues(std::size_t(length), unsigned(length + r), true);
                std::copy(special.begin(), special.end(), rows.begin() + r * length);
            }
            for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
                for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                    const FastSoftmaxOptions options{op, 1, kernels};
                    const std::vector<float> together = fastOutput<float>(rows, {count, length}, 1, options);
                    const std::vector<double> togetherDouble = fastOutput<double>(rows, {count, length}, 1, options);
                    for (std::int64_t r = 0; r < count; ++r) {
                        const auto rowOf = [&](const auto &all) {
                            using Vector = std::decay_t<decltype(all)>;
                            return Vector(all.begin() + r * length, all.begin() + (r + 1) * length);
                        };
                        const std::vector<double> row = rowOf(rows);
                        const QString where = QStringLiteral("%1 kernels, %2, length %3, row %4")
                                                  .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)),
                                                       QString::fromStdString(core::opName(op)))
                                                  .arg(length)
                                                  .arg(r);
                        QVERIFY2(sameValues(rowOf(together), fastOutput<float>(row, {length}, 0, options)),
                                 qPrintable(where));
                        QVERIFY2(sameValues(rowOf(togetherDouble), fastOutput<double>(row, {length}, 0, options)),
                                 qPrintable(where + QLatin1String(", float64")));
                    }
                }
        }
    }

    void threadsAndInPlaceGiveTheSameBits()
    {
        // Rows and tile edges of 24 and 20: packet tails that overlap for 8 and 16 lanes.
        // Threads split the column tiles differently, and a range's first tile
        // runs its e^x pass alone, the others beside the last pass of the tile
        // before: two compiled loops, so NaN's sign may differ (see below).
        const std::vector<std::int64_t> extents = {8, 64, 24, 20};
        const std::vector<double> values = randomValues(8 * 64 * 24 * 20, 11, true);
        for (int dim = 0; dim < 4; ++dim) {
            for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                const std::vector<float> one = fastOutput<float>(values, extents, dim, {op, 1});
                const std::vector<float> two = fastOutput<float>(values, extents, dim, {op, 2});
                QVERIFY(sameValues(one, two));
            }
            for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
                for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                    const std::vector<float> copied = fastOutput<float>(values, extents, dim, {op, 1, kernels});
                    QVERIFY(sameBits(copied, fastOutputInPlace<float>(values, extents, dim, {op, 1, kernels})));
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
        const std::size_t n = elementCount(shape);
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
                    QVERIFY(sameValues(fastOutputInPlace<float>(values, shape, dim, streamed), want));
                }
    }
};

QTEST_APPLESS_MAIN(TestFastSoftmaxBits)
#include "tst_fastsoftmaxbits.moc"
