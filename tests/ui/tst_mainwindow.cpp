// The main window driven like a user: clicks through the viewport, typing,
// arrow keys, the controls and the menus.
#include "mainwindow.h"
#include "presets.h"
#include "stepspanel.h"
#include "tensordocument.h"
#include "tensorgridview.h"
#include "tensortablemodel.h"
#include "textline.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>

#include "findnamed.h"
#include "gridinput.h"
#include "referencegroup.h"
#include <QToolButton>
#include <QUndoStack>

#include <set>

using ui::TensorTableModel;

namespace {

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
        return findNamed<Widget>(m_window.get(), name);
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
