#include "error.h"
#include "shape.h"

#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class TestShape : public QObject {
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<std::vector<std::int64_t>>("extents");
        QTest::addColumn<int>("numel");
        QTest::newRow("rank 1") << std::vector<std::int64_t>{4} << 4;
        QTest::newRow("B C H W") << std::vector<std::int64_t>{1, 3, 2, 2} << 12;
        QTest::newRow("largest extent") << std::vector<std::int64_t>{64} << 64;
        QTest::newRow("exactly 4096") << std::vector<std::int64_t>{64, 64} << 4096;
        QTest::newRow("4096 at rank 4") << std::vector<std::int64_t>{8, 8, 8, 8} << 4096;
    }
    void accepted()
    {
        QFETCH(std::vector<std::int64_t>, extents);
        QFETCH(int, numel);
        QCOMPARE(core::Shape::checked(extents).numel(), numel);
    }

    void refused_data()
    {
        QTest::addColumn<std::vector<std::int64_t>>("extents");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank 0") << std::vector<std::int64_t>{} << "rank must be 1 to 4, but the shape has 0 dims";
        QTest::newRow("rank 5") << std::vector<std::int64_t>{1, 1, 1, 1, 1}
                                << "rank must be 1 to 4, but the shape has 5 dims";
        QTest::newRow("zero extent") << std::vector<std::int64_t>{2, 0}
                                     << "extent of dim 1 must be 1 to 64, but got 0";
        QTest::newRow("negative extent") << std::vector<std::int64_t>{-3}
                                         << "extent of dim 0 must be 1 to 64, but got -3";
        QTest::newRow("extent 65") << std::vector<std::int64_t>{65} << "extent of dim 0 must be 1 to 64, but got 65";
        QTest::newRow("4097 elements") << std::vector<std::int64_t>{64, 64, 2}
                                       << "a tensor may hold at most 4096 elements, but this shape has more";
        QTest::newRow("product would overflow int64")
            << std::vector<std::int64_t>{std::numeric_limits<std::int64_t>::max(), 2}
            << "extent of dim 0 must be 1 to 64, but got 9223372036854775807";
    }
    void refused()
    {
        QFETCH(std::vector<std::int64_t>, extents);
        QFETCH(QString, message);
        try {
            core::Shape::checked(extents);
            QFAIL("accepted");
        } catch (const core::InputError &error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
        }
    }

    void indexRoundTrip()
    {
        const core::Shape shape = core::Shape::checked({2, 3, 4, 5});
        for (int flat = 0; flat < shape.numel(); ++flat)
            QCOMPARE(shape.flatIndex(shape.multiIndex(flat)), flat);
        QCOMPARE(shape.multiIndex(1 * 60 + 2 * 20 + 3 * 5 + 4), (core::Index{1, 2, 3, 4}));
        QCOMPARE(shape.stride(0), 60);
        QCOMPARE(shape.stride(3), 1);
    }

    void pythonTupleText()
    {
        QCOMPARE(core::Shape::checked({4}).toString(), std::string("(4,)"));
        QCOMPARE(core::Shape::checked({1, 3, 2, 2}).toString(), std::string("(1, 3, 2, 2)"));
    }

    void dimNames()
    {
        QCOMPARE(core::defaultDimNames(4), (std::vector<std::string>{"B", "C", "H", "W"}));
        QCOMPARE(core::defaultDimNames(2), (std::vector<std::string>{"H", "W"}));
    }
};

QTEST_GUILESS_MAIN(TestShape)
#include "tst_shape.moc"
