// The compare view: one panel per dim plus the whole tensor, each highlighting
// the selected element's group for its own dim, with hover in step.
#include "compareview.h"
#include "mainwindow.h"
#include "tensordocument.h"
#include "tensorgridview.h"
#include "tensortablemodel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QLabel>
#include <QTest>

#include "referencegroup.h"

#include <set>

using ui::TensorTableModel;

namespace {

std::set<int> cellsWith(const QAbstractItemModel *model, int role)
{
    std::set<int> cells;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(role).toBool())
                cells.insert(index.data(TensorTableModel::ElementRole).toInt());
        }
    return cells;
}

} // namespace

class TestCompareView : public QObject {
    Q_OBJECT

private slots:
    void everyDimHighlightsItsOwnGroup()
    {
        ui::TensorDocument document;
        QVERIFY(document.setExtents({2, 3, 2, 2}));
        document.fill(core::Fill::Randn, 4);
        ui::CompareView view(&document);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(int(view.panels().size()), 5); // four dims and the whole tensor
        const std::vector<int> extents{2, 3, 2, 2};
        for (int flat = 0; flat < 24; ++flat) {
            // Click the element in a different panel each time: selection is shared.
            const auto &clicked = view.panels()[std::size_t(flat % 5)];
            const QModelIndex cell = clicked.view->tensorModel()->indexOfElement(flat);
            clicked.view->scrollTo(cell);
            QTest::mouseClick(clicked.view->viewport(), Qt::LeftButton, {}, clicked.view->visualRect(cell).center());
            QCOMPARE(document.selectedElement(), flat);
            for (const auto &panel : view.panels()) {
                const int dim = panel.choice.mode == ui::DimChoice::Mode::WholeTensor ? -1 : panel.choice.dim;
                QCOMPARE(cellsWith(panel.view->model(), TensorTableModel::InSelectedGroupRole),
                         referenceGroup(extents, dim, flat));
            }
        }
        document.hoverElement(7);
        for (const auto &panel : view.panels()) {
            const int dim = panel.choice.mode == ui::DimChoice::Mode::WholeTensor ? -1 : panel.choice.dim;
            QCOMPARE(cellsWith(panel.view->model(), TensorTableModel::InHoveredGroupRole),
                     referenceGroup(extents, dim, 7));
        }
    }

    void panelsShowTheirOwnOutputsAndSums()
    {
        ui::TensorDocument document; // 1×3×2×2 arange, dim 1
        ui::CompareView view(&document);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto &panels = view.panels();
        QCOMPARE(panels[1].box->title(), QString("dim=1 (C) — the current choice"));
        QCOMPARE(panels[0].box->title(), QString("dim=0 (B)"));
        QCOMPARE(panels[4].box->title(), QString("whole tensor"));
        QCOMPARE(panels[0].summary->text(), QString("12 groups of 1 · Σ = 1 in every group"));
        QCOMPARE(panels[1].summary->text(), QString("4 groups of 3 · Σ = 1 in every group"));
        QCOMPARE(panels[4].summary->text(), QString("one group of 12 · Σ = 1 in every group"));
        // dim 0 has extent 1: every output is exactly 1; dim 3 pairs (4, 5): 1 / (1 + e) (hand arithmetic).
        const auto value = [&](int panel, int flat) {
            return panels[std::size_t(panel)].view->tensorModel()->indexOfElement(flat).data(TensorTableModel::ValueRole).toDouble();
        };
        QCOMPARE(value(0, 5), 1.0);
        QVERIFY(std::abs(value(3, 4) - 1 / (1 + std::exp(1.0))) < 1e-7);
        // PyTorch: softmax over all 12 of arange(12) gives 0.63212 for 11.
        QVERIFY(std::abs(value(4, 11) - 0.63212) < 5e-6);

        document.setValueText(3, "nan");
        QVERIFY(panels[3].summary->text().contains("Σ = nan in some groups"));
        // Hidden, it does not follow edits; shown again, it catches up.
        view.hide();
        document.setValueText(3, "3");
        QVERIFY(panels[3].summary->text().contains("Σ = nan in some groups"));
        view.show();
        QCOMPARE(panels[3].summary->text(), QString("6 groups of 2 · Σ = 1 in every group"));
        QVERIFY(document.setExtents({4}));
        QCOMPARE(int(view.panels().size()), 2);
        QCOMPARE(view.panels()[0].box->title(), QString("dim=0 (W) — the current choice"));
    }

    // At 1280×800 the default example's five panels are all on the page at once:
    // no scrolling, sideways or down, and no empty space below any grid.
    void panelsFitTheWindowAndTheirGrids()
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.pages()->setCurrentWidget(window.compareView());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents(); // the scroll bars settle from a queued call
        const ui::CompareView *view = window.compareView();
        QCOMPARE(view->verticalScrollBar()->maximum(), 0);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        for (const auto &panel : view->panels()) {
            const ui::TensorGridView *grid = panel.view;
            QCOMPARE(grid->horizontalScrollBar()->maximum(), 0);
            QCOMPARE(grid->verticalScrollBar()->maximum(), 0);
            QVERIFY(!grid->horizontalScrollBar()->isVisible());
            QCOMPARE(grid->viewport()->height(), grid->verticalHeader()->length());
        }
        // The whole tensor, alone in the last row, has the row to itself.
        const auto &panels = view->panels();
        QCOMPARE(panels[4].box->width(), panels[2].box->geometry().united(panels[3].box->geometry()).width());

        // Wider grids scroll sideways, and their panels make room for the scroll bar.
        QVERIFY(window.document()->setExtents({2, 3, 4}));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        int scrolled = 0;
        for (const auto &panel : view->panels()) {
            const ui::TensorGridView *grid = panel.view;
            scrolled += grid->horizontalScrollBar()->isVisible();
            QCOMPARE(grid->verticalScrollBar()->maximum(), 0);
            QCOMPARE(grid->viewport()->height(), grid->verticalHeader()->length());
        }
        QVERIFY(scrolled > 0);

        // A single row is no taller than itself either.
        QVERIFY(window.document()->setExtents({5}));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        for (const auto &panel : view->panels())
            QCOMPARE(panel.view->viewport()->height(), panel.view->verticalHeader()->length());
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
