// Themes: light, dark and high contrast re-colour the whole window, plots included.
#include "mainwindow.h"
#include "plotspanel.h"
#include "groupbarsplot.h"
#include "theme.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QTest>

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void darkAndHighContrastReachEveryPart()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCustomPlot *plot = window.plotsPanel()->barsPlot()->plot();

        ui::theme::apply(ui::theme::Theme::Dark, false);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        QTRY_COMPARE(window.palette().color(QPalette::Base), QApplication::palette().color(QPalette::Base));
        QTRY_COMPARE(plot->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::Text));

        ui::theme::apply(ui::theme::Theme::Light, true);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::black));
        QTRY_COMPARE(plot->xAxis->tickLabelColor(), QColor(Qt::black));

        ui::theme::apply(ui::theme::Theme::System, false);
        QCOMPARE(ui::theme::parse("dark"), ui::theme::Theme::Dark);
        QCOMPARE(ui::theme::name(ui::theme::Theme::Light), QString("light"));
        QCOMPARE(ui::theme::parse("nonsense"), ui::theme::Theme::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
