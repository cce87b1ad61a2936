// Presentation mode and zoom.
#include "mainwindow.h"
#include "presentationmode.h"
#include "tensorgridview.h"
#include "walkthrough.h"

#include <QHeaderView>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

class TestPresentation : public QObject {
    Q_OBJECT

private slots:
    void presentingEnlargesAndReduces()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int normalCell = window.inputView()->horizontalHeader()->sectionSize(0);
        const qreal normalFont = window.inputView()->font().pointSizeF();

        QTest::keyClick(&window, Qt::Key_F11);
        ui::PresentationMode *presentation = window.presentation();
        QVERIFY(presentation->isPresenting());
        QVERIFY(window.isFullScreen());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.findChild<QToolBar *>("tensorToolBar")->isVisible());
        QVERIFY(window.findChild<QToolBar *>("walkthroughToolBar")->isVisible());
        QVERIFY(presentation->zoom() >= 2.0);
        QVERIFY(window.inputView()->font().pointSizeF() >= 2 * normalFont - 0.01);
        QVERIFY(window.inputView()->horizontalHeader()->sectionSize(0) > 2 * normalCell);

        // Menu shortcuts still work with the menu bar hidden.
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(presentation->zoom() > 2.0);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.walkthrough()->isActive());
        QTest::keyClick(&window, Qt::Key_Escape); // first stops the walkthrough
        QVERIFY(!window.walkthrough()->isActive());
        QVERIFY(presentation->isPresenting());
        QTest::keyClick(&window, Qt::Key_Escape); // then leaves presentation
        QVERIFY(!presentation->isPresenting());
        QVERIFY(!window.isFullScreen());
        QVERIFY(window.menuBar()->isVisible());
        QCOMPARE(presentation->zoom(), 1.0);
        QCOMPARE(window.inputView()->horizontalHeader()->sectionSize(0), normalCell);
    }

    void zoomKeys()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal normalFont = window.inputView()->font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(window.inputView()->font().pointSizeF() > normalFont);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(window.inputView()->font().pointSizeF() < normalFont);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.inputView()->font().pointSizeF(), normalFont);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
