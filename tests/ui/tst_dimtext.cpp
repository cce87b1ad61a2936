// The words that say what a dim choice normalises together.
#include "dimtext.h"

#include <QTest>

namespace {

core::Tensor bchw()
{
    return core::Tensor::fromValues(core::Shape::checked({1, 3, 2, 2}), std::vector<double>(12, 0.0));
}

} // namespace

class TestDimText : public QObject {
    Q_OBJECT

private slots:
    void sentences_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("dim 0") << 0
                               << "dim 0 (B) has extent 1: every element is a group of its own, so every output is "
                                  "exactly 1 — 12 groups of 1.";
        QTest::newRow("dim 1") << 1
                               << "dim 1 (C): for each b, h, w the 3 values along C are normalised together — 4 "
                                  "groups of 3.";
        QTest::newRow("dim 2") << 2
                               << "dim 2 (H): for each b, c, w the 2 values along H are normalised together — 6 "
                                  "groups of 2.";
        QTest::newRow("dim 3") << 3
                               << "dim 3 (W): for each b, c, h the 2 values along W are normalised together — 6 "
                                  "groups of 2.";
    }

    void sentences()
    {
        QFETCH(int, dim);
        QFETCH(QString, sentence);
        QCOMPARE(ui::DimText::sentence(ui::DimChoice::explicitDim(dim), bchw(), core::Op::Softmax), sentence);
    }

    void vectorAndWholeTensor()
    {
        const core::Tensor v = core::Tensor::fromValues(core::Shape::checked({4}), {1, 2, 3, 4});
        QCOMPARE(ui::DimText::sentence(ui::DimChoice::explicitDim(0), v, core::Op::Softmax),
                 QString("dim 0 (W): all 4 values are normalised together — one group of 4."));
        QCOMPARE(ui::DimText::sentence(ui::DimChoice::wholeTensor(), bchw(), core::Op::Softmax),
                 QString("Whole tensor: all 12 values share one denominator, as SciPy's softmax(x) does with "
                         "axis=None — one group of 12."));
    }

    void selectorSpellsBothWays()
    {
        QCOMPARE(ui::DimText::choiceLabel(ui::DimChoice::explicitDim(1), bchw()), QString("dim=1 ≡ dim=-3 (C)"));
        QCOMPARE(ui::DimText::choiceLabel(ui::DimChoice::implicit(), bchw()),
                 QString("implicit (PyTorch legacy): dim=1"));
    }

    void frameworkDefaults()
    {
        // PyTorch's _get_softmax_dim: rank 3 → 0; TF axis=-1; helper: first extent > 1.
        const core::Tensor t = core::Tensor::fromValues(core::Shape::checked({1, 2, 3}), std::vector<double>(6, 0.0));
        QCOMPARE(ui::DimText::frameworkDefaults(t),
                 QString("Defaults for shape (1, 2, 3): PyTorch without dim → dim=0 (deprecated, warns) · "
                         "TensorFlow axis=-1 → dim 2 · the tutorials' NumPy helper → axis 1 (first extent > 1) · "
                         "SciPy axis=None → whole tensor"));
    }
};

QTEST_GUILESS_MAIN(TestDimText)
#include "tst_dimtext.moc"
