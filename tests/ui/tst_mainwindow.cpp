// The main window driven like a user: clicks through the viewport, typing,
// arrow keys, the controls and the menus.
#include "mainwindow.h"
#include "presets.h"
#include "stepspanel.h"
#include "tensordocument.h"
#include "tensorgridview.h"
#include "tensortablemodel.h"
#include "textline.h"
#include "numbertext.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QScreen>
#include <QStyleHints>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>
#include <QTableView>
#include <QSet>
#include <QGroupBox>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>
#include <QScrollBar>
#include <QSignalSpy>
#include <QHeaderView>

#include "gridinput.h"
#include "referencegroup.h"
#include <QToolButton>
#include <QUndoStack>

#include <set>

using ui::TensorTableModel;

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

std::set<int> highlighted(ui::TensorGridView *view)
{
    std::set<int> cells;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(TensorTableModel::InSelectedGroupRole).toBool())
                cells.insert(index.data(TensorTableModel::ElementRole).toInt());
        }
    return cells;
}

} // namespace

class TestMainWindow : public QObject {
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

    void clickingHighlightsTheGroupInBothViewsForEveryDim_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("groupSize");
        QTest::newRow("dim 0 (B)") << 0 << 2;
        QTest::newRow("dim 1 (C)") << 1 << 3;
        QTest::newRow("dim 2 (H)") << 2 << 2;
        QTest::newRow("dim 3 (W)") << 3 << 2;
    }

    void clickingHighlightsTheGroupInBothViewsForEveryDim()
    {
        QFETCH(int, dim);
        QFETCH(int, groupSize);
        QVERIFY(m_document->setExtents({2, 3, 2, 2}));
        m_document->fill(core::Fill::Arange);
        // Step the dim with the ▶ button from dim 1, as a teacher would.
        auto *next = findByAccessibleName<QToolButton>("Next dim");
        while (m_document->spec().reduction.dim != dim)
            QTest::mouseClick(next, Qt::LeftButton);
        for (int flat = 0; flat < 24; ++flat) {
            clickElement(flat % 2 ? m_window->inputView() : m_window->outputView(), flat);
            QCOMPARE(m_document->selectedElement(), flat);
            const std::set<int> expected = referenceGroup({2, 3, 2, 2}, dim, flat);
            QCOMPARE(int(expected.size()), groupSize);
            QCOMPARE(highlighted(m_window->inputView()), expected);
            QCOMPARE(highlighted(m_window->outputView()), expected);
            QCOMPARE(m_window->inputView()->currentIndex(), m_window->inputView()->tensorModel()->indexOfElement(flat));
            QCOMPARE(m_window->outputView()->currentIndex(),
                     m_window->outputView()->tensorModel()->indexOfElement(flat));
        }
    }

    void typingEditsTheValueAndUndoPutsItBack()
    {
        ui::TensorGridView *input = m_window->inputView();
        clickElement(input, 0);
        typeIntoCell(input, "8.0");
        QTRY_COMPARE(m_document->input().values[0], 8.0);
        // Group {0, 4, 8} = (8, 4, 8): p = 1 / (2 + e^-4) = 0.49546 (hand arithmetic).
        const QModelIndex out = m_window->outputView()->tensorModel()->indexOfElement(0);
        QCOMPARE(out.data().toString(), QString("0.49546"));
        QVERIFY(m_window->stepsPanel()->plainText().contains("0.49546"));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_document->undoStack()->undoText(), QString("Edit x[0,0,0,0]"));

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_document->input().values[0], 0.0);
        QCOMPARE(out.data().toString(), QString("0.00032932"));
        QVERIFY(!m_window->isWindowModified());
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(m_document->input().values[0], 8.0);
    }

    void badTextIsRefusedWithAVisibleMessage()
    {
        ui::TensorGridView *input = m_window->inputView();
        clickElement(input, 5);
        typeIntoCell(input, "five");
        auto *message = findByAccessibleName<QLabel>("Message");
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(m_document->input().values[5], 5.0);
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY2(message->text().contains("“five” is not a number"), qPrintable(message->text()));
        // The next good edit clears it.
        clickElement(input, 5);
        typeIntoCell(input, "-inf");
        QTRY_VERIFY(std::isinf(m_document->input().values[5]));
        QVERIFY(!message->isVisible());
    }

    void arrowKeysMoveBetweenElementsAcrossTiles()
    {
        ui::TensorGridView *input = m_window->inputView();
        clickElement(input, 1); // x[0,0,0,1], the right edge of tile c = 0
        QTest::keyClick(input, Qt::Key_Right);
        QCOMPARE(m_document->selectedElement(), 4); // x[0,1,0,0]: over the gap
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(m_document->selectedElement(), 6);
        QTest::keyClick(input, Qt::Key_Down); // the bottom edge: stays
        QCOMPARE(m_document->selectedElement(), 6);
        QTest::keyClick(input, Qt::Key_Left); // back over the gap to x[0,0,1,1]
        QCOMPARE(m_document->selectedElement(), 3);
        QTest::keyClick(input, Qt::Key_Left);
        QCOMPARE(m_document->selectedElement(), 2);
        // The undo history holds no selections.
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void controlsChangeOpTemperatureShapeAndDim()
    {
        auto *op = findByAccessibleName<QComboBox>("Function");
        op->setFocus();
        QTest::keyClick(op, Qt::Key_Down);
        QCOMPARE(m_document->state().op, core::Op::LogSoftmax);
        QVERIFY(m_window->stepsPanel()->plainText().contains("log p"));

        auto *temperature = findByAccessibleName<QDoubleSpinBox>("Temperature");
        temperature->setFocus();
        temperature->selectAll();
        QTest::keyClicks(temperature, "0.5");
        QTest::keyClick(temperature, Qt::Key_Return);
        QCOMPARE(m_document->state().temperature, 0.5);
        QVERIFY(m_window->stepsPanel()->plainText().contains("Divide by the temperature"));

        auto *width = findByAccessibleName<QSpinBox>("Extent of dim 3");
        width->setFocus();
        QTest::keyClick(width, Qt::Key_Up);
        QCOMPARE(m_document->input().shape.extents(), (std::vector<int>{1, 3, 2, 3}));
        QCOMPARE(m_window->inputView()->model()->columnCount(), 11);

        auto *dims = findByAccessibleName<QComboBox>("Dim to normalise along");
        QCOMPARE(dims->count(), 6); // four dims, implicit, whole tensor
        QCOMPARE(dims->itemText(1), QString("dim=1 ≡ dim=-3 (C)"));
        dims->setFocus();
        QTest::keyClick(dims, Qt::Key_Down);
        QCOMPARE(m_document->spec().reduction.dim, 2);
        QVERIFY(labelTexts().contains("dim 2 (H): for each b, c, w the 2 values along H are normalised together — 9 "
                                      "groups of 2."));
        QCOMPARE(m_document->undoStack()->count(), 4);
    }

    void implicitChoiceShowsPyTorchsPickAndWarning()
    {
        m_document->setDimChoice(ui::DimChoice::implicit());
        const QString texts = labelTexts();
        QVERIFY(texts.contains("PyTorch picks dim=1 for a rank-4 tensor"));
        QVERIFY(texts.contains("Implicit dimension choice for softmax has been deprecated."));
        QVERIFY(texts.contains("TensorFlow axis=-1 → dim 3"));
        QVERIFY(texts.contains("NumPy helper → axis 1"));
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
            m_document->selectElement(flat);
            QCoreApplication::processEvents();
        }
        QCOMPARE(resizes.count, 0);
        QVERIFY(naive->toPlainText() != before);
        QVERIFY(m_window->stepsPanel()->plainText().contains(
            ui::formatValue(double(m_document->output().values[64]))));
    }

    void hoveringAFormulaNumberShowsItInFullAfterNewSteps()
    {
        auto *stable = findByAccessibleName<QTextBrowser>("Stable computation");
        m_document->selectElement(4); // the panes now show a new document
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

    void showAllGroupsAndHoverReachTheCells()
    {
        QAction *all = findAction("Show &all groups");
        QCOMPARE(all->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
        all->trigger();
        QVERIFY(m_document->showAllGroups());
        const QModelIndex cell = m_window->inputView()->tensorModel()->indexOfElement(0);
        QVERIFY(cell.data(TensorTableModel::ShowAllGroupsRole).toBool());

        ui::TensorGridView *output = m_window->outputView();
        const QModelIndex hovered = output->tensorModel()->indexOfElement(7);
        QTest::mouseMove(output->viewport(), output->visualRect(hovered).center());
        QCOMPARE(m_document->hoveredElement(), 7);
        QVERIFY(m_window->inputView()->tensorModel()->indexOfElement(3).data(TensorTableModel::InHoveredGroupRole).toBool());
    }

    void menusCarryUndoAndRedoWithStandardShortcuts()
    {
        QAction *undo = findAction("&Undo");
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!undo->isEnabled());
        m_document->setOp(core::Op::LogSoftmax);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QString("&Undo Choose log_softmax"));
        QCOMPARE(findAction("&Redo")->shortcut(), QKeySequence(QKeySequence::Redo));
    }

    void examplesMenuLoadsEveryPreset()
    {
        QMenu *examples = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>())
            if (menu->title() == "Open &example")
                examples = menu;
        QVERIFY(examples);
        QCOMPARE(examples->actions().size(), int(core::builtinPresets().size()));
        examples->actions().at(4)->trigger(); // three-classes: [-3, 1.5, 2.7], dim 0
        QCOMPARE(m_document->input().values, (std::vector<double>{-3, 1.5, double(2.7F)}));
        QCOMPARE(m_window->inputView()->model()->columnCount(), 3);
        QCOMPARE(m_document->undoStack()->undoText(), QString("Load example three-classes"));
    }

    void layoutIsRestoredOnTheNextStart()
    {
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName("softmax-explorer-test");
        m_window->resize(900, 650);
        m_window->stepsPanel()->setLabelStyle(ui::LabelStyle::Index);
        m_document->setShowAllGroups(true);
        auto *splitter = m_window->findChild<QSplitter *>();
        const QList<int> sizes = {300, splitter->orientation() == Qt::Vertical ? 200 : 600};
        splitter->setSizes(sizes);
        const QList<int> saved = splitter->sizes();
        m_window->close();

        ui::MainWindow next;
        next.restoreLayout();
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.size(), QSize(900, 650));
        QCOMPARE(next.stepsPanel()->labelStyle(), ui::LabelStyle::Index);
        QVERIFY(next.document()->showAllGroups());
        QCOMPARE(next.findChild<QSplitter *>()->sizes(), saved);
    }

private:
    template <typename Widget> Widget *findByAccessibleName(const QString &name) const
    {
        for (Widget *widget : m_window->findChildren<Widget *>())
            if (widget->accessibleName() == name)
                return widget;
        qFatal("no widget named %s", qPrintable(name));
    }

    QAction *findAction(const QString &text) const
    {
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->text().startsWith(text))
                return action;
        qFatal("no action %s", qPrintable(text));
    }

    QString labelTexts() const
    {
        QString texts;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            texts += label->text() + QLatin1Char('\n');
        for (ui::TextLine *line : m_window->findChildren<ui::TextLine *>())
            texts += line->text() + QLatin1Char('\n');
        return texts;
    }

    std::unique_ptr<ui::MainWindow> m_window;
    ui::TensorDocument *m_document = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
