#include "plotstyle.h"

#include "cellpalette.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSvgGenerator>

#include <array>

namespace ui::plotstyle {

namespace {

/// The context of this file's translated texts.
struct PlotStyle {
    Q_DECLARE_TR_FUNCTIONS(ui::PlotStyle)
};

void styleAxis(QCPAxis *axis, const QColor &text, const QColor &grid)
{
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid));
}

} // namespace

QColor seriesColor(int series)
{
    static constexpr std::array<unsigned, 6> colors = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9};
    return QColor::fromRgb(QRgb(colors[std::size_t(series) % colors.size()]));
}

QCPColorGradient viridis()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (int i = 0; i <= 10; ++i)
        gradient.setColorStopAt(i / 10.0, cellpalette::shade(i / 10.0));
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(cellpalette::shade(std::nan("")));
    return gradient;
}

void applyPalette(QCustomPlot *plot, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    plot->setBackground(base);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(base);
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, text, grid);
    }
    plot->legend->setBrush(base);
    plot->legend->setTextColor(text);
    plot->legend->setBorderPen(QPen(grid));
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
}

void applyFont(QCustomPlot *plot, const QFont &font)
{
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(font);
            axis->setLabelFont(font);
        }
    }
    plot->legend->setFont(font);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i))) {
            QFont bold = font;
            bold.setBold(true);
            title->setFont(bold);
        }
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QString saveImage(QCustomPlot *plot, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool saved = false;
    if (suffix == QLatin1String("png")) {
        saved = plot->savePng(path);
    } else if (suffix == QLatin1String("pdf")) {
        saved = plot->savePdf(path);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(plot->size());
        generator.setViewBox(plot->rect());
        QCPPainter painter;
        if (painter.begin(&generator)) {
            plot->toPainter(&painter, plot->width(), plot->height());
            painter.end();
            saved = QFileInfo(path).size() > 0;
        }
    } else {
        return PlotStyle::tr("'%1' has no image extension: use .png, .svg or .pdf").arg(path);
    }
    return saved ? QString() : PlotStyle::tr("cannot write the image '%1'").arg(path);
}

void addSaveImageMenu(QCustomPlot *plot, QWidget *dialogParent)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, dialogParent](const QPoint &position) {
        QMenu menu(plot);
        QAction *save = menu.addAction(PlotStyle::tr("Save image…"));
        if (menu.exec(plot->mapToGlobal(position)) != save)
            return;
        const QString path = QFileDialog::getSaveFileName(dialogParent, PlotStyle::tr("Save image"), QString(),
                                                          PlotStyle::tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = saveImage(plot, path);
        if (!error.isEmpty())
            QMessageBox::warning(dialogParent, PlotStyle::tr("Save image"), error);
    });
}

} // namespace ui::plotstyle
