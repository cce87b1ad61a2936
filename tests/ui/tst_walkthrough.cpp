// The walkthrough visits every group of the current dim once, in order, and
// stops when the document is edited; the window drives it from the keyboard.
#include "mainwindow.h"
#include "stepspanel.h"
#include "tensordocument.h"
#include "walkthrough.h"

#include <QTest>
#include <QUndoStack>

#include <numeric>
#include <QUndoStack>

class TestWalkthrough : public QObject {
    Q_OBJECT

private slots:
    void visitsEveryGroupOnceInOrder_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("groups");
        QTest::newRow("dim 0") << 0 << 12;
        QTest::newRow("dim 1") << 1 << 8;
        QTest::newRow("dim 2") << 2 << 12;
        QTest::newRow("dim 3") << 3 << 12;
    }

    void visitsEveryGroupOnceInOrder()
    {
        QFETCH(int, dim);
        QFETCH(int, groups);
        ui::TensorDocument document;
        QVERIFY(document.setExtents({2, 3, 2, 2}));
        document.setDimChoice(ui::DimChoice::explicitDim(dim));
        ui::Walkthrough walkthrough(&document);
        QCOMPARE(walkthrough.groupCount(), groups);
        std::vector<int> visited;
        walkthrough.start();
        visited.push_back(document.groups().groupOf(document.selectedElement()));
        for (int step = 1; step < groups + 3; ++step) { // stepping past the end stays on the last
            walkthrough.next();
            const int group = document.groups().groupOf(document.selectedElement());
            if (group != visited.back())
                visited.push_back(group);
        }
        std::vector<int> expected(static_cast<std::size_t>(groups));
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(visited, expected);
        QCOMPARE(walkthrough.currentGroup(), groups - 1);
        walkthrough.previous();
        QCOMPARE(walkthrough.currentGroup(), groups - 2);
        walkthrough.first();
        QCOMPARE(walkthrough.currentGroup(), 0);
        walkthrough.last();
        QCOMPARE(walkthrough.currentGroup(), groups - 1);
    }

    void keepsThePositionWithinEachGroup()
    {
        ui::TensorDocument document; // dim 1: groups {0,4,8}, {1,5,9}, …
        document.selectElement(9);   // the last member of group 1
        ui::Walkthrough walkthrough(&document);
        walkthrough.start();
        QCOMPARE(document.selectedElement(), 8);
        walkthrough.next();
        QCOMPARE(document.selectedElement(), 9);
    }

    void playsToTheEndAndStops()
    {
        ui::TensorDocument document;
        ui::Walkthrough walkthrough(&document);
        walkthrough.setIntervalMilliseconds(100);
        walkthrough.play();
        QVERIFY(walkthrough.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(walkthrough.currentGroup(), 3, 3000);
        QTRY_VERIFY(!walkthrough.isPlaying());
        QVERIFY(walkthrough.isActive());
    }

    void anEditStopsIt()
    {
        ui::TensorDocument document;
        ui::Walkthrough walkthrough(&document);
        walkthrough.setIntervalMilliseconds(100);
        walkthrough.play();
        document.setValue(0, 3.0);
        QVERIFY(!walkthrough.isActive());
        QVERIFY(!walkthrough.isPlaying());
        walkthrough.start();
        document.undoStack()->undo();
        QVERIFY(!walkthrough.isActive());
    }

    void keyboardDrivesItInTheWindow()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::Walkthrough *walkthrough = window.walkthrough();
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(walkthrough->isActive());
        QCOMPARE(walkthrough->currentGroup(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(walkthrough->currentGroup(), 1);
        // The steps panel follows: group 2 of dim 1 starts at x[0,0,0,1] (x₂).
        QVERIFY(window.stepsPanel()->plainText().startsWith("Steps of softmax for x[0,0,0,1] (x₂)"));
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(walkthrough->currentGroup(), 3);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(walkthrough->currentGroup(), 0);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(walkthrough->isPlaying());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!walkthrough->isPlaying());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!walkthrough->isActive());
        // Without a walkthrough the arrows are the views' again: no group is stepped.
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(!walkthrough->isActive());
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
