#pragma once

#include <cstdint>
#include <functional>

namespace core {

/// Runs work(begin, end) over [0, items) on `threads` threads: the calling one
/// and a pool that lives as long as the process (starting threads per call
/// costs more than small jobs) and polls for the next job for a moment before
/// it sleeps. [0, items) is split into contiguous ranges, up to four per thread,
/// each taken by whichever thread is free; work must not depend on which.
/// One job at a time: concurrent callers take turns.
void runInParts(std::int64_t items, int threads, const std::function<void(std::int64_t, std::int64_t)> &work);

} // namespace core
