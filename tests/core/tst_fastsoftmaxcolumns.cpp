// Where the walks along a strided dim must give the same bits whichever way
// they go: rows last to first or first to last, column maxima ahead or per
// tile, short dims' groups in registers or in tiles, planned for the caches or
// beyond them (NaN's sign aside: the loops are compiled apart).
#include "fastsoftmax.h"
#include "fastsoftmaxtesting.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

using namespace fastsoftmaxtesting;

namespace {

/// Checks that `options` and `options` changed by `change` give the same bits
/// along `dim` of `shape` (float32, float32 in place, float64), with every
/// kernel set, both ops, one and two threads, and cached and streamed stores.
/// A failure names the combination, after `context`; the caller returns on
/// QTest::currentTestFailed().
template <typename Change>
void checkSameBits(const std::vector<double> &values, const std::vector<std::int64_t> &shape, int dim,
                   const FastSoftmaxOptions &options, const Change &change, const QString &context = {})
{
    for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
        for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax})
            for (int threads : {1, 2})
                for (Stores stores : {Stores::Cached, Stores::Streaming}) {
                    FastSoftmaxOptions one = options;
                    one.op = op;
                    one.threads = threads;
                    one.kernels = kernels;
                    one.stores = stores;
                    FastSoftmaxOptions other = one;
                    change(other);
                    const QString where = context + QStringLiteral("%1 kernels, %2, %3 thread(s), %4 stores")
                                                        .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)),
                                                             QString::fromStdString(core::opName(op)))
                                                        .arg(threads)
                                                        .arg(stores == Stores::Cached ? "cached" : "streamed");
                    const std::vector<float> want = fastOutput<float>(values, shape, dim, one);
                    QVERIFY2(sameValues(fastOutput<float>(values, shape, dim, other), want), qPrintable(where));
                    QVERIFY2(sameValues(fastOutputInPlace<float>(values, shape, dim, other), want),
                             qPrintable(where + QLatin1String(", in place")));
                    QVERIFY2(sameValues(fastOutput<double>(values, shape, dim, other),
                                        fastOutput<double>(values, shape, dim, one)),
                             qPrintable(where + QLatin1String(", float64")));
                }
}

} // namespace

class TestFastSoftmaxColumns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("best kernels here: %s", core::fastSoftmaxInstructionSet()); }

    void rowsLastToFirstGiveTheSameBits()
    {
        // Columns whose rows are a multiple of 4 KiB apart, more of them than L1
        // keeps (21), take their max and last passes last row first
        // (rowsShareL1Sets); rows 1000 elements apart go first to last. Each
        // column must come out the same either way: finite columns, and columns
        // whose max is +0 and −0 in either order, alone or beside NaN, ±inf or
        // only −inf.
        constexpr std::int64_t rows = 21, aliased = 1024, apart = 1000;
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> columns = randomValues(std::size_t(rows * aliased), 21, false); // column j's row d at [j * rows + d]
        const auto plant = [&](std::int64_t j, std::initializer_list<std::pair<std::int64_t, double>> entries) {
            for (std::int64_t d = 0; d < rows; ++d)
                columns[std::size_t(j * rows + d)] = -1.0 - double(d % 5);
            for (const auto &[d, v] : entries)
                columns[std::size_t(j * rows + d)] = v;
        };
        plant(0, {{3, -0.0}, {17, 0.0}});
        plant(1, {{3, 0.0}, {17, -0.0}});
        plant(2, {{0, -0.0}, {20, 0.0}, {10, -0.0}});
        plant(3, {{5, -0.0}});
        plant(4, {{5, -0.0}, {6, NAN}, {15, 0.0}});
        plant(5, {{2, inf}, {19, -0.0}});
        plant(17, {{1, 0.0}, {4, -inf}, {20, -0.0}});
        for (std::int64_t d = 0; d < rows; ++d)
            columns[std::size_t(33 * rows + d)] = -inf;
        const auto tensor = [&](std::int64_t width) {
            std::vector<double> values(std::size_t(rows * width));
            for (std::int64_t d = 0; d < rows; ++d)
                for (std::int64_t j = 0; j < width; ++j)
                    values[std::size_t(d * width + j)] = columns[std::size_t(j * rows + d)];
            return values;
        };
        const std::vector<double> lastFirst = tensor(aliased), firstLast = tensor(apart);
        const auto check = [&](const auto &one, const auto &other, const QString &where) {
            for (std::int64_t d = 0; d < rows; ++d)
                for (std::int64_t j = 0; j < apart; ++j) {
                    const auto a = one[std::size_t(d * aliased + j)], b = other[std::size_t(d * apart + j)];
                    QVERIFY2((std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof(a)) == 0,
                             qPrintable(where + QStringLiteral(", row %1 of column %2: %3 and %4")
                                                    .arg(d)
                                                    .arg(j)
                                                    .arg(double(a), 0, 'g', 17)
                                                    .arg(double(b), 0, 'g', 17)));
                }
        };
        for (Kernels kernels : {Kernels::Best, Kernels::Avx2, Kernels::Baseline})
            for (core::Op op : {core::Op::Softmax, core::Op::LogSoftmax}) {
                const FastSoftmaxOptions options{op, 1, kernels};
                const QString where = QStringLiteral("%1 kernels, %2")
                                          .arg(QLatin1String(core::fastSoftmaxInstructionSet(kernels)),
                                               QString::fromStdString(core::opName(op)));
                check(fastOutput<float>(lastFirst, {rows, aliased}, 0, options),
                      fastOutput<float>(firstLast, {rows, apart}, 0, options), where);
                check(fastOutput<double>(lastFirst, {rows, aliased}, 0, options),
                      fastOutput<double>(firstLast, {rows, apart}, 0, options), where + QLatin1String(", float64"));
            }
    }

    void columnMaxAheadIsTheSameBits_data()
    {
        QTest::addColumn<QList<qint64>>("extents");
        QTest::addColumn<int>("dim");
        const auto row = [](const char *name, QList<qint64> extents, int dim) { QTest::newRow(name) << extents << dim; };
        row("one tile a slice, slice after slice", {4, 40, 48}, 1);
        row("a last packet at the tile's edge", {3, 40, 37}, 1);
        row("several tiles a chunk, and a narrower last one", {2, 600, 300}, 1);
        row("columns over several chunks and tiles", {2, 300, 640}, 1);
        row("rows not packet-aligned", {2, 9, 1004}, 1);
        row("tiles narrower than a packet in between", {5, 30, 3}, 1);
        row("4-D, dim 2", {2, 3, 64, 20}, 2);
    }

    void columnMaxAheadIsTheSameBits()
    {
        // Each tile's column maxima taken during the tile before it (the order of
        // the comparisons unchanged) give the same bits as a max pass per tile
        // (but for NaN's sign, as above: the two are compiled apart): tiles of
        // whole packets and with a last packet at the edge, across chunks and
        // slices, streamed or not, in place too.
        QFETCH(QList<qint64>, extents);
        QFETCH(int, dim);
        const std::vector<std::int64_t> shape(extents.begin(), extents.end());
        const std::size_t n = elementCount(shape);
        const std::vector<double> values = randomValues(n, unsigned(n) + 7, true);
        FastSoftmaxOptions perTile;
        perTile.columnMax = ColumnMax::PerTile;
        checkSameBits(values, shape, dim, perTile, [](FastSoftmaxOptions &o) { o.columnMax = ColumnMax::Ahead; });
    }

    void beyondTheCachesIsTheSameBits_data()
    {
        QTest::addColumn<QList<qint64>>("extents");
        QTest::addColumn<int>("dim");
        const auto row = [](const char *name, QList<qint64> extents, int dim) { QTest::newRow(name) << extents << dim; };
        row("one tile a slice, slice after slice", {4, 40, 48}, 1);
        row("a last packet at the tile's edge", {3, 40, 37}, 1);
        row("several tiles a chunk, and a narrower last one", {2, 600, 300}, 1);
        row("columns over several chunks and tiles", {2, 300, 640}, 1);
        row("rows not packet-aligned", {2, 30, 1004}, 1);
        row("rows 4 KiB apart, walked last to first", {2, 40, 1024}, 1);
        row("tiles narrower than a packet in between", {5, 30, 3}, 1);
        row("a dim of 20, in registers beyond the caches", {3, 20, 100}, 1);
        row("dim 0 of a matrix", {300, 40}, 0);
    }

    void beyondTheCachesIsTheSameBits()
    {
        // Planned for a tensor beyond the caches, the kernels prefetch the next
        // tile, softmax runs each tile's last pass beside the next tile's e^x
        // (its e^x in two buffers, one for each tile) and dims of 17 to 24 go in
        // registers; the results are the bits of the plan for the caches: tiles
        // of whole packets and with a last packet at the edge, narrower than a
        // packet, across chunks and slices, maxima ahead or per tile, streamed or
        // not, one or two threads, in place too.
        QFETCH(QList<qint64>, extents);
        QFETCH(int, dim);
        const std::vector<std::int64_t> shape(extents.begin(), extents.end());
        const std::size_t n = elementCount(shape);
        const std::vector<double> values = randomValues(n, unsigned(n) + 11, true);
        for (ColumnMax columnMax : {ColumnMax::PerTile, ColumnMax::Ahead}) {
            FastSoftmaxOptions caches;
            caches.columnMax = columnMax;
            caches.memory = Memory::Caches;
            const QString maxima = columnMax == ColumnMax::Ahead ? QStringLiteral("maxima ahead, ")
                                                                 : QStringLiteral("maxima per tile, ");
            checkSameBits(values, shape, dim, caches, [](FastSoftmaxOptions &o) { o.memory = Memory::Beyond; }, maxima);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void shortColumnsInRegistersAreTheTilesBits_data()
    {
        QTest::addColumn<QList<qint64>>("extents");
        QTest::addColumn<int>("dim");
        const auto row = [](const QString &name, QList<qint64> extents, int dim) {
            QTest::newRow(qPrintable(name)) << extents << dim;
        };
        // Every dim from 2 to 25 (one past the longest held, 24 with AVX-512, 8
        // without): two packets and a partial one of each 8 and 16 lanes.
        for (qint64 n = 2; n <= 25; ++n)
            row(QStringLiteral("dim of %1, a partial packet at the edge").arg(n), {2, n, 37}, 1);
        row("whole packets only", {3, 21, 48}, 1);
        row("columns fewer than a packet", {5, 8, 3}, 1);
        row("columns over several chunks and tiles", {2, 20, 640}, 1);
        row("rows not packet-aligned", {2, 9, 1004}, 1);
        row("4-D, dim 1", {2, 16, 16, 16}, 1);
        row("dim 0 of a matrix", {24, 300}, 0);
    }

    void shortColumnsInRegistersAreTheTilesBits()
    {
        // Each packet of columns with its group in registers (dims of at most
        // 24) gives the bits of the three passes over tiles (but for NaN's sign,
        // as above): every dim length up to one past the longest held, whole and
        // partial packets, across chunks and tiles, streamed or not, one or two
        // threads, in place too; columns of only −inf, with +0 and −0 as the max
        // in either order, and with +inf, beside the random specials.
        QFETCH(QList<qint64>, extents);
        QFETCH(int, dim);
        const std::vector<std::int64_t> shape(extents.begin(), extents.end());
        const std::size_t n = elementCount(shape);
        std::vector<double> values = randomValues(n, unsigned(n) + 3, true);
        const std::int64_t length = shape[std::size_t(dim)];
        std::int64_t inner = 1;
        for (std::size_t k = std::size_t(dim) + 1; k < shape.size(); ++k)
            inner *= shape[k];
        const double inf = std::numeric_limits<double>::infinity();
        const auto plant = [&](std::int64_t column, std::initializer_list<std::pair<std::int64_t, double>> entries,
                               double others) {
            for (std::int64_t d = 0; d < length; ++d)
                values[std::size_t(d * inner + column)] = others - double(d % 3);
            for (const auto &[d, v] : entries)
                values[std::size_t(std::min(d, length - 1) * inner + column)] = v;
        };
        plant(0, {}, -inf);
        plant(1 % inner, {{0, -0.0}, {length - 1, 0.0}}, -1.0);
        plant(2 % inner, {{0, 0.0}, {length - 1, -0.0}}, -1.0);
        plant(inner - 1, {{length / 2, inf}}, 3.0);
        FastSoftmaxOptions tiles;
        tiles.shortColumns = ShortColumns::Tiles;
        checkSameBits(values, shape, dim, tiles,
                      [](FastSoftmaxOptions &o) { o.shortColumns = ShortColumns::InRegisters; });
    }
};

QTEST_APPLESS_MAIN(TestFastSoftmaxColumns)
#include "tst_fastsoftmaxcolumns.moc"
