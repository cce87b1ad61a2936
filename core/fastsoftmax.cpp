#include "fastsoftmax.h"

#include "error.h"
#include "fastsoftmaxkernels.h"
#include "workerpool.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

namespace core {

namespace {

const fastkernels::KernelTable &kernels(FastSoftmaxOptions::Kernels which)
{
    using Kernels = FastSoftmaxOptions::Kernels;
    static const fastkernels::KernelTable baseline = fastkernels::baselineKernels();
#if defined(SOFTMAX_EXPLORER_HAVE_AVX2_KERNELS)
    static const bool hasAvx2 = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }();
    static const bool hasAvx512 = hasAvx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
    // Each table is built only on a CPU that runs its instructions: even building
    // one executes code compiled for that instruction set.
    if (which == Kernels::Best && hasAvx512) {
        static const fastkernels::KernelTable avx512 = fastkernels::avx512Kernels();
        return avx512;
    }
    if (which != Kernels::Baseline && hasAvx2) {
        static const fastkernels::KernelTable avx2 = fastkernels::avx2Kernels();
        return avx2;
    }
#endif
    (void)which;
    return baseline;
}

/// The tensor as PyTorch's kernels see it: `outer` slices of `length` × `inner`.
/// Size-1 dims vanish from the products, so (256, 1000, 1, 1) along dim 1 is
/// 256 contiguous rows.
struct Layout {
    std::int64_t outer = 1;
    std::int64_t length = 1;
    std::int64_t inner = 1;
};

Layout checkedLayout(std::size_t inputSize, std::size_t outputSize, std::span<const std::int64_t> extents,
                     std::int64_t dim)
{
    const int rank = static_cast<int>(extents.size());
    if (rank < 1 || rank > 4)
        throw InputError(Text(CORE_TEXT("core", "rank must be 1 to %1, but the shape has %2 dims"),
                              {std::string("4"), std::to_string(rank)}));
    const int wrapped = wrapDim(dim, rank);
    Layout layout;
    std::int64_t total = 1;
    for (int d = 0; d < rank; ++d) {
        const std::int64_t extent = extents[std::size_t(d)];
        if (extent < 1 || total > std::numeric_limits<std::int64_t>::max() / extent)
            throw InputError(Text(CORE_TEXT("core", "extent of dim %1 must be at least 1 and the product must fit, but got %2"),
                                  {std::to_string(d), std::to_string(extent)}));
        total *= extent;
        if (d < wrapped)
            layout.outer *= extent;
        else if (d == wrapped)
            layout.length = extent;
        else
            layout.inner *= extent;
    }
    if (std::uint64_t(total) != inputSize || std::uint64_t(total) != outputSize)
        throw InputError(Text(CORE_TEXT("core", "the shape holds %1 elements, but the input has %2 and the output %3"),
                              {std::to_string(total), std::to_string(inputSize), std::to_string(outputSize)}));
    return layout;
}

/// Threads worth starting: at most `requested` (0: one per core), and one per
/// 64 Ki elements so that a small tensor stays on one thread.
int threadsFor(int requested, std::int64_t elements)
{
    static const int cores = int(std::max(1u, std::thread::hardware_concurrency())); // a file read: once
    const int wanted = requested > 0 ? requested : cores;
    return int(std::clamp<std::int64_t>(elements / (64 * 1024), 1, wanted));
}

/// The size of the largest cache (Linux's sysfs, as lscpu reads it), or 32 MiB
/// where it cannot be read; read once. glibc's sysconf(_SC_LEVEL3_CACHE_SIZE) is
/// not used: on virtual machines it reports what the CPUID leaves say, 256 MiB
/// on the one the README's figures come from, whose L3 is 32 MiB.
std::int64_t largestCacheBytes()
{
    static const std::int64_t bytes = [] {
        std::int64_t largest = 0;
        for (int index = 0; index < 8; ++index) {
            std::ifstream file("/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(index) + "/size");
            std::int64_t size = 0;
            char unit = 0;
            if (!(file >> size))
                continue;
            if (file >> unit)
                size <<= unit == 'K' ? 10 : unit == 'M' ? 20 : unit == 'G' ? 30 : 0;
            largest = std::max(largest, size);
        }
        return largest > 0 ? largest : std::int64_t(32) << 20;
    }();
    return bytes;
}

/// Whether `bytes` of input and as many of output take more than half the
/// largest cache. That cache is shared with the other cores and holds more than
/// this tensor, and on AMD's it only takes what L2 evicts. Such tensors have
/// their outputs streamed (on Auto, FastSoftmaxOptions::Stores): on the 2-core
/// VM of the README (32 MiB), (16,12,128,128) float32, 25 MB in and out, was
/// 20–35 % faster streamed along dims 3 and 1 on one or two threads, and
/// (8,64,56,56), 12.8 MB, the same within 3 % along dim 3 (softmax-bench,
/// interleaved). And their column tiles prefetch the next tile: (16,12,128,128)
/// along dim 1 0.74–0.79×, where in the caches prefetching cost more than it
/// saved ((2,1100,9) 1.19×, dim 1 of (8,64,56,56) 1.07×; ab_bench.py).
bool outgrowsCaches(std::int64_t bytes)
{
    return 2 * bytes > largestCacheBytes() / 2;
}

/// Whether the column kernels plan for a tensor beyond the caches
/// (FastSoftmaxOptions::Memory).
bool beyondCaches(FastSoftmaxOptions::Memory memory, std::int64_t bytes)
{
    using Memory = FastSoftmaxOptions::Memory;
    if (memory != Memory::Auto)
        return memory == Memory::Beyond;
    return outgrowsCaches(bytes);
}

/// Whether outputs are streamed past the caches (FastSoftmaxOptions::Stores).
bool streamsOutputs(FastSoftmaxOptions::Stores stores, std::int64_t bytes)
{
    using Stores = FastSoftmaxOptions::Stores;
    if (stores != Stores::Auto)
        return stores == Stores::Streaming;
    return outgrowsCaches(bytes);
}

/// Whether column tiles take their maxima ahead (FastSoftmaxOptions::ColumnMax):
/// on Auto, when `bytes` of input and as many of output do not fit in the
/// largest cache. In the caches, the next tile's loads slowed the e^x pass
/// ((8,64,56,56) along dims 0 and 1, (16,12,128,128) along dim 1: 1.11–1.17×).
bool takesMaxAhead(FastSoftmaxOptions::ColumnMax columnMax, std::int64_t bytes)
{
    using ColumnMax = FastSoftmaxOptions::ColumnMax;
    if (columnMax != ColumnMax::Auto)
        return columnMax == ColumnMax::Ahead;
    return 2 * bytes > largestCacheBytes();
}

/// One long row shared by `parts` threads: each part's max and sum, combined,
/// then each part's outputs. Parts start at multiples of 64 elements so that
/// they stay whole packets.
template <typename T>
void sharedRow(const fastkernels::TypedKernels<T> &kernels, const T *in, T *out, std::int64_t length, int parts,
               bool log)
{
    const auto partStart = [&](std::int64_t part) { return part == parts ? length : length * part / parts / 64 * 64; };
    std::vector<fastkernels::MaxSum<T>> partial(static_cast<std::size_t>(parts));
    runInParts(parts, parts, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t part = begin; part < end; ++part)
            partial[std::size_t(part)] = kernels.rowMaxSum(in + partStart(part), partStart(part + 1) - partStart(part));
    });
    fastkernels::MaxSum<T> row = partial[0];
    for (std::size_t part = 1; part < partial.size(); ++part)
        row = fastkernels::combine(row, partial[part]);
    const T sum = T(row.sum);
    runInParts(parts, parts, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t part = begin; part < end; ++part) {
            const std::int64_t start = partStart(part);
            const std::int64_t size = partStart(part + 1) - start;
            kernels.longRowFinish(in + start, out + start, size, row.max, sum, log);
        }
    });
}

template <typename T>
void run(std::span<const T> input, std::span<T> output, std::span<const std::int64_t> extents, std::int64_t dim,
         FastSoftmaxOptions options)
{
    const Layout layout = checkedLayout(input.size(), output.size(), extents, dim);
    const fastkernels::TypedKernels<T> &kernels = core::kernels(options.kernels).forType<T>();
    const bool log = options.op == Op::LogSoftmax;
    const int threads = threadsFor(options.threads, std::int64_t(input.size()));
    const bool stream = streamsOutputs(options.stores, std::int64_t(input.size_bytes()));
    const T *in = input.data();
    T *out = output.data();
    if (layout.inner == 1) {
        // Fewer rows than threads: the threads share each row.
        if (layout.outer < threads && layout.length >= 64 * 1024) {
            for (std::int64_t row = 0; row < layout.outer; ++row)
                sharedRow(kernels, in + row * layout.length, out + row * layout.length, layout.length, threads, log);
            return;
        }
        // Rows of at most 24 floats or 4 doubles spend more on AVX-512's longer
        // packets (padded or overlapping) than they gain, so the AVX2 kernels
        // take them; longer rows are faster with AVX-512 (Zen 5, ab_bench.py:
        // rows of 20 and 24 floats 1.00–1.04× AVX2's time, of 25 to 127 floats
        // 0.77–0.96×, of 2 and 4 doubles 1.16× and 1.04×, of 6 to 56 0.53–0.82×).
        constexpr std::int64_t longestAvx2Row = std::is_same_v<T, float> ? 24 : 4;
        fastkernels::RowsKernel<T> rows = kernels.rows;
        if (options.kernels == FastSoftmaxOptions::Kernels::Best && layout.length <= longestAvx2Row)
            rows = core::kernels(FastSoftmaxOptions::Kernels::Avx2).forType<T>().rows;
        runInParts(layout.outer, threads, [&](std::int64_t begin, std::int64_t end) {
            rows(in + begin * layout.length, out + begin * layout.length, end - begin, layout.length, log, stream);
        });
        return;
    }
    const std::int64_t bytes = std::int64_t(input.size_bytes());
    const fastkernels::ColumnsJob job{layout.length,
                                      layout.inner,
                                      log,
                                      stream,
                                      beyondCaches(options.memory, bytes),
                                      takesMaxAhead(options.columnMax, bytes),
                                      options.shortColumns};
    runInParts(fastkernels::columnItems(layout.outer, layout.inner), threads,
               [&](std::int64_t begin, std::int64_t end) { kernels.columns(in, out, job, begin, end); });
}

} // namespace

void fastSoftmax(std::span<const float> input, std::span<float> output, std::span<const std::int64_t> extents,
                 std::int64_t dim, FastSoftmaxOptions options)
{
    run(input, output, extents, dim, options);
}

void fastSoftmax(std::span<const double> input, std::span<double> output, std::span<const std::int64_t> extents,
                 std::int64_t dim, FastSoftmaxOptions options)
{
    run(input, output, extents, dim, options);
}

const char *fastSoftmaxInstructionSet(FastSoftmaxOptions::Kernels which)
{
    return kernels(which).instructionSet;
}

} // namespace core
