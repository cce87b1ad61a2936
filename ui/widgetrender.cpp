#include "widgetrender.h"

#include "compareview.h"
#include "mainwindow.h"
#include "plotspanel.h"
#include "tensordocument.h"

#include <QCoreApplication>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

#include <memory>

namespace ui {

namespace {

/// The context of this file's translated texts.
struct WidgetRender {
    Q_DECLARE_TR_FUNCTIONS(ui::WidgetRender)
};

} // namespace

int titleHeight(const QWidget *widget)
{
    return widget->fontMetrics().height() * 2;
}

QString exportTitle(const DocumentState &state)
{
    const core::SoftmaxSpec spec = state.spec();
    const QString function = QString::fromStdString(core::opName(spec.op));
    const QString x = spec.temperature != 1.0
        ? QStringLiteral("x / %1").arg(QString::number(spec.temperature, 'g', 6))
        : QStringLiteral("x");
    const QString call = spec.reduction.wholeTensor
        ? WidgetRender::tr("%1(%2) over the whole tensor").arg(function, x)
        : QStringLiteral("%1(%2, dim=%3)").arg(function, x).arg(spec.reduction.dim);
    return QStringLiteral("%1 · %2 %3 · %4")
        .arg(call, WidgetRender::tr("shape"), QString::fromStdString(state.tensor.shape.toString()),
             QString::fromStdString(core::dtypeName(state.tensor.dtype)));
}

QString renderWidget(QWidget *widget, const QString &path, const QString &title, double scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int strip = title.isEmpty() ? 0 : titleHeight(widget);
    const QSize size = widget->size() + QSize(0, strip);
    // Everything is drawn the same way on every device: a title strip, then the widget.
    const auto draw = [&](QPainter &painter) {
        painter.fillRect(QRect(QPoint(0, 0), size), widget->palette().color(QPalette::Window));
        if (strip > 0) {
            QFont font = widget->font();
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(widget->palette().color(QPalette::WindowText));
            painter.drawText(QRect(8, 0, size.width() - 16, strip), Qt::AlignLeft | Qt::AlignVCenter, title);
        }
        widget->render(&painter, QPoint(0, strip), QRegion(), QWidget::DrawChildren);
    };
    if (suffix == QLatin1String("png")) {
        QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter);
        painter.end();
        return image.save(path, "PNG") ? QString() : WidgetRender::tr("cannot write the image '%1'").arg(path);
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title.isEmpty() ? QCoreApplication::applicationName() : title);
        QPainter painter;
        if (!painter.begin(&generator))
            return WidgetRender::tr("cannot write the image '%1'").arg(path);
        draw(painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : WidgetRender::tr("cannot write the image '%1'").arg(path);
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        QPainter painter;
        if (!painter.begin(&writer))
            return WidgetRender::tr("cannot write the image '%1'").arg(path);
        const double fit = std::min(writer.width() / double(size.width()), writer.height() / double(size.height()));
        painter.scale(fit, fit);
        draw(painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : WidgetRender::tr("cannot write the image '%1'").arg(path);
    }
    return WidgetRender::tr("'%1' has no image extension: use .png, .svg or .pdf").arg(path);
}

QString renderView(RenderedView view, const DocumentState &state, int selected, QSize size, const QString &path,
                   double scale)
{
    TensorDocument document;
    document.reset(state, selected);
    std::unique_ptr<QWidget> widget;
    switch (view) {
    case RenderedView::Main:
        widget = std::make_unique<MainWindow>(&document);
        break;
    case RenderedView::Compare:
        widget = std::make_unique<CompareView>(&document);
        break;
    case RenderedView::Plot:
        widget = std::make_unique<PlotsPanel>(&document, PlotsPanel::Arrangement::Grid);
        break;
    }
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    // The image is `size` in all: the title strip on top, the view below it.
    widget->resize(size - QSize(0, titleHeight(widget.get())));
    widget->show();
    // Plots replot on the next pass of the event loop.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return renderWidget(widget.get(), path, exportTitle(document.state()), scale);
}

} // namespace ui
