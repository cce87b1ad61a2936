// The plots show the core's numbers for the selected group, read back from the
// QCustomPlot graphs; dragging the T marker is one undo step.
#include "expcurveplot.h"
#include "groupbarsplot.h"
#include "heatmapplot.h"
#include "plotspanel.h"
#include "plotstyle.h"
#include "temperatureplot.h"
#include "tensordocument.h"

#include <qcustomplot.h>

#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

namespace {

bool near(double a, double b, double relative = 1e-6)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

} // namespace

class TestPlots : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<ui::TensorDocument>(); // 1×3×2×2 arange, dim 1
        m_panel = std::make_unique<ui::PlotsPanel>(m_document.get());
        m_panel->resize(700, 450);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_document->selectElement(5); // x[0,1,0,1] = 5; its group {1, 5, 9}
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void barsShowTheGroupsNumbers()
    {
        const core::StepTrace trace = m_document->selectedTrace();
        ui::GroupBarsPlot *bars = m_panel->barsPlot();
        const std::vector<double> *expected[3] = {&trace.stable.scaled, &trace.stable.exps, &trace.stable.outputs};
        for (int series = 0; series < 3; ++series) {
            QCPBars *graph = bars->series(series);
            QCOMPARE(graph->data()->size(), 3);
            for (int k = 0; k < 3; ++k)
                QCOMPARE(graph->data()->at(k)->value, (*expected[series])[std::size_t(k)]);
        }
        // Independent of the core: x = 1, 5, 9; e^(x−9) by hand; PyTorch prints p as
        // 3.2932e-04, 1.7980e-02, 9.8169e-01.
        QCOMPARE(bars->series(0)->data()->at(1)->value, 5.0);
        QVERIFY(near(bars->series(1)->data()->at(0)->value, std::exp(-8.0), 1e-6));
        QVERIFY(near(bars->series(2)->data()->at(1)->value, 1.7980e-02, 5e-5));
        QVERIFY(near(bars->series(2)->data()->at(2)->value, 9.8169e-01, 5e-5));
        QCOMPARE(bars->series(2)->name(), QString("p"));
        m_document->setOp(core::Op::LogSoftmax);
        QCOMPARE(bars->series(2)->name(), QString("log p"));
        QVERIFY(near(bars->series(2)->data()->at(2)->value, std::log(9.8169e-01), 1e-4));
    }

    void curvePassesThroughTheGroup()
    {
        // Hidden tabs are brought up to date when they are shown.
        m_panel->tabs()->setCurrentWidget(m_panel->curvePlot());
        QCustomPlot *plot = m_panel->curvePlot()->plot();
        QCOMPARE(plot->graph(1)->data()->size(), 3);
        for (int k = 0; k < 3; ++k) {
            const double x = 1 + 4 * k; // 1, 5, 9
            QCOMPARE(plot->graph(1)->data()->at(k)->key, x);
            QVERIFY(near(plot->graph(1)->data()->at(k)->value, std::exp(x - 9), 1e-6));
        }
        QCOMPARE(plot->graph(2)->data()->at(0)->key, 5.0); // the explained element
        // The curve itself is e^(x − 9): its last sample sits at or beyond x = 9.
        const auto last = plot->graph(0)->data()->at(plot->graph(0)->data()->size() - 1);
        QVERIFY(near(last->value, std::exp(last->key - 9), 1e-9));
    }

    void probabilityAgainstTemperature()
    {
        ui::TemperaturePlot *temperature = m_panel->temperaturePlot();
        m_panel->tabs()->setCurrentWidget(temperature);
        QCustomPlot *plot = temperature->plot();
        QCOMPARE(plot->graphCount(), 3);
        QCOMPARE(plot->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plot->xAxis->range().lower <= 0.05 && plot->xAxis->range().upper >= 20);
        // At T = 1 (a sample of the log grid) p equals the output; at T = 20 the group
        // (1, 5, 9)/20 is flatter: p₉ = 1 / (1 + e^-0.2 + e^-0.4) = 0.40176 (hand arithmetic).
        const QCPGraph *largest = plot->graph(2);
        const auto atOne = largest->data()->findBegin(1.0 - 1e-9, false);
        QVERIFY(near(atOne->key, 1.0, 1e-9));
        QVERIFY(near(atOne->value, 9.8169e-01, 5e-5));
        QVERIFY(near(largest->data()->at(largest->data()->size() - 1)->value,
                     1 / (1 + std::exp(-0.2) + std::exp(-0.4)), 1e-5));
    }

    void draggingTheMarkerIsOneUndoStep()
    {
        ui::TemperaturePlot *temperature = m_panel->temperaturePlot();
        m_panel->tabs()->setCurrentWidget(temperature);
        QCustomPlot *plot = temperature->plot();
        plot->replot(); // lays out the axes at the shown size
        const int y = int(plot->yAxis->coordToPixel(0.5));
        const auto pixel = [plot](double t) { return int(plot->xAxis->coordToPixel(t)); };
        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(pixel(0.5), y));
        for (double t : {0.7, 1.5, 3.0})
            QTest::mouseMove(plot, QPoint(pixel(t), y));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(pixel(3.0), y));
        QVERIFY2(near(m_document->state().temperature, 3.0, 0.02), qPrintable(QString::number(m_document->state().temperature)));
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->state().temperature, 1.0);
    }

    void heatMapShowsTheSelectedPlane()
    {
        ui::HeatMapPlot *heat = m_panel->heatMapPlot();
        m_panel->tabs()->setCurrentWidget(heat);
        QCPColorMapData *data = heat->colorMap()->data();
        QCOMPARE(data->keySize(), 2);
        QCOMPARE(data->valueSize(), 2);
        // Plane c = 1 of the dim-1 output: every cell 1.7980e-02 as PyTorch prints.
        for (int row = 0; row < 2; ++row)
            for (int column = 0; column < 2; ++column)
                QVERIFY(near(data->cell(column, row), 1.7980e-02, 5e-5));
        m_document->setDimChoice(ui::DimChoice::explicitDim(3));
        // Along W: row (4, 5) → 0.26894, 0.73106 (hand arithmetic: 1 / (1 + e)).
        QVERIFY(near(data->cell(0, 0), 1 / (1 + std::exp(1.0)), 1e-6));
        QVERIFY(near(data->cell(1, 0), 1 / (1 + std::exp(-1.0)), 1e-6));
    }

    void plotsFollowThePalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        m_panel->setPalette(dark);
        QCustomPlot *plot = m_panel->barsPlot()->plot();
        QCOMPARE(plot->xAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
    }

    void savesImages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "bars.png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "bars.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "bars.pdf" << QByteArray("%PDF");
    }

    void savesImages()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QCOMPARE(ui::plotstyle::saveImage(m_panel->barsPlot()->plot(), path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(magic.size()), magic);
        QVERIFY(!ui::plotstyle::saveImage(m_panel->barsPlot()->plot(), dir.filePath("bars.txt")).isEmpty());
    }

private:
    std::unique_ptr<ui::TensorDocument> m_document;
    std::unique_ptr<ui::PlotsPanel> m_panel;
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
