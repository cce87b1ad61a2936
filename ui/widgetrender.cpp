#include "widgetrender.h"

#include "compareview.h"
#include "mainwindow.h"
#include "plotspanel.h"
#include "tensordocument.h"

#include <QCoreApplication>
#include <QApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

#include <memory>

namespace ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui::WidgetRender", text);
}

} // namespace

QString renderWidget(QWidget *widget, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = widget->size();
    if (suffix == QLatin1String("png")) {
        if (!widget->grab().save(path, "PNG"))
            return tr("cannot write the image '%1'").arg(path);
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("cannot write the image '%1'").arg(path);
        widget->render(&painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : tr("cannot write the image '%1'").arg(path);
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("cannot write the image '%1'").arg(path);
        const double scale = std::min(writer.width() / double(size.width()), writer.height() / double(size.height()));
        painter.scale(scale, scale);
        widget->render(&painter);
        painter.end();
        return {};
    }
    return tr("'%1' has no image extension: use .png, .svg or .pdf").arg(path);
}

QString renderView(RenderedView view, const DocumentState &state, int selected, QSize size, const QString &path)
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
    widget->resize(size);
    widget->show();
    // Plots replot on the next pass of the event loop.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return renderWidget(widget.get(), path);
}

} // namespace ui
