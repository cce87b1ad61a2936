#include "mainwindow.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void showsPrintsAndFollowsTheDim()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dim = window.findChild<QSpinBox *>();
        auto *preset = window.findChild<QComboBox *>();
        const auto panes = window.findChildren<QPlainTextEdit *>();
        QCOMPARE(panes.size(), 3);
        QCOMPARE(preset->currentIndex(), 0); // bchw-arange, dim 1
        QCOMPARE(dim->value(), 1);
        QVERIFY(panes[1]->toPlainText().startsWith("tensor([[[[3.2932e-04, 3.2932e-04],"));

        dim->setFocus();
        QTest::keyClick(dim, Qt::Key_Up); // dim 2: down each column of H×W
        QCOMPARE(dim->value(), 2);
        QVERIFY(panes[1]->toPlainText().startsWith("tensor([[[[0.1192, 0.1192],"));
        QVERIFY(panes[2]->toPlainText().contains("dim=2"));

        preset->setCurrentIndex(4); // three classes
        QCOMPARE(dim->minimum(), -1);
        QCOMPARE(panes[1]->toPlainText(), QString("tensor([0.0026, 0.2309, 0.7666])"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
