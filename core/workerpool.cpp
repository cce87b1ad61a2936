#include "workerpool.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace core {

namespace {

class WorkerPool {
public:
    static WorkerPool &instance()
    {
        static WorkerPool pool;
        return pool;
    }

    void run(std::int64_t items, int parts, const std::function<void(std::int64_t, std::int64_t)> &work)
    {
        const std::lock_guard turn(m_callers);
        ensureWorkers(parts - 1);
        {
            const std::lock_guard lock(m_mutex);
            m_work = &work;
            m_items = items;
            m_parts = parts;
            m_nextPart = 1; // part 0 is the caller's
            m_unfinished = parts - 1;
            ++m_generation;
        }
        m_wake.notify_all();
        work(0, items / parts);
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_unfinished == 0; });
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

    void serve()
    {
        std::uint64_t seen = 0;
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [&] { return m_stopping || (m_generation != seen && m_nextPart < m_parts); });
            if (m_stopping)
                return;
            const int part = m_nextPart++;
            if (m_nextPart >= m_parts)
                seen = m_generation;
            const auto *work = m_work;
            const std::int64_t begin = m_items * part / m_parts;
            const std::int64_t end = m_items * (part + 1) / m_parts;
            lock.unlock();
            (*work)(begin, end);
            lock.lock();
            if (--m_unfinished == 0)
                m_done.notify_one();
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
    int m_unfinished = 0;
    std::uint64_t m_generation = 0;
    bool m_stopping = false;
};

} // namespace

void runInParts(std::int64_t items, int parts, const std::function<void(std::int64_t, std::int64_t)> &work)
{
    if (parts > items)
        parts = int(items);
    if (parts <= 1) {
        work(0, items);
        return;
    }
    WorkerPool::instance().run(items, parts, work);
}

} // namespace core
