// The document: one undo step per user action with a readable text, merges where
// a user expects one step, refusals that change nothing, and signals named for
// what changed.
#include "tensordocument.h"

#include "presets.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <random>

using ui::DimChoice;
using ui::TensorDocument;

class TestTensorDocument : public QObject {
    Q_OBJECT

private slots:
    void startsWithTheTutorialExample()
    {
        TensorDocument document;
        QCOMPARE(document.input().shape.extents(), (std::vector<int>{1, 3, 2, 2}));
        QCOMPARE(document.state().dim, DimChoice::explicitDim(1));
        QCOMPARE(document.selectedElement(), 0);
        // PyTorch: F.softmax(torch.arange(12.).reshape(1,3,2,2), dim=1)[0,0,0,0] = 3.2932e-04
        QCOMPARE(float(document.output().values[0]), 3.29318526E-04F);
        QVERIFY(document.undoStack()->isClean());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void everyKindOfChangeIsOneNamedStep_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("cell") << 0 << "Edit x[0,1,0,1]";
        QTest::newRow("shape") << 1 << "Change shape to (2, 3, 2, 2)";
        QTest::newRow("fill") << 2 << "Fill with randn (seed 7)";
        QTest::newRow("preset") << 3 << "Load example three-classes";
        QTest::newRow("dim") << 4 << "Choose dim=3";
        QTest::newRow("op") << 5 << "Choose log_softmax";
        QTest::newRow("temperature") << 6 << "Set T = 0.5";
        QTest::newRow("dtype") << 7 << "Switch to float64";
        QTest::newRow("dim name") << 8 << "Rename dim 1 to K";
        QTest::newRow("implicit") << 9 << "Choose the implicit dim";
        QTest::newRow("whole tensor") << 10 << "Choose the whole tensor";
    }

    void everyKindOfChangeIsOneNamedStep()
    {
        QFETCH(int, kind);
        QFETCH(QString, undoText);
        TensorDocument document;
        const ui::DocumentState before = document.state();
        apply(document, kind);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), undoText);
        QVERIFY(!document.undoStack()->isClean());
        const ui::DocumentState after = document.state();
        QVERIFY(!ui::sameState(before, after));

        document.undoStack()->undo();
        QVERIFY(ui::sameState(document.state(), before));
        QVERIFY(document.undoStack()->isClean());
        document.undoStack()->redo();
        QVERIFY(ui::sameState(document.state(), after));
    }

    void typingIntoOneCellMergesIntoOneStep()
    {
        TensorDocument document;
        document.setValueText(5, "1");
        document.setValueText(5, "12");
        document.setValueText(5, "120");
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.input().values[5], 120.0);
        document.setValueText(6, "3");
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.input().values[5], 5.0);
    }

    void typingACellBackLeavesNothingToUndo()
    {
        TensorDocument document;
        document.setValueText(5, "7");
        document.setValueText(5, "5");
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.undoStack()->isClean());
    }

    void oneSliderDragIsOneStep()
    {
        TensorDocument document;
        for (double t : {0.9, 0.8, 0.5, 0.3})
            document.setTemperature(t, 1);
        QCOMPARE(document.undoStack()->count(), 1);
        document.setTemperature(2.0, 2); // the next drag
        document.setTemperature(3.0);    // typed
        document.setTemperature(4.0);    // typed again: its own step
        QCOMPARE(document.undoStack()->count(), 4);
        document.undoStack()->undo();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.state().temperature, 0.3);
        document.undoStack()->undo();
        QCOMPARE(document.state().temperature, 1.0);
    }

    void badTextIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << "five";
        QTest::newRow("empty") << "";
        QTest::newRow("two numbers") << "1 2";
        QTest::newRow("comma decimal") << "1,5";
        QTest::newRow("trailing junk") << "3x";
    }

    void badTextIsRefusedAndChangesNothing()
    {
        QFETCH(QString, text);
        TensorDocument document;
        QSignalSpy refused(&document, &TensorDocument::editRefused);
        QSignalSpy values(&document, &TensorDocument::valuesChanged);
        QVERIFY(!document.setValueText(5, text));
        QCOMPARE(refused.size(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains("is not a number") && message.contains("x[0,1,0,1] keeps its value 5"),
                 qPrintable(message));
        QCOMPARE(values.size(), 0);
        QCOMPARE(document.input().values[5], 5.0);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void specialValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("exponent") << "1e3" << 1000.0;
        QTest::newRow("nan") << "nan" << double(NAN);
        QTest::newRow("inf") << "inf" << double(INFINITY);
        QTest::newRow("-inf") << " -inf " << -double(INFINITY);
        QTest::newRow("float32 overflow") << "1e39" << double(INFINITY);
    }

    void specialValuesAreAccepted()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        TensorDocument document;
        QVERIFY(document.setValueText(0, text));
        const double stored = document.input().values[0];
        QVERIFY(std::isnan(value) ? std::isnan(stored) : stored == value);
    }

    void refusedShapeChangesNothing()
    {
        TensorDocument document;
        QSignalSpy refused(&document, &TensorDocument::editRefused);
        QVERIFY(!document.setExtents({64, 64, 2}));
        QVERIFY(!document.setExtents({1, 2, 3, 4, 5}));
        QVERIFY(!document.setExtents({0}));
        QCOMPARE(refused.size(), 3);
        QVERIFY(refused.first().first().toString().startsWith("The shape was not changed:"));
        QCOMPARE(document.input().shape.extents(), (std::vector<int>{1, 3, 2, 2}));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void refusedTemperatureChangesNothing_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -1.0;
        QTest::newRow("nan") << double(NAN);
        QTest::newRow("inf") << double(INFINITY);
    }

    void refusedTemperatureChangesNothing()
    {
        QFETCH(double, temperature);
        TensorDocument document;
        QSignalSpy refused(&document, &TensorDocument::editRefused);
        document.setTemperature(temperature);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(document.state().temperature, 1.0);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void reshapeKeepsValuesAndTheSelectedIndex()
    {
        TensorDocument document;
        document.selectElement(11); // x[0,2,1,1] = 11
        QVERIFY(document.setExtents({1, 3, 2, 3}));
        QCOMPARE(document.input().shape.extents(), (std::vector<int>{1, 3, 2, 3}));
        // x[0,2,1,1] keeps its value and stays selected; the new column is 0.
        QCOMPARE(document.selectedElement(), 2 * 6 + 1 * 3 + 1);
        QCOMPARE(document.input().values[std::size_t(document.selectedElement())], 11.0);
        QCOMPARE(document.input().values[2], 0.0);
        QVERIFY(document.setExtents({1, 2, 2, 3}));
        QCOMPARE(document.selectedElement(), 1 * 6 + 1 * 3 + 1); // clamped into the smaller C
    }

    void rankChangeClampsTheDim()
    {
        TensorDocument document;
        document.setDimChoice(DimChoice::explicitDim(3));
        QVERIFY(document.setExtents({3, 2, 2}));
        QCOMPARE(document.state().dim, DimChoice::explicitDim(2));
        QCOMPARE(document.input().dimNames, (std::vector<std::string>{"C", "H", "W"}));
    }

    void signalsSayWhatChanged()
    {
        TensorDocument document;
        QSignalSpy shape(&document, &TensorDocument::shapeChanged);
        QSignalSpy values(&document, &TensorDocument::valuesChanged);
        QSignalSpy dim(&document, &TensorDocument::dimChanged);
        QSignalSpy op(&document, &TensorDocument::opChanged);
        QSignalSpy temperature(&document, &TensorDocument::temperatureChanged);
        QSignalSpy dtype(&document, &TensorDocument::dtypeChanged);
        QSignalSpy result(&document, &TensorDocument::resultChanged);
        QSignalSpy selection(&document, &TensorDocument::selectionChanged);

        document.setValue(5, 2.5);
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.takeFirst().first().toInt(), 5);
        QCOMPARE(result.size(), 1);
        QCOMPARE(shape.size() + dim.size() + op.size() + temperature.size() + dtype.size() + selection.size(), 0);

        document.setDimChoice(DimChoice::explicitDim(2));
        QCOMPARE(dim.size(), 1);
        QCOMPARE(result.size(), 2);
        QCOMPARE(values.size(), 0);

        document.setOp(core::Op::LogSoftmax);
        QCOMPARE(op.size(), 1);
        document.setTemperature(2);
        QCOMPARE(temperature.size(), 1);
        QCOMPARE(temperature.first().first().toDouble(), 2.0);
        document.setDType(core::DType::Float64);
        QCOMPARE(dtype.size(), 1);
        document.fill(core::Fill::Zeros);
        QCOMPARE(values.takeFirst().first().toInt(), -1);
        QCOMPARE(shape.size(), 0);
        document.setExtents({2, 2});
        QCOMPARE(shape.size(), 1);
        QCOMPARE(result.size(), 7);

        document.selectElement(3);
        QCOMPARE(selection.last().first().toInt(), 3);
        const int resultsBefore = int(result.size());
        document.selectElement(3); // no change, no signal
        document.hoverElement(2);
        document.setShowAllGroups(true);
        QCOMPARE(result.size(), resultsBefore); // view state never recomputes
        QCOMPARE(document.undoStack()->count(), 7);
    }

    void noChangeMakesNoStep()
    {
        TensorDocument document;
        document.setDimChoice(DimChoice::explicitDim(1));
        document.setOp(core::Op::Softmax);
        document.setTemperature(1.0);
        document.setDType(core::DType::Float32);
        document.setExtents({1, 3, 2, 2});
        document.setDimName(0, " B ");
        document.setDimName(0, "");
        document.setValue(5, 5.0);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void theStepsFollowTheSelection()
    {
        TensorDocument document;
        document.selectElement(5);
        const core::StepTrace trace = document.selectedTrace();
        QCOMPARE(trace.members, (std::vector<int>{1, 5, 9}));
        // Hand arithmetic: e^(5-9) / (e^(1-9) + e^(5-9) + 1) = 0.017980
        QVERIFY(std::abs(trace.result() - 0.0179801) < 1e-6);
    }

    void randomEditsUndoAndRedoExactly_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1u, 2u, 3u, 4u, 5u})
            QTest::newRow(qPrintable(QString("seed %1").arg(seed))) << seed;
    }

    void randomEditsUndoAndRedoExactly()
    {
        // A property: any sequence of edits of every kind, undone completely, gives
        // back the first state bit for bit, and redone completely, the last one.
        QFETCH(quint64, seed);
        std::mt19937_64 random(seed);
        const auto pick = [&](int count) { return int(random() % unsigned(count)); };
        TensorDocument document;
        document.undoStack()->setUndoLimit(0); // no limit: every step must come back
        const ui::DocumentState first = document.state();
        const char *texts[] = {"1e3", "nan", "-inf", "inf", "0.1", "-2.5", "x", ""};
        for (int step = 0; step < 150; ++step) {
            const int numel = document.input().numel();
            switch (pick(10)) {
            case 0:
                document.setValueText(pick(numel), texts[pick(8)]);
                break;
            case 1: {
                std::vector<int> extents;
                const int rank = 1 + pick(4);
                for (int d = 0; d < rank; ++d)
                    extents.push_back(1 + pick(5));
                document.setExtents(extents);
                break;
            }
            case 2:
                document.fill(core::Fill(pick(4)), quint64(pick(100)));
                break;
            case 3:
                document.loadPreset(core::builtinPresets()[std::size_t(pick(int(core::builtinPresets().size())))]);
                break;
            case 4:
                document.setDimChoice(pick(4) == 0 ? DimChoice::implicit()
                                      : pick(4) == 0 ? DimChoice::wholeTensor()
                                                     : DimChoice::explicitDim(pick(document.input().rank())));
                break;
            case 5:
                document.setOp(pick(2) ? core::Op::LogSoftmax : core::Op::Softmax);
                break;
            case 6:
                document.setTemperature(0.01 + pick(500) / 50.0, pick(3) ? 0 : document.newDragId());
                break;
            case 7:
                document.setDType(pick(2) ? core::DType::Float64 : core::DType::Float32);
                break;
            case 8:
                document.setDimName(pick(document.input().rank()), QString("d%1").arg(pick(9)));
                break;
            case 9:
                document.setNotes(QString("note %1").arg(pick(1000)));
                break;
            }
        }
        const ui::DocumentState last = document.state();
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(ui::sameState(document.state(), first));
        QVERIFY(document.undoStack()->isClean());
        while (document.undoStack()->canRedo())
            document.undoStack()->redo();
        QVERIFY(ui::sameState(document.state(), last));
    }

private:
    static void apply(TensorDocument &document, int kind)
    {
        switch (kind) {
        case 0:
            document.setValueText(5, "2.5");
            break;
        case 1:
            document.setExtents({2, 3, 2, 2});
            break;
        case 2:
            document.fill(core::Fill::Randn, 7);
            break;
        case 3:
            document.loadPreset(core::findPreset("three-classes"));
            break;
        case 4:
            document.setDimChoice(DimChoice::explicitDim(3));
            break;
        case 5:
            document.setOp(core::Op::LogSoftmax);
            break;
        case 6:
            document.setTemperature(0.5);
            break;
        case 7:
            document.setDType(core::DType::Float64);
            break;
        case 8:
            document.setDimName(1, "K");
            break;
        case 9:
            document.setDimChoice(DimChoice::implicit());
            break;
        case 10:
            document.setDimChoice(DimChoice::wholeTensor());
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestTensorDocument)
#include "tst_tensordocument.moc"
