#pragma once

#include <cstdint>
#include <functional>

namespace core {

/// Runs work(begin, end) over [0, items) split into `parts` contiguous ranges,
/// one on the calling thread and the others on a pool of threads that lives as
/// long as the process (starting threads per call costs more than small jobs)
/// and polls for the next job for a moment before it sleeps.
/// One job at a time: concurrent callers take turns.
void runInParts(std::int64_t items, int parts, const std::function<void(std::int64_t, std::int64_t)> &work);

} // namespace core
