// The window at device-pixel ratios 1, 1.5 and 2 (QT_SCALE_FACTOR on the offscreen
// platform): every ratio gets a backing store of the matching size, so text and
// cells are drawn at the screen's resolution instead of being scaled up.
#include "mainwindow.h"

#include <QApplication>
#include <QProcess>

#include <cstdio>
#include <QTest>

class TestPixelRatio : public QObject {
    Q_OBJECT

private slots:
    void crispAtEveryRatio_data()
    {
        QTest::addColumn<QString>("ratio");
        QTest::newRow("1") << "1";
        QTest::newRow("1.5") << "1.5";
        QTest::newRow("2") << "2";
    }

    void crispAtEveryRatio()
    {
        QFETCH(QString, ratio);
        // The ratio must be set before QApplication: run this binary again as the child.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_SCALE_FACTOR", ratio);
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("SOFTMAX_EXPLORER_GRAB", "1");
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QStringList out = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(' ');
        QCOMPARE(out.size(), 3);
        const double dpr = out[0].toDouble();
        QCOMPARE(dpr, ratio.toDouble());
        // The grabbed image has ratio × the logical size in pixels.
        QCOMPARE(out[1].toInt(), qRound(1000 * dpr));
        QCOMPARE(out[2].toInt(), qRound(700 * dpr));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("SOFTMAX_EXPLORER_GRAB")) {
        QApplication application(argc, argv);
        ui::MainWindow window;
        window.resize(1000, 700);
        window.show();
        QApplication::processEvents();
        const QPixmap pixmap = window.grab();
        std::printf("%g %d %d\n", window.devicePixelRatioF(), pixmap.width(), pixmap.height());
        return 0;
    }
    QApplication application(argc, argv);
    TestPixelRatio test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pixelratio.moc"
