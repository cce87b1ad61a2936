// Where elements sit in the views: B rows of C tiles of H×W, labels and gaps.
#include "tensorgrid.h"

#include <QTest>

using ui::TensorGrid;
using Kind = ui::TensorGrid::CellKind;

Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class TestTensorGrid : public QObject {
    Q_OBJECT

private slots:
    void tableSize_data()
    {
        QTest::addColumn<std::vector<std::int64_t>>("extents");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("labels");
        // rank 4: B × (label + H) rows; C tiles of W columns with C − 1 gaps
        QTest::newRow("1x3x2x2") << std::vector<std::int64_t>{1, 3, 2, 2} << 3 << 8 << true;
        QTest::newRow("2x3x1x2") << std::vector<std::int64_t>{2, 3, 1, 2} << 4 << 8 << true;
        QTest::newRow("1x1x4x4 one tile") << std::vector<std::int64_t>{1, 1, 4, 4} << 4 << 4 << false;
        QTest::newRow("rank 3") << std::vector<std::int64_t>{2, 2, 3} << 3 << 7 << true;
        QTest::newRow("rank 2") << std::vector<std::int64_t>{2, 4} << 2 << 4 << false;
        QTest::newRow("rank 1") << std::vector<std::int64_t>{5} << 1 << 5 << false;
        QTest::newRow("64x64x1x1") << std::vector<std::int64_t>{64, 64, 1, 1} << 128 << 127 << true;
    }

    void tableSize()
    {
        QFETCH(std::vector<std::int64_t>, extents);
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(bool, labels);
        const TensorGrid grid(core::Shape::checked(extents));
        QCOMPARE(grid.rowCount(), rows);
        QCOMPARE(grid.columnCount(), columns);
        QCOMPARE(grid.hasTileLabels(), labels);
    }

    void everyElementHasExactlyOneCell_data()
    {
        tableSize_data();
    }

    void everyElementHasExactlyOneCell()
    {
        QFETCH(std::vector<std::int64_t>, extents);
        const core::Shape shape = core::Shape::checked(extents);
        const TensorGrid grid(shape);
        std::vector<int> seen(std::size_t(shape.numel()), 0);
        for (int row = 0; row < grid.rowCount(); ++row) {
            for (int column = 0; column < grid.columnCount(); ++column) {
                const int flat = grid.elementAt(row, column);
                QCOMPARE(flat >= 0, grid.kind(row, column) == Kind::Element);
                if (flat < 0)
                    continue;
                ++seen[std::size_t(flat)];
                QCOMPARE(grid.rowOf(flat), row);
                QCOMPARE(grid.columnOf(flat), column);
            }
        }
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int count) { return count == 1; }));
    }

    void rank4TilesAreLabelledAndOrdered()
    {
        const TensorGrid grid(core::Shape::checked({2, 3, 2, 2}));
        // Row 0 is the label row of b = 0, rows 1–2 its H×W rows; row 3 labels b = 1.
        QCOMPARE(grid.kind(0, 0), Kind::TileLabel);
        QCOMPARE(grid.tileLabel(0, 0), std::string("x[0, 0, :, :]"));
        QCOMPARE(grid.tileLabel(3, 6), std::string("x[1, 2, :, :]"));
        QCOMPARE(grid.compactTileLabel(3, 6), std::string("1,2"));
        QCOMPARE(grid.kind(1, 2), Kind::Gap);
        // x[0,1,0,1]: flat 5, row 1 (h 0), column 3 + 1
        QCOMPARE(grid.elementAt(1, 4), 5);
        // x[1,2,1,0]: flat 12 + 8 + 2 = 22, row 3 + 1 + 1, column 6
        QCOMPARE(grid.elementAt(5, 6), 22);
        QCOMPARE(grid.columnIndex(4), 1);
        QCOMPARE(grid.columnIndex(2), -1);
        QCOMPARE(grid.rowIndex(0), -1);
        QCOMPARE(grid.rowIndex(5), 1);
    }

    void lowerRanksUseFewerIndices()
    {
        QCOMPARE(TensorGrid(core::Shape::checked({2, 2, 3})).tileLabel(0, 4), std::string("x[1, :, :]"));
        const TensorGrid vector(core::Shape::checked({4}));
        QCOMPARE(vector.elementAt(0, 3), 3);
        QCOMPARE(vector.kind(0, 3), Kind::Element);
    }

    void outsideTheTableIsNoElement()
    {
        const TensorGrid grid(core::Shape::checked({2, 2}));
        QCOMPARE(grid.elementAt(-1, 0), -1);
        QCOMPARE(grid.elementAt(0, 2), -1);
        QCOMPARE(grid.elementAt(2, 0), -1);
    }
};

QTEST_GUILESS_MAIN(TestTensorGrid)
#include "tst_tensorgrid.moc"
