// The table models over the document, checked by QAbstractItemModelTester
// through every kind of change, and their roles.
#include "groupsumspanel.h"
#include "tensordocument.h"
#include "tensortablemodel.h"

#include "presets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <set>

using ui::TensorTableModel;

class TestTensorTableModel : public QObject {
    Q_OBJECT

private slots:
    void modelsStayConsistentThroughEveryChange()
    {
        ui::TensorDocument document;
        TensorTableModel input(&document, TensorTableModel::Side::Input);
        TensorTableModel output(&document, TensorTableModel::Side::Output);
        ui::GroupSumModel sums(&document);
        QAbstractItemModelTester inputTester(&input, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester outputTester(&output, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sumsTester(&sums, QAbstractItemModelTester::FailureReportingMode::QtTest);

        document.setValueText(3, "nan");
        document.setExtents({2, 3, 2, 2});
        document.setDimChoice(ui::DimChoice::explicitDim(0));
        document.setExtents({4, 5});
        document.setDimChoice(ui::DimChoice::wholeTensor());
        document.setOp(core::Op::LogSoftmax);
        document.selectElement(7);
        document.hoverElement(2);
        document.setShowAllGroups(true);
        document.loadPreset(core::findPreset("vector-1234"));
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(input.rowCount(), 3);
        QCOMPARE(input.columnCount(), 8);
        QCOMPARE(sums.rowCount(), 4);
    }

    void rolesDescribeTheGroups()
    {
        ui::TensorDocument document; // 1×3×2×2 arange, dim 1
        TensorTableModel input(&document, TensorTableModel::Side::Input);
        TensorTableModel output(&document, TensorTableModel::Side::Output);
        document.selectElement(5); // x[0,1,0,1]; its group along C is {1, 5, 9}
        for (int flat = 0; flat < 12; ++flat) {
            const QModelIndex cell = input.indexOfElement(flat);
            const bool expected = flat == 1 || flat == 5 || flat == 9;
            QCOMPARE(cell.data(TensorTableModel::ElementRole).toInt(), flat);
            QCOMPARE(cell.data(TensorTableModel::InSelectedGroupRole).toBool(), expected);
            QCOMPARE(cell.data(TensorTableModel::IsSelectedRole).toBool(), flat == 5);
            QCOMPARE(cell.data(TensorTableModel::ValueRole).toDouble(), double(flat));
            QCOMPARE(output.indexOfElement(flat).data(TensorTableModel::InSelectedGroupRole).toBool(), expected);
            // PyTorch prints 3.2932e-04, 1.7980e-02, 9.8169e-01 for the three channels.
            const double p = output.indexOfElement(flat).data(TensorTableModel::ValueRole).toDouble();
            const double printed[] = {3.2932e-04, 1.7980e-02, 9.8169e-01};
            QVERIFY(std::abs(p - printed[flat / 4]) < 5e-5 * printed[flat / 4] + 1e-8);
        }
        QCOMPARE(input.index(0, 0).data().toString(), QString("x[0, 0, :, :]"));
        QCOMPARE(input.index(1, 2).data(TensorTableModel::ElementRole).toInt(), -1);
        QCOMPARE(input.flags(input.index(1, 2)), Qt::NoItemFlags);
        QVERIFY(input.flags(input.indexOfElement(0)) & Qt::ItemIsEditable);
        QVERIFY(!(output.flags(output.indexOfElement(0)) & Qt::ItemIsEditable));
        QCOMPARE(input.indexOfElement(5).data(Qt::DisplayRole).toString(), QString("5"));
        QCOMPARE(output.indexOfElement(5).data(Qt::DisplayRole).toString(), QString("0.01798"));
        QVERIFY(output.indexOfElement(5).data(Qt::ToolTipRole).toString().contains("group 2 of 4, in the selected"));
    }

    void aNewSelectionRepaintsOnlyTheTwoGroups()
    {
        ui::TensorDocument document; // 1×3×2×2 arange, dim 1: groups {f, f+4, f+8}
        document.selectElement(0);
        TensorTableModel input(&document, TensorTableModel::Side::Input);
        TensorTableModel output(&document, TensorTableModel::Side::Output);
        const auto changedElements = [](const QSignalSpy &spy, const TensorTableModel &model) {
            std::set<int> flats;
            for (const QList<QVariant> &signal : spy) {
                const auto from = signal[0].toModelIndex();
                const auto to = signal[1].toModelIndex();
                for (int row = from.row(); row <= to.row(); ++row)
                    for (int column = from.column(); column <= to.column(); ++column)
                        if (const int flat = model.index(row, column).data(TensorTableModel::ElementRole).toInt();
                            flat >= 0)
                            flats.insert(flat);
            }
            return flats;
        };
        QSignalSpy inputChanges(&input, &QAbstractItemModel::dataChanged);
        QSignalSpy outputChanges(&output, &QAbstractItemModel::dataChanged);
        document.selectElement(6); // from group {0, 4, 8} to group {2, 6, 10}
        const std::set<int> twoGroups{0, 4, 8, 2, 6, 10};
        QCOMPARE(changedElements(inputChanges, input), twoGroups);
        QCOMPARE(changedElements(outputChanges, output), twoGroups);

        inputChanges.clear();
        document.hoverElement(1); // nothing hovered before: only {1, 5, 9}
        QCOMPARE(changedElements(inputChanges, input), (std::set<int>{1, 5, 9}));
        inputChanges.clear();
        document.hoverElement(-1);
        QCOMPARE(changedElements(inputChanges, input), (std::set<int>{1, 5, 9}));

        // After a change of dim the groups are new, and the cells show them.
        document.setDimChoice(ui::DimChoice::explicitDim(3));
        document.selectElement(3); // group {2, 3} along W
        for (int flat = 0; flat < 12; ++flat)
            QCOMPARE(input.indexOfElement(flat).data(TensorTableModel::InSelectedGroupRole).toBool(),
                     flat == 2 || flat == 3);

        // The whole tensor is one group: everything changes, in one signal.
        document.setDimChoice(ui::DimChoice::wholeTensor());
        document.setExtents({32, 32});
        inputChanges.clear();
        document.selectElement(100);
        QCOMPARE(inputChanges.size(), 1);
        QCOMPARE(changedElements(inputChanges, input).size(), std::size_t(1024));
    }

    void editingThroughTheModelGoesThroughTheDocument()
    {
        ui::TensorDocument document;
        TensorTableModel input(&document, TensorTableModel::Side::Input);
        TensorTableModel output(&document, TensorTableModel::Side::Output);
        QSignalSpy inputChanged(&input, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = input.indexOfElement(0);
        QVERIFY(input.setData(cell, "8"));
        QCOMPARE(document.input().values[0], 8.0);
        // One narrow dataChanged for the edited cell, then the highlight refresh.
        QCOMPARE(inputChanged.first().at(0).toModelIndex(), cell);
        QCOMPARE(inputChanged.first().at(1).toModelIndex(), cell);
        // Group {0, 4, 8} is now (8, 4, 8): p = 1 / (2 + e^-4) = 0.49546 (hand arithmetic).
        QVERIFY(std::abs(output.indexOfElement(0).data(TensorTableModel::ValueRole).toDouble() - 0.495462) < 1e-6);
        QVERIFY(!input.setData(cell, "eight"));
        QCOMPARE(document.input().values[0], 8.0);
        QVERIFY(!output.setData(output.indexOfElement(0), "1"));
        QCOMPARE(input.index(0, 0).data(Qt::EditRole), QVariant());
        QCOMPARE(cell.data(Qt::EditRole).toString(), QString("8"));
    }

    void editTextHasFullPrecision()
    {
        ui::TensorDocument document;
        TensorTableModel input(&document, TensorTableModel::Side::Input);
        document.setValue(0, 0.1);
        QCOMPARE(input.indexOfElement(0).data(Qt::EditRole).toString(), QString("0.1"));
        QCOMPARE(input.indexOfElement(0).data(Qt::DisplayRole).toString(), QString("0.1"));
        document.setValue(0, 1.0 / 3.0);
        QCOMPARE(input.indexOfElement(0).data(Qt::EditRole).toString(), QString("0.33333334"));
        document.setDType(core::DType::Float64);
        document.setValue(0, 1.0 / 3.0);
        QCOMPARE(input.indexOfElement(0).data(Qt::EditRole).toString(), QString("0.3333333333333333"));
    }

    void groupSumsAreOne()
    {
        ui::TensorDocument document;
        ui::GroupSumModel sums(&document);
        QCOMPARE(sums.rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QVERIFY(std::abs(sums.index(row).data(ui::GroupSumModel::SumRole).toDouble() - 1.0) < 1e-6);
            QCOMPARE(sums.index(row).data().toString(), QString("g%1: Σ = 1").arg(row + 1));
        }
        document.setOp(core::Op::LogSoftmax);
        QVERIFY(std::abs(sums.index(0).data(ui::GroupSumModel::SumRole).toDouble() - 1.0) < 1e-6);
        document.setValueText(0, "nan");
        QVERIFY(std::isnan(sums.index(0).data(ui::GroupSumModel::SumRole).toDouble()));
        document.setDimChoice(ui::DimChoice::explicitDim(3));
        QCOMPARE(sums.rowCount(), 6);
    }
};

QTEST_MAIN(TestTensorTableModel)
#include "tst_tensortablemodel.moc"
