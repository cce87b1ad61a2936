// Drives the real main window offscreen and prints how long each interaction
// takes, from the document change until every view has repainted.
//   softmax-ui-bench [--reps N] [--breakdown]
// --breakdown also prints, per interaction, where the time went: the synchronous
// slots run by the document change, and each receiver class's events (exclusive
// of the events nested in them), in milliseconds and events per repetition.
// Prints figures only; nothing is asserted (DESIGN.md §9: goal < 16 ms each).
#include "mainwindow.h"
#include "tensordocument.h"
#include "walkthrough.h"

#include "presets.h"
#include "tensorgridview.h"
#include "tensortablemodel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <random>

#include <unistd.h>

namespace {

/// Exclusive time per (receiver class, event type), summed while enabled.
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        ++delivered;
        if (!recording)
            return QApplication::notify(receiver, event);
        // Before the event: it may delete its receiver.
        const QString name = QStringLiteral("%1 %2").arg(receiverName(receiver), QLatin1String(eventName(event->type())));
        QElapsedTimer timer;
        timer.start();
        const qint64 nestedBefore = m_nested;
        m_nested = 0;
        const bool result = QApplication::notify(receiver, event);
        const qint64 total = timer.nsecsElapsed();
        Share &share = (*shares)[name];
        share.nanoseconds += total - m_nested;
        ++share.events;
        m_nested = nestedBefore + total;
        return result;
    }

    bool recording = false;
    struct Share {
        qint64 nanoseconds = 0;
        int events = 0;
    };
    using Shares = std::map<QString, Share>;
    Shares *shares = nullptr; ///< where the events are being added up
    std::int64_t delivered = 0; ///< events delivered so far

private:
    /// Its class; a scroll area's viewport by the area's class.
    static QString receiverName(QObject *receiver)
    {
        const auto *area = qobject_cast<QAbstractScrollArea *>(receiver->parent());
        if (area && area->viewport() == receiver)
            return QLatin1String(area->metaObject()->className()) + QLatin1String("'s viewport");
        // A scroll bar by its area (its parent is the area's scroll bar container).
        const QObject *container = receiver->parent();
        if (receiver->inherits("QScrollBar") && container && container->parent())
            return QLatin1String(container->parent()->metaObject()->className()) + QLatin1String("'s scroll bar");
        return QLatin1String(receiver->metaObject()->className());
    }

    static const char *eventName(QEvent::Type type)
    {
        const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
        const char *name = types.valueToKey(type);
        return name ? name : "(user event)";
    }

    qint64 m_nested = 0;
};

TimingApplication *timingApplication() { return static_cast<TimingApplication *>(qApp); }

bool breakdown = false;

void settle()
{
    // Posted updates, layout and paint events, until a pass delivers none: what a
    // user waits for. A layout request climbs one parent per pass (combo box, dim
    // selector, tool bar, window), so a fixed few passes would leave part of one
    // interaction's work to be timed with the next.
    for (int pass = 0; pass < 50; ++pass) {
        const std::int64_t before = timingApplication()->delivered;
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
        if (timingApplication()->delivered == before)
            break;
    }
}

double milliseconds(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    timingApplication()->recording = breakdown && timingApplication()->shares;
    action();
    const qint64 synchronous = timer.nsecsElapsed();
    settle();
    timingApplication()->recording = false;
    if (breakdown && timingApplication()->shares)
        (*timingApplication()->shares)[QStringLiteral("(document change and its slots)")].nanoseconds += synchronous;
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The largest shares of an interaction's time, per repetition.
void reportBreakdown(const TimingApplication::Shares &shares, int reps)
{
    std::vector<std::pair<qint64, QString>> sorted;
    for (const auto &[name, share] : shares)
        sorted.emplace_back(share.nanoseconds, name);
    std::sort(sorted.rbegin(), sorted.rend());
    for (std::size_t i = 0; i < std::min<std::size_t>(sorted.size(), 14); ++i)
        std::printf("      %7.2f ms  %5.1f×  %s\n", double(sorted[i].first) / 1e6 / reps,
                    double(shares.at(sorted[i].second).events) / reps, qPrintable(sorted[i].second));
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

/// A random element whose cell both views show whole, as a click would pick: the
/// views need not scroll to it.
int shownElement(ui::MainWindow &window, std::mt19937 &random)
{
    std::vector<int> shown;
    const int count = window.document()->input().numel();
    for (int flat = 0; flat < count; ++flat) {
        bool whole = true;
        for (ui::TensorGridView *view : {window.inputView(), window.outputView()}) {
            const QRect cell = view->visualRect(view->tensorModel()->indexOfElement(flat));
            whole = whole && view->viewport()->rect().contains(cell);
        }
        if (whole)
            shown.push_back(flat);
    }
    return shown.empty() ? 0 : shown[random() % shown.size()];
}

void measure(const char *title, ui::MainWindow &window, int reps)
{
    ui::TensorDocument *document = window.document();
    const int numel = document->input().numel();
    const int rank = document->input().rank();
    std::mt19937 random(1);
    std::printf("%s: shape %s, %d elements, %d reps\n", title, document->input().shape.toString().c_str(), numel, reps);
    int shown = 0; // chosen before the click is timed
    const std::vector<std::pair<const char *, std::function<void(int)>>> interactions = {
        {"select a cell", [&](int) { document->selectElement(int(random() % unsigned(numel))); }},
        {"click a shown cell", [&](int) { document->selectElement(shown); }},
        {"change dim", [&](int i) { document->setDimChoice(ui::DimChoice::explicitDim(i % rank)); }},
        {"edit a value", [&](int i) { document->setValue(int(random() % unsigned(numel)), double(i % 17) - 8); }},
        {"drag T (slider step)", [&](int i) { document->setTemperature(0.5 + 0.01 * i, 1); }},
        {"switch op", [&](int i) { document->setOp(i % 2 ? core::Op::Softmax : core::Op::LogSoftmax); }},
    };
    // Interleaved, as a user mixes them (an edit after a dim change costs more than
    // an edit after an edit).
    std::vector<std::vector<double>> times(interactions.size() + 1);
    std::vector<TimingApplication::Shares> shares(interactions.size() + 1);
    const auto timed = [&](std::size_t k, const std::function<void()> &action) {
        timingApplication()->shares = &shares[k];
        times[k].push_back(milliseconds(action));
        timingApplication()->shares = nullptr;
    };
    for (int i = 0; i < reps; ++i)
        for (std::size_t k = 0; k < interactions.size(); ++k) {
            shown = shownElement(window, random);
            timed(k, [&] { interactions[k].second(i); });
        }
    window.walkthrough()->start();
    for (int i = 0; i < reps; ++i) {
        timed(interactions.size(), [&] {
            if (window.walkthrough()->currentGroup() + 1 == window.walkthrough()->groupCount())
                window.walkthrough()->first();
            else
                window.walkthrough()->next();
        });
    }
    window.walkthrough()->stop();
    for (std::size_t k = 0; k <= interactions.size(); ++k) {
        report(k < interactions.size() ? interactions[k].first : "walkthrough step", times[k]);
        if (breakdown)
            reportBreakdown(shares[k], reps);
    }
}

/// The offscreen platform's notes (once per window resize, and no
/// XDG_RUNTIME_DIR) would bury the figures; every other message is printed.
void dropPlatformNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")) ||
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(dropPlatformNotes);
    TimingApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    breakdown = arguments.contains(QStringLiteral("--breakdown"));
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
