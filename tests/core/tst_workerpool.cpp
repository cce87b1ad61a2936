// runInParts: every item exactly once, whether the pool's threads are polling
// for the next job (jobs back to back) or asleep (jobs apart), with the number
// of threads changing between jobs, and with callers on several threads at once.

#include "workerpool.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace {

/// Runs one job over `items` on `threads` threads and checks that each item was visited
/// once; a lost wake-up would hang here (the test's timeout).
bool eachItemOnce(std::int64_t items, int threads)
{
    std::vector<std::atomic<int>> visits(std::size_t(items + 1));
    core::runInParts(items, threads, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i)
            visits[std::size_t(i)].fetch_add(1);
    });
    for (std::int64_t i = 0; i < items; ++i)
        if (visits[std::size_t(i)].load() != 1)
            return false;
    return visits[std::size_t(items)].load() == 0;
}

} // namespace

class TestWorkerPool : public QObject {
    Q_OBJECT

private slots:
    void jobsBackToBack()
    {
        for (int job = 0; job < 2000; ++job) {
            const int threads = 2 + job % 3;
            QVERIFY2(eachItemOnce(1 + job % 97, threads), qPrintable(QString("job %1, %2 threads").arg(job).arg(threads)));
        }
    }

    void jobsAfterTheThreadsSlept()
    {
        for (int job = 0; job < 20; ++job) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2)); // past the threads' polling
            QVERIFY2(eachItemOnce(1000, 2 + job % 2), qPrintable(QString("job %1").arg(job)));
        }
    }

    void fewerItemsThanThreads()
    {
        QVERIFY(eachItemOnce(1, 4));
        QVERIFY(eachItemOnce(3, 4));
        QVERIFY(eachItemOnce(0, 2));
    }

    void callersOnSeveralThreadsTakeTurns()
    {
        std::atomic<int> failures = 0;
        std::vector<std::thread> callers;
        for (int caller = 0; caller < 3; ++caller)
            callers.emplace_back([&, caller] {
                for (int job = 0; job < 300; ++job)
                    if (!eachItemOnce(50 + caller, 2 + (job + caller) % 2))
                        failures.fetch_add(1);
            });
        for (std::thread &caller : callers)
            caller.join();
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_APPLESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
