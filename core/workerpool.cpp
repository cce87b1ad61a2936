#include "workerpool.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace core {

namespace {

/// How long a thread with nothing to do polls before it sleeps: a worker for
/// the next job, the caller for the parts the workers are doing. Waking a
/// sleeping thread took 30–50 µs on the 2-core VM, as long as a whole
/// (1,64,56,56) log_softmax on one thread (55 µs; on two, 57 µs with sleeping
/// and 27 µs with polling); OpenMP's threads, which PyTorch's kernels run on,
/// poll the same way.
constexpr auto pollFor = std::chrono::microseconds(200);

/// Parts per thread: whoever is free takes the next, so a thread held up by
/// the rest of the machine leaves the others only its current part to wait for.
constexpr int partsPerThread = 4;

/// Polls `ready` until it holds or pollFor has passed; whether it held. No
/// `pause` between polls: on the VM, a core that pauses in a loop is taken away
/// by the hypervisor (pause-loop exiting), and the same job took 260–460 µs.
template <typename Ready>
bool poll(const Ready &ready)
{
    const auto until = std::chrono::steady_clock::now() + pollFor;
    while (!ready()) {
        if (std::chrono::steady_clock::now() > until)
            return false;
    }
    return true;
}

class WorkerPool {
public:
    static WorkerPool &instance()
    {
        static WorkerPool pool;
        return pool;
    }

    void run(std::int64_t items, int threads, const std::function<void(std::int64_t, std::int64_t)> &work)
    {
        const std::lock_guard turn(m_callers);
        ensureWorkers(threads - 1);
        const int parts = int(std::min<std::int64_t>(items, std::int64_t(threads) * partsPerThread));
        {
            const std::lock_guard lock(m_mutex);
            m_work = &work;
            m_items = items;
            m_parts = parts;
            m_nextPart = 1; // part 0 is the caller's
            m_unfinished.store(parts - 1);
            m_generation.fetch_add(1);
        }
        m_wake.notify_all();
        work(0, items / parts);
        // Parts no worker has taken yet, the caller does itself: that worker is
        // asleep or without a core (the machine busy with other threads), and
        // waiting for it would cost a wake-up or a time slice (2 threads beside
        // a third busy one: (256,1000) 0.44 ms waiting, 0.05 ms without).
        std::unique_lock lock(m_mutex);
        takeParts(lock);
        lock.unlock();
        const auto finished = [this] { return m_unfinished.load() == 0; };
        if (!poll(finished)) {
            lock.lock();
            m_done.wait(lock, finished);
            lock.unlock();
        }
        lock.lock();
        m_work = nullptr;
    }

    ~WorkerPool()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (std::thread &worker : m_workers)
            worker.join();
    }

private:
    void ensureWorkers(int count)
    {
        while (int(m_workers.size()) < count)
            m_workers.emplace_back([this] { serve(); });
    }

    /// Does the job's parts that are left, one at a time; `lock` holds m_mutex
    /// whenever a part is taken, and again on return.
    void takeParts(std::unique_lock<std::mutex> &lock)
    {
        while (m_nextPart < m_parts) {
            const int part = m_nextPart++;
            const auto *work = m_work;
            const std::int64_t begin = m_items * part / m_parts;
            const std::int64_t end = m_items * (part + 1) / m_parts;
            lock.unlock();
            (*work)(begin, end);
            if (m_unfinished.fetch_sub(1) == 1) {
                // Under the mutex, so that a caller about to sleep cannot miss it.
                const std::lock_guard done(m_mutex);
                m_done.notify_one();
            }
            lock.lock();
        }
    }

    void serve()
    {
        std::uint64_t seen = 0;
        while (true) {
            poll([&] { return m_generation.load() != seen || m_stopping.load(); });
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_generation.load() != seen; });
            if (m_stopping)
                return;
            seen = m_generation.load();
            takeParts(lock);
        }
    }

    std::mutex m_callers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::vector<std::thread> m_workers;
    const std::function<void(std::int64_t, std::int64_t)> *m_work = nullptr;
    std::int64_t m_items = 0;
    int m_parts = 0;
    int m_nextPart = 0;
    std::atomic<int> m_unfinished = 0;
    std::atomic<std::uint64_t> m_generation = 0;
    std::atomic<bool> m_stopping = false;
};

} // namespace

void runInParts(std::int64_t items, int threads, const std::function<void(std::int64_t, std::int64_t)> &work)
{
    if (threads > items)
        threads = int(items);
    if (threads <= 1) {
        work(0, items);
        return;
    }
    WorkerPool::instance().run(items, threads, work);
}

} // namespace core
