#include "dims.h"
#include "error.h"

#include <QTest>

class TestDims : public QObject {
    Q_OBJECT

private slots:
    void wrapDim_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("wrapped");
        QTest::newRow("dim 0 of rank 4") << 0 << 4 << 0;
        QTest::newRow("dim 3 of rank 4") << 3 << 4 << 3;
        QTest::newRow("-1 is the last dim") << -1 << 4 << 3;
        QTest::newRow("-4 is the first dim of rank 4") << -4 << 4 << 0;
        QTest::newRow("-3 is C at rank 4") << -3 << 4 << 1;
        QTest::newRow("-1 of rank 1") << -1 << 1 << 0;
    }
    void wrapDim()
    {
        QFETCH(int, dim);
        QFETCH(int, rank);
        QFETCH(int, wrapped);
        QCOMPARE(core::wrapDim(dim, rank), wrapped);
    }

    void outOfRange_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("message");
        // Texts as PyTorch 1.13 raises them (IndexError).
        QTest::newRow("4 at rank 4") << 4 << 4
                                     << "Dimension out of range (expected to be in range of [-4, 3], but got 4)";
        QTest::newRow("-5 at rank 4") << -5 << 4
                                      << "Dimension out of range (expected to be in range of [-4, 3], but got -5)";
        QTest::newRow("1 at rank 1") << 1 << 1
                                     << "Dimension out of range (expected to be in range of [-1, 0], but got 1)";
    }
    void outOfRange()
    {
        QFETCH(int, dim);
        QFETCH(int, rank);
        QFETCH(QString, message);
        try {
            core::wrapDim(dim, rank);
            QFAIL("no error");
        } catch (const core::InputError &error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
        }
    }

    void implicitDim_data()
    {
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("dim");
        // torch.nn.functional._get_softmax_dim: 0 if ndim in (0, 1, 3) else 1.
        QTest::newRow("rank 1 -> 0") << 1 << 0;
        QTest::newRow("rank 2 -> 1") << 2 << 1;
        QTest::newRow("rank 3 -> 0") << 3 << 0;
        QTest::newRow("rank 4 -> 1") << 4 << 1;
    }
    void implicitDim()
    {
        QFETCH(int, rank);
        QFETCH(int, dim);
        QCOMPARE(core::pytorchImplicitDim(rank), dim);
    }

    void implicitWarning()
    {
        QCOMPARE(QString::fromStdString(core::pytorchImplicitDimWarning(core::Op::Softmax)),
                 "Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an "
                 "argument.");
        QCOMPARE(QString::fromStdString(core::pytorchImplicitDimWarning(core::Op::LogSoftmax)),
                 "Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as "
                 "an argument.");
    }

    void frameworkDefaults()
    {
        QCOMPARE(core::tensorflowDefaultAxis(4), 3);
        QCOMPARE(core::tensorflowDefaultAxis(1), 0);
        QCOMPARE(core::numpyHelperDefaultAxis({1, 3, 2, 2}), 1);
        QCOMPARE(core::numpyHelperDefaultAxis({2, 3}), 0);
        QCOMPARE(core::numpyHelperDefaultAxis({1, 1, 5}), 2);
        QCOMPARE(core::numpyHelperDefaultAxis({4}), 0);
    }
};

QTEST_GUILESS_MAIN(TestDims)
#include "tst_dims.moc"
