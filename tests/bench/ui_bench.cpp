// Drives the real main window offscreen and prints how long each interaction
// takes, from the document change until every view has repainted.
//   softmax-ui-bench [--reps N]
// Prints figures only; nothing is asserted (DESIGN.md §9: goal < 16 ms each).
#include "mainwindow.h"
#include "tensordocument.h"
#include "walkthrough.h"

#include "presets.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

#include <unistd.h>

namespace {

void settle()
{
    // Posted updates, layout and paint events: what a user waits for.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

double milliseconds(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    settle();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *name, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times[std::min(times.size() - 1, std::size_t(q * double(times.size())))]; };
    std::printf("  %-22s median %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", name, at(0.5), at(0.95), times.back());
}

/// Milliseconds since the kernel started this process (exec, dynamic loading and
/// static initialisers included), from /proc: clock-tick resolution (10 ms).
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statText = stat.readAll();
    // Fields after the parenthesised command name; starttime is field 22.
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    const double startedAt = fields.value(19).toDouble() / ticksPerSecond;
    const double now = uptime.readAll().split(' ').first().toDouble();
    return (now - startedAt) * 1e3;
}

long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void measure(const char *title, ui::MainWindow &window, int reps)
{
    ui::TensorDocument *document = window.document();
    const int numel = document->input().numel();
    const int rank = document->input().rank();
    std::mt19937 random(1);
    std::printf("%s: shape %s, %d elements, %d reps\n", title, document->input().shape.toString().c_str(), numel, reps);
    std::vector<double> select, dim, edit, temperature, op, walk;
    for (int i = 0; i < reps; ++i) {
        select.push_back(milliseconds([&] { document->selectElement(int(random() % unsigned(numel))); }));
        dim.push_back(milliseconds([&] { document->setDimChoice(ui::DimChoice::explicitDim(i % rank)); }));
        edit.push_back(milliseconds([&] { document->setValue(int(random() % unsigned(numel)), double(i % 17) - 8); }));
        temperature.push_back(milliseconds([&] { document->setTemperature(0.5 + 0.01 * i, 1); }));
        op.push_back(milliseconds([&] { document->setOp(i % 2 ? core::Op::Softmax : core::Op::LogSoftmax); }));
    }
    window.walkthrough()->start();
    for (int i = 0; i < reps; ++i) {
        walk.push_back(milliseconds([&] {
            if (window.walkthrough()->currentGroup() + 1 == window.walkthrough()->groupCount())
                window.walkthrough()->first();
            else
                window.walkthrough()->next();
        }));
    }
    window.walkthrough()->stop();
    report("select a cell", select);
    report("change dim", dim);
    report("edit a value", edit);
    report("drag T (slider step)", temperature);
    report("switch op", op);
    report("walkthrough step", walk);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const int repsAt = int(arguments.indexOf(QStringLiteral("--reps")));
    const int reps = repsAt > 0 && repsAt + 1 < arguments.size() ? arguments[repsAt + 1].toInt() : 100;

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    settle();
    std::printf("first window shown: %.1f ms after main() (QApplication, window, first paint), "
                "%.0f ms after the process started\n",
                double(sinceStart.nsecsElapsed()) / 1e6, millisecondsSinceProcessStart());
    measure("default example", window, reps);

    const std::pair<const char *, std::vector<int>> large[] = {{"4096 elements, 4x16x8x8", {4, 16, 8, 8}},
                                                               {"4096 elements, 64x64", {64, 64}}};
    for (const auto &[title, extents] : large) {
        window.document()->setExtents(extents);
        window.document()->fill(core::Fill::Randn, 1);
        settle();
        measure(title, window, reps);
    }
    std::printf("resident memory: %.1f MB\n", double(residentKilobytes()) / 1024.0);
    return 0;
}
