#include "steptext.h"

#include "steptrace.h"

#include <QTest>

class TestStepText : public QObject {
    Q_OBJECT

private slots:
    void explainsTheChannelGroup()
    {
        std::vector<double> values(12);
        for (int i = 0; i < 12; ++i)
            values[std::size_t(i)] = i;
        const core::Tensor x = core::Tensor::fromValues(core::Shape::checked({1, 3, 2, 2}), values);
        const core::StepTrace trace
            = core::traceElement(x, {core::Reduction::alongDim(1), core::Op::Softmax, 1.0}, 5);
        const QString text = ui::StepText::plainText(trace, x.shape, {"B", "C", "H", "W"});
        QVERIFY(text.contains("softmax(x, dim=1) for element x[0,1,0,1] (x₆)"));
        QVERIFY(text.contains("Group along dim 1 (C, also dim=-3), size 3"));
        QVERIFY(text.contains("x[0,0,0,1] (x₂) = 1"));
        QVERIFY(text.contains("x[0,2,0,1] (x₁₀) = 9"));
        QVERIFY(text.contains("m = 9"));
        QVERIFY(text.contains("e^(1 - 9) = e^(-8) = 0.00033546"));
        QVERIFY(text.contains("S = 1.0187"));
        QVERIFY(text.contains("= 0.018316 / 1.0187 = 0.01798"));
    }

    void mentionsOverflowAndTemperature()
    {
        const core::Tensor x = core::Tensor::fromValues(core::Shape::checked({2}), {200, 0});
        const core::StepTrace trace
            = core::traceElement(x, {core::Reduction::alongDim(0), core::Op::Softmax, 2.0}, 0);
        const QString text = ui::StepText::plainText(trace, x.shape, {"W"});
        QVERIFY(text.contains("T = 2"));
        QVERIFY(text.contains("200 / 2 = 100"));
        QVERIFY(text.contains("Overflow"));
    }

    void logSoftmaxForm()
    {
        const core::Tensor x = core::Tensor::fromValues(core::Shape::checked({2}), {1, 2});
        const core::StepTrace trace
            = core::traceElement(x, {core::Reduction::alongDim(0), core::Op::LogSoftmax, 1.0}, 0);
        const QString text = ui::StepText::plainText(trace, x.shape, {"W"});
        QVERIFY(text.contains("log S = 0.31326"));
        QVERIFY(text.contains("= -1.3133"));
    }
};

QTEST_GUILESS_MAIN(TestStepText)
#include "tst_steptext.moc"
