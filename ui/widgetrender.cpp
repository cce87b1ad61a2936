#include "widgetrender.h"

#include "mainwindow.h"
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

QString renderMainWindow(const DocumentState &state, int selected, QSize size, const QString &path)
{
    TensorDocument document;
    document.reset(state, selected);
    MainWindow window(&document);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    QApplication::processEvents();
    return renderWidget(&window, path);
}

} // namespace ui
