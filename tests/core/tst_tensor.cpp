// Tensor helpers: reshaping that keeps values, group probability sums.
#include "softmax.h"
#include "tensor.h"

#include <QTest>

#include <cmath>

class TestTensor : public QObject {
    Q_OBJECT

private slots:
    void resizeAtTheSameRankKeepsIndices()
    {
        // 2×3 arange → 3×2: x[i][j] kept where both shapes have it, new ones 0.
        const core::Tensor x = core::filledTensor(core::Shape::checked({2, 3}), core::Fill::Arange,
                                                  core::DType::Float32);
        const core::Tensor y = core::resizedTensor(x, core::Shape::checked({3, 2}));
        QCOMPARE(y.values, (std::vector<double>{0, 1, 3, 4, 0, 0}));
        QCOMPARE(y.dimNames, x.dimNames);
    }

    void resizeAcrossRanksKeepsTheRowMajorPrefix()
    {
        const core::Tensor x = core::filledTensor(core::Shape::checked({2, 3}), core::Fill::Arange,
                                                  core::DType::Float64);
        const core::Tensor grown = core::resizedTensor(x, core::Shape::checked({1, 2, 4}));
        QCOMPARE(grown.values, (std::vector<double>{0, 1, 2, 3, 4, 5, 0, 0}));
        QCOMPARE(grown.dimNames, (std::vector<std::string>{"C", "H", "W"}));
        QCOMPARE(grown.dtype, core::DType::Float64);
        const core::Tensor shrunk = core::resizedTensor(x, core::Shape::checked({4}));
        QCOMPARE(shrunk.values, (std::vector<double>{0, 1, 2, 3}));
    }

    void probabilitySumsPerGroup()
    {
        // Outputs written by hand: groups along dim 1 of a 2×2 tensor are the rows.
        const core::Tensor p = core::Tensor::fromValues(core::Shape::checked({2, 2}), {0.25, 0.75, NAN, NAN},
                                                        core::DType::Float64);
        const std::vector<double> rows = core::probabilitySums(p, core::Reduction::alongDim(1), core::Op::Softmax);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0], 1.0);
        QVERIFY(std::isnan(rows[1]));
        const std::vector<double> columns = core::probabilitySums(p, core::Reduction::alongDim(0), core::Op::Softmax);
        QVERIFY(std::isnan(columns[0]) && std::isnan(columns[1]));
        const core::Tensor logp = core::Tensor::fromValues(core::Shape::checked({2}), {std::log(0.5), std::log(0.5)},
                                                           core::DType::Float64);
        QCOMPARE(core::probabilitySums(logp, core::Reduction::whole(), core::Op::LogSoftmax)[0], 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTensor)
#include "tst_tensor.moc"
