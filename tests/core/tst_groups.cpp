#include "groups.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <set>

Q_DECLARE_METATYPE(std::vector<std::int64_t>)

namespace {

// Plain reference: j shares i's denominator iff their multi-indices agree
// everywhere except along `dim`; members ordered by their index along `dim`.
std::vector<int> referenceMembers(const core::Shape &shape, int dim, int flat)
{
    const core::Index target = shape.multiIndex(flat);
    std::vector<int> members;
    for (int k = 0; k < shape.extent(dim); ++k) {
        core::Index index = target;
        index[std::size_t(dim)] = k;
        members.push_back(shape.flatIndex(index));
    }
    return members;
}

} // namespace

class TestGroups : public QObject {
    Q_OBJECT

private slots:
    void againstNestedLoops_data()
    {
        QTest::addColumn<std::vector<std::int64_t>>("extents");
        QTest::newRow("rank 1 (5)") << std::vector<std::int64_t>{5};
        QTest::newRow("rank 1 (1)") << std::vector<std::int64_t>{1};
        QTest::newRow("rank 2 (2,4)") << std::vector<std::int64_t>{2, 4};
        QTest::newRow("rank 2 (1,7)") << std::vector<std::int64_t>{1, 7};
        QTest::newRow("rank 3 (2,2,2)") << std::vector<std::int64_t>{2, 2, 2};
        QTest::newRow("rank 3 (3,1,4)") << std::vector<std::int64_t>{3, 1, 4};
        QTest::newRow("rank 4 (1,3,2,2)") << std::vector<std::int64_t>{1, 3, 2, 2};
        QTest::newRow("rank 4 (2,3,4,5)") << std::vector<std::int64_t>{2, 3, 4, 5};
        QTest::newRow("rank 4 (4,1,3,1)") << std::vector<std::int64_t>{4, 1, 3, 1};
    }
    void againstNestedLoops()
    {
        QFETCH(std::vector<std::int64_t>, extents);
        const core::Shape shape = core::Shape::checked(extents);
        for (int dim = 0; dim < shape.rank(); ++dim) {
            const core::GroupLayout layout(shape, core::Reduction::alongDim(dim));
            QCOMPARE(layout.groupSize(), shape.extent(dim));
            QCOMPARE(layout.groupCount(), shape.numel() / shape.extent(dim));
            const std::vector<int> ids = layout.groupIds();
            std::set<int> distinct(ids.begin(), ids.end());
            QCOMPARE(int(distinct.size()), layout.groupCount());
            QCOMPARE(*distinct.begin(), 0);
            QCOMPARE(*distinct.rbegin(), layout.groupCount() - 1);
            for (int flat = 0; flat < shape.numel(); ++flat) {
                const std::vector<int> expected = referenceMembers(shape, dim, flat);
                QCOMPARE(layout.membersOf(flat), expected);
                QCOMPARE(layout.positionInGroup(flat), shape.multiIndex(flat)[std::size_t(dim)]);
                for (int other = 0; other < shape.numel(); ++other) {
                    const bool shares = std::find(expected.begin(), expected.end(), other) != expected.end();
                    QCOMPARE(ids[std::size_t(other)] == ids[std::size_t(flat)], shares);
                }
            }
        }
    }

    void wholeTensorIsOneGroup()
    {
        const core::Shape shape = core::Shape::checked({2, 3, 2});
        const core::GroupLayout layout(shape, core::Reduction::whole());
        QCOMPARE(layout.groupCount(), 1);
        QCOMPARE(layout.groupSize(), 12);
        std::vector<int> all(12);
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(layout.membersOf(7), all);
        QCOMPARE(layout.positionInGroup(7), 7);
    }

    void tutorialGroups()
    {
        // seed 000: for arange(12).reshape(1,3,2,2), dim=1 groups 0, 4, 8; dim=2 groups 0, 2; dim=3 groups 0, 1.
        const core::Shape shape = core::Shape::checked({1, 3, 2, 2});
        QCOMPARE(core::GroupLayout(shape, core::Reduction::alongDim(1)).membersOf(0), (std::vector<int>{0, 4, 8}));
        QCOMPARE(core::GroupLayout(shape, core::Reduction::alongDim(2)).membersOf(4), (std::vector<int>{4, 6}));
        QCOMPARE(core::GroupLayout(shape, core::Reduction::alongDim(3)).membersOf(5), (std::vector<int>{4, 5}));
        QCOMPARE(core::GroupLayout(shape, core::Reduction::alongDim(0)).membersOf(5), (std::vector<int>{5}));
        // seed 004: x1 pairs with x5 along dim 0, x3 along dim 1, x2 along dim 2 (1-based labels).
        const core::Shape cube = core::Shape::checked({2, 2, 2});
        QCOMPARE(core::GroupLayout(cube, core::Reduction::alongDim(0)).membersOf(0), (std::vector<int>{0, 4}));
        QCOMPARE(core::GroupLayout(cube, core::Reduction::alongDim(1)).membersOf(0), (std::vector<int>{0, 2}));
        QCOMPARE(core::GroupLayout(cube, core::Reduction::alongDim(2)).membersOf(0), (std::vector<int>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
