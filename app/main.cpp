#include "commandline.h"
#include "mainwindow.h"
#include "windowhost.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

/// Off screen, Qt's platform notes ("This plugin does not support
/// propagateSizeHints()", no XDG_RUNTIME_DIR) are noise on a headless command's
/// stderr; only real failures get through.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "softmax-explorer: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("softmax-explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Softmax Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOFTMAX_EXPLORER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (app::needsWidgets(arguments)) {
        // Rendering draws the window off screen: no display is needed or used, and
        // the image is the same wherever it runs.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        const QApplication application(argc, argv);
        return app::runCommandLine(arguments);
    }
    if (app::isHeadless(arguments)) {
        // Headless modes never create a window (and need no display).
        const QCoreApplication application(argc, argv);
        return app::runCommandLine(arguments);
    }
    QApplication application(argc, argv);
    ui::WindowHost host; // the system's language or the one chosen last
    host.start();
    // softmax-explorer FILE: a lesson, a .npy or a text tensor.
    if (arguments.size() > 1)
        host.window()->openFile(arguments.at(1));
    return application.exec();
}
