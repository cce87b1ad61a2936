// What a change repaints and lays out again in the main window: only what it
// changes, each text laid out once, and what is on screen afterwards the same as a
// full repaint.
#include "findnamed.h"
#include "mainwindow.h"
#include "numbertext.h"
#include "referencegroup.h"
#include "stepspanel.h"
#include "tensordocument.h"
#include "tensorgridview.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>

#include <qcustomplot.h>

#include <array>
#include <cmath>
#include <functional>
#include <memory>

namespace {

/// Counts the events of one type sent to the objects it filters.
class EventCounter : public QObject {
public:
    explicit EventCounter(QEvent::Type type) : m_type(type) {}

    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == m_type;
        return false;
    }

private:
    QEvent::Type m_type;
};

/// Runs the event loop until `paints` (filtering some widget) sees no paint for
/// 50 ms, at most 2 s: a new shape's own layouts and paints are over, even on a
/// loaded machine.
bool waitUntilUnpainted(EventCounter &paints)
{
    for (int wait = 0; wait < 40; ++wait) {
        paints.count = 0;
        QTest::qWait(50);
        if (paints.count == 0)
            return true;
    }
    return false;
}

/// The group box a view sits in.
QGroupBox *groupBoxOf(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    while (parent && !qobject_cast<QGroupBox *>(parent))
        parent = parent->parentWidget();
    return qobject_cast<QGroupBox *>(parent);
}

} // namespace

class TestRepaints : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_document = m_window->document();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void partialRepaintsLeaveNothingStale()
    {
        // Selection and hover repaint only what they change (the cells of the groups
        // they leave and enter, the group sums' old and new entry); what is on
        // screen must be what repainting every widget draws.
        // A blinking text cursor would change the screen between the two grabs.
        const int flashTime = QGuiApplication::styleHints()->cursorFlashTime();
        QGuiApplication::styleHints()->setCursorFlashTime(0);
        const auto restoreFlash = qScopeGuard([flashTime] { QGuiApplication::styleHints()->setCursorFlashTime(flashTime); });
        m_document->setExtents({2, 3, 4});
        m_document->setDimChoice(ui::DimChoice::explicitDim(1));
        QTest::qWait(50);
        const auto repaintEverything = [this] {
            for (QWidget *widget : m_window->findChildren<QWidget *>())
                widget->update();
        };
        const auto onScreen = [this] {
            // A new dim's layout climbs one parent per pass of the event loop.
            for (int pass = 0; pass < 10; ++pass) {
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
            }
            return QGuiApplication::primaryScreen()->grabWindow(m_window->winId()).toImage();
        };
        for (int step : {0, 7, 13, 2, 22}) {
            m_document->selectElement(step);
            m_document->hoverElement((step * 5) % 24);
            // A new dim gives the steps table a new height: a relayout without a
            // repaint of the whole window (SteadyTabWidget).
            m_document->setDimChoice(ui::DimChoice::explicitDim(step % 3));
            const QImage incremental = onScreen();
            repaintEverything();
            QCOMPARE(onScreen(), incremental);
        }
        m_document->hoverElement(-1);
        const QImage incremental = onScreen();
        repaintEverything();
        QCOMPARE(onScreen(), incremental);
    }

    void formulaPanesShowNewStepsWithoutLayingOutTwice()
    {
        // A long group overflows the panes, so they show a scroll bar. New steps must
        // not pass through an empty document: the pane would hide its scroll bar, lay
        // the text out at the wider width, then show it again and lay it out once more.
        QVERIFY(m_document->setExtents({64, 64}));
        m_document->fill(core::Fill::Randn, 3);
        m_document->setDimChoice(ui::DimChoice::explicitDim(0));
        auto *stable = findByAccessibleName<QTextBrowser>("Stable computation");
        auto *naive = findByAccessibleName<QTextBrowser>("Naive computation");
        QTest::qWait(50);
        EventCounter resizes(QEvent::Resize);
        for (QTextBrowser *pane : {stable, naive}) {
            QVERIFY2(pane->verticalScrollBar()->isVisible(), "the test needs panes that scroll");
            pane->viewport()->installEventFilter(&resizes);
        }
        const QString before = naive->toPlainText();
        for (int flat : {5, 700, 4095, 64}) {
            naive->verticalScrollBar()->setValue(naive->verticalScrollBar()->maximum());
            m_document->selectElement(flat);
            QCoreApplication::processEvents();
            for (QTextBrowser *pane : {stable, naive}) // new steps are shown from their start
                QCOMPARE(pane->verticalScrollBar()->value(), 0);
        }
        QCOMPARE(resizes.count, 0);
        QVERIFY(naive->toPlainText() != before);
        QVERIFY(m_window->stepsPanel()->plainText().contains(
            ui::formatValue(double(m_document->output().values[64]))));
    }

    void hoveringAFormulaNumberShowsItInFullAfterNewSteps()
    {
        auto *stable = findByAccessibleName<QTextBrowser>("Stable computation");
        m_document->selectElement(4); // the panes now show new steps
        QCoreApplication::processEvents();
        // The maximum m is the first number in the stable pane.
        QTextCursor link(stable->document());
        while (!link.atEnd() && !link.charFormat().isAnchor())
            link.movePosition(QTextCursor::NextCharacter);
        QVERIFY(link.charFormat().isAnchor());
        link.movePosition(QTextCursor::PreviousCharacter); // just before the number's first digit
        const QPoint at = stable->cursorRect(link).center() + QPoint(3, 0);
        QTest::mouseMove(stable->viewport(), at + QPoint(1, 0));
        QTest::mouseMove(stable->viewport(), at);
        QTRY_VERIFY(QToolTip::isVisible());
        double maximum = -INFINITY;
        for (int member : referenceGroup({1, 3, 2, 2}, 1, 4))
            maximum = std::max(maximum, double(m_document->input().values[std::size_t(member)]));
        QCOMPARE(QToolTip::text(), QString::number(maximum));
    }

    void scrollingAViewLeavesItsGroupBoxUnpainted()
    {
        // Qt paints what lies under a widget it does not know to be opaque; under the
        // views' scroll bars that is the whole group box frame, on every scroll step.
        QVERIFY(m_document->setExtents({64, 64}));
        QGroupBox *box = groupBoxOf(m_window->outputView());
        QVERIFY(box);
        EventCounter boxPaints(QEvent::Paint), barPaints(QEvent::Paint);
        box->installEventFilter(&boxPaints);
        QVERIFY(waitUntilUnpainted(boxPaints));
        QScrollBar *bar = m_window->outputView()->verticalScrollBar();
        bar->installEventFilter(&barPaints);
        for (int step = 1; step <= 4; ++step) {
            bar->setValue(step * 5);
            QCoreApplication::processEvents();
        }
        QCOMPARE(bar->value(), 20);
        QVERIFY(barPaints.count > 0);
        QCOMPARE(boxPaints.count, 0);
    }

    void aNewDimKeepsTheDimChoicesItems()
    {
        // New items would make the combo box measure itself and lay the window out
        // again; only a new shape or new dim names change the labels.
        auto *choices = findByAccessibleName<QComboBox>("Dim to normalise along");
        QSignalSpy removed(choices->model(), &QAbstractItemModel::rowsRemoved);
        for (int dim : {0, 2, 3, 1}) {
            m_document->setDimChoice(ui::DimChoice::explicitDim(dim));
            QCOMPARE(choices->currentIndex(), dim);
        }
        m_document->setOp(core::Op::LogSoftmax);
        m_document->setDimChoice(ui::DimChoice::wholeTensor());
        QCOMPARE(choices->currentText(), choices->itemText(choices->count() - 1));
        QCOMPARE(removed.count(), 0);
        QVERIFY(m_document->setExtents({2, 5}));
        QCOMPARE(choices->count(), 4); // dims 0 and 1, implicit, whole tensor
        QVERIFY(removed.count() > 0);
        QVERIFY(choices->itemText(1).contains(QStringLiteral("dim=1")));
    }

    void aNewDimLeavesTheInputBoxUnpainted()
    {
        // Groups of 1, 3 and 2 rows give the steps table three heights. The layout
        // request climbs to the main tabs, which used to repaint the whole window.
        QVERIFY(m_document->setExtents({1, 3, 2, 2}));
        QGroupBox *box = groupBoxOf(m_window->inputView());
        QVERIFY(box);
        auto *table = m_window->stepsPanel()->findChild<QTableView *>();
        EventCounter boxPaints(QEvent::Paint);
        box->installEventFilter(&boxPaints);
        QVERIFY(waitUntilUnpainted(boxPaints));
        QSet<int> heights;
        for (int dim : {0, 1, 2, 0}) {
            m_document->setDimChoice(ui::DimChoice::explicitDim(dim));
            QTest::qWait(20);
            heights << table->height();
        }
        QCOMPARE(heights.size(), 3);
        QCOMPARE(boxPaints.count, 0);
    }

    void aNewGroupSizeRepaintsTheStepsTableOnce()
    {
        // Groups of 4, 16 and 8: the steps table takes a new height, and shows a scroll
        // bar for 16 rows (it is at most 12 rows tall) and none for 4. Left to the event
        // loop, the new height and the scroll bar came after the repaint, so the table
        // painted twice.
        m_window->resize(1280, 1000); // room for 12 rows
        QVERIFY(m_document->setExtents({4, 16, 8, 8}));
        auto *table = m_window->stepsPanel()->findChild<QTableView *>();
        EventCounter tablePaints(QEvent::Paint);
        table->viewport()->installEventFilter(&tablePaints);
        QVERIFY(waitUntilUnpainted(tablePaints));
        for (int dim : {2, 1, 0, 1, 3, 0}) {
            tablePaints.count = 0;
            m_document->setDimChoice(ui::DimChoice::explicitDim(dim));
            QTest::qWait(50);
            const int rows = table->model()->rowCount();
            const std::array<int, 4> groupSizes{4, 16, 8, 8};
            QCOMPARE(rows, groupSizes[std::size_t(dim)]);
            QCOMPARE(table->verticalScrollBar()->isVisible(), rows > 12);
            QCOMPARE(tablePaints.count, 1);
        }
    }

    void textIsLaidOutWithoutShaping()
    {
        // Half the cost of laying out the text that changes on every interaction.
        QVERIFY(m_window->font().styleStrategy() & QFont::PreferNoShaping);
        auto *stable = findByAccessibleName<QTextBrowser>("Stable computation");
        m_document->selectElement(3);
        QVERIFY(stable->document()->defaultFont().styleStrategy() & QFont::PreferNoShaping);
        QVERIFY(m_window->inputView()->font().styleStrategy() & QFont::PreferNoShaping);
        QVERIFY(m_window->stepsPanel()->findChild<QTableView *>()->font().styleStrategy() & QFont::PreferNoShaping);
        // Only the strategy is set: size and family still follow the application's font.
        QCOMPARE(m_window->font().family(), QApplication::font().family());
        QCOMPARE(m_window->font().pointSizeF(), QApplication::font().pointSizeF());
    }

    void newValuesOfTheSameWidthResizeNoColumn()
    {
        // Every value changes with T, but not the widest text's width: no column of
        // either view may be resized (each resize repaints the view and its scroll bars).
        m_document->setExtents({1, 3, 4, 4});
        m_document->fill(core::Fill::Arange);
        QCoreApplication::processEvents();
        const auto widths = [](ui::TensorGridView *view) {
            QList<int> sizes;
            for (int column = 0; column < view->horizontalHeader()->count(); ++column)
                sizes << view->horizontalHeader()->sectionSize(column);
            return sizes;
        };
        const QList<int> input = widths(m_window->inputView());
        const QList<int> output = widths(m_window->outputView());
        QSignalSpy inputResized(m_window->inputView()->horizontalHeader(), &QHeaderView::sectionResized);
        QSignalSpy outputResized(m_window->outputView()->horizontalHeader(), &QHeaderView::sectionResized);
        m_document->setTemperature(1.001, 1);
        m_document->setValue(5, 6.0);
        QCoreApplication::processEvents();
        QCOMPARE(widths(m_window->inputView()), input);
        QCOMPARE(widths(m_window->outputView()), output);
        QCOMPARE(inputResized.count(), 0);
        QCOMPARE(outputResized.count(), 0);
    }

    void widerCellsRepaintEachViewOnce()
    {
        // QTableView repaints resized columns from a timer, after the change's own
        // repaint; the views resize theirs quietly and repaint once.
        QVERIFY(m_document->setExtents({4, 16, 8, 8}));
        m_document->fill(core::Fill::Randn, 1);
        ui::TensorGridView *input = m_window->inputView();
        ui::TensorGridView *output = m_window->outputView();
        EventCounter inputPaints(QEvent::Paint), outputPaints(QEvent::Paint);
        input->viewport()->installEventFilter(&inputPaints);
        output->viewport()->installEventFilter(&outputPaints);
        QVERIFY(waitUntilUnpainted(inputPaints));
        const std::vector<std::function<void()>> changes = {
            [this] { m_document->setValue(0, -123456.78); }, // one wider text: every column widens
            [this] { m_document->fill(core::Fill::Zeros); },  // all narrower
            [this] { m_document->fill(core::Fill::Randn, 2); },
        };
        for (const auto &change : changes) {
            const int width = input->horizontalHeader()->sectionSize(0);
            inputPaints.count = 0;
            outputPaints.count = 0;
            change();
            QTest::qWait(50);
            QVERIFY(input->horizontalHeader()->sectionSize(0) != width);
            QCOMPARE(input->horizontalHeader()->sectionSize(9), input->horizontalHeader()->sectionSize(0));
            QCOMPARE(inputPaints.count, 1);
            QCOMPARE(outputPaints.count, 1);
        }
    }

    void aChangeIsPaintedAndFlushedOnce()
    {
        // QCustomPlot repaints at once after its queued replot, which painted and
        // flushed the window's dirty region a second time in the same interaction.
        m_document->setExtents({4, 16, 8, 8});
        QCustomPlot *plot = nullptr;
        for (QCustomPlot *candidate : m_window->findChildren<QCustomPlot *>())
            plot = candidate->isVisible() ? candidate : plot;
        QVERIFY(plot); // the bars of the selected group
        EventCounter windowUpdates(QEvent::UpdateRequest), plotPaints(QEvent::Paint);
        plot->installEventFilter(&plotPaints);
        QVERIFY(waitUntilUnpainted(plotPaints));
        m_window->installEventFilter(&windowUpdates);
        for (int flat : {1000, 2000, 3000, 5}) { // each in another group: the bars change
            windowUpdates.count = 0;
            plotPaints.count = 0;
            m_document->selectElement(flat);
            QTest::qWait(50);
            QCOMPARE(plotPaints.count, 1);
            QCOMPARE(windowUpdates.count, 1);
        }
    }

private:
    template <typename Widget> Widget *findByAccessibleName(const QString &name) const
    {
        return findNamed<Widget>(m_window.get(), name);
    }

    std::unique_ptr<ui::MainWindow> m_window;
    ui::TensorDocument *m_document = nullptr;
};

QTEST_MAIN(TestRepaints)
#include "tst_repaints.moc"
