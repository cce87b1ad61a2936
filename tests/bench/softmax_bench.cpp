// Times core::fastSoftmax and prints figures; asserts nothing.
//
//   softmax-bench --shape A,B,C,D --dim D [--log] [--dtype float32|float64]
//                 [--threads N] [--reps N] [--kernels best|avx2|baseline]
//                 [--stores auto|cached|streaming] [--column-max auto|per-tile|ahead]
//                 [--short-columns auto|in-registers|tiles] [--memory auto|caches|beyond]
//   softmax-bench --matrix [--reps N]
//   softmax-bench --shape A,B,C,D --memcpy [--dtype …] [--reps N]
//
// Each figure is the median and the minimum over --reps timed runs after three
// warm-up runs, into a preallocated output. Input and output are 64-byte
// aligned, as PyTorch's CPU allocator aligns tensors. GB/s counts one read and one write:
// 2 · N · sizeof(element) bytes per run (8·N for float32). --matrix runs the
// standard matrix of issue 8 at 1 and 2 threads, softmax and log_softmax, with a
// memcpy of the same bytes as the bandwidth line for each shape.
#include "error.h"
#include "fastsoftmax.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Case {
    std::vector<std::int64_t> shape;
    int dim = -1;
    bool log = false;
    bool float64 = false;
    int threads = 1;
    core::FastSoftmaxOptions::Kernels kernels = core::FastSoftmaxOptions::Kernels::Best;
    core::FastSoftmaxOptions::Stores stores = core::FastSoftmaxOptions::Stores::Auto;
    core::FastSoftmaxOptions::ColumnMax columnMax = core::FastSoftmaxOptions::ColumnMax::Auto;
    core::FastSoftmaxOptions::ShortColumns shortColumns = core::FastSoftmaxOptions::ShortColumns::Auto;
    core::FastSoftmaxOptions::Memory memory = core::FastSoftmaxOptions::Memory::Auto;
};

/// `count` elements at a 64-byte boundary.
template <typename T>
class AlignedBuffer {
public:
    explicit AlignedBuffer(std::int64_t count)
        : m_count(std::size_t(count)),
          m_data(static_cast<T *>(std::aligned_alloc(64, (m_count * sizeof(T) + 63) / 64 * 64)))
    {
        if (!m_data)
            throw std::bad_alloc();
    }
    ~AlignedBuffer() { std::free(m_data); }
    AlignedBuffer(const AlignedBuffer &) = delete;
    AlignedBuffer &operator=(const AlignedBuffer &) = delete;

    std::span<T> span() { return {m_data, m_count}; }

private:
    std::size_t m_count;
    T *m_data;
};

struct Timing {
    double medianMs = 0;
    double minMs = 0;
};

Timing timeRuns(int reps, const std::function<void()> &run)
{
    // Warm-up: three runs and at least 20 ms, as a long-lived process would be.
    // In a new process the worker pool's first millisecond or so ran 2-thread
    // jobs at half speed ((1,64,56,56): 53 µs a run over the first 18, 27 µs
    // from then on); PyTorch's threads, in the Python process, are warm.
    const auto warmUntil = std::chrono::steady_clock::now() + std::chrono::milliseconds(20);
    for (int i = 0; i < 3 || std::chrono::steady_clock::now() < warmUntil; ++i)
        run();
    std::vector<double> ms;
    for (int i = 0; i < reps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

std::int64_t elements(const std::vector<std::int64_t> &shape)
{
    std::int64_t n = 1;
    for (std::int64_t e : shape)
        n *= e;
    return n;
}

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? "," : "") + std::to_string(shape[i]);
    return text + ")";
}

template <typename T>
Timing timeSoftmax(const Case &c, int reps)
{
    const std::int64_t n = elements(c.shape);
    AlignedBuffer<T> input(n);
    AlignedBuffer<T> output(n);
    std::mt19937 generator(1);
    std::normal_distribution<T> normal(0, 1);
    for (T &v : input.span())
        v = normal(generator);
    const core::FastSoftmaxOptions options{c.log ? core::Op::LogSoftmax : core::Op::Softmax, c.threads, c.kernels,
                                           c.stores, c.columnMax, c.shortColumns, c.memory};
    return timeRuns(reps, [&] {
        core::fastSoftmax(std::span<const T>(input.span()), output.span(), c.shape, c.dim, options);
    });
}

Timing timeMemcpy(std::int64_t bytes, int reps)
{
    std::vector<char> from(std::size_t(bytes), 1);
    std::vector<char> to(static_cast<std::size_t>(bytes));
    return timeRuns(reps, [&] { std::memcpy(to.data(), from.data(), from.size()); });
}

void printHeader()
{
    std::printf("%-20s %4s %-12s %-8s %7s %12s %12s %8s\n", "shape", "dim", "op", "dtype", "threads", "median_ms",
                "min_ms", "GB/s");
}

void printRow(const std::string &shape, const std::string &dim, const char *op, const char *dtype, int threads,
              Timing timing, std::int64_t bytes)
{
    std::printf("%-20s %4s %-12s %-8s %7d %12.6f %12.6f %8.2f\n", shape.c_str(), dim.c_str(), op, dtype, threads,
                timing.medianMs, timing.minMs, double(bytes) / (timing.medianMs * 1e6));
}

void runCase(const Case &c, int reps)
{
    const std::int64_t n = elements(c.shape);
    const Timing timing = c.float64 ? timeSoftmax<double>(c, reps) : timeSoftmax<float>(c, reps);
    printRow(shapeText(c.shape), std::to_string(c.dim), c.log ? "log_softmax" : "softmax", c.float64 ? "float64" : "float32",
             c.threads, timing, 2 * n * (c.float64 ? 8 : 4));
}

/// Issue 8's standard matrix: shape and the dims to time.
void runMatrix(int reps)
{
    const std::vector<std::pair<std::vector<std::int64_t>, std::vector<int>>> matrix = {
        {{2, 3, 4, 5}, {0, 1, 2, 3}},       {{8, 64, 56, 56}, {0, 1, 2, 3}}, {{16, 12, 128, 128}, {3, 1}},
        {{32, 256, 64, 64}, {0, 1, 2, 3}}, {{256, 1000, 1, 1}, {1}},        {{64, 21, 64, 64}, {1}},
        {{1, 1, 1, 4194304}, {3}}};
    printHeader();
    for (const auto &[shape, dims] : matrix) {
        const std::int64_t bytes = elements(shape) * 4;
        printRow(shapeText(shape), "-", "memcpy", "float32", 1, timeMemcpy(bytes, reps), 2 * bytes);
        for (int dim : dims)
            for (int threads : {1, 2})
                for (bool log : {false, true})
                    runCase({shape, dim, log, false, threads}, reps);
    }
}

[[noreturn]] void usage(const char *problem)
{
    std::fprintf(stderr,
                 "softmax-bench: error: %s\n"
                 "usage: softmax-bench --shape A,B,C,D --dim D [--log] [--dtype float32|float64] [--threads N]\n"
                 "                     [--reps N] [--kernels best|avx2|baseline] [--stores auto|cached|streaming]\n"
                 "                     [--column-max auto|per-tile|ahead] [--short-columns auto|in-registers|tiles]\n"
                 "                     [--memory auto|caches|beyond]\n"
                 "       softmax-bench --shape A,B,C,D --memcpy [--dtype float32|float64] [--reps N]\n"
                 "       softmax-bench --matrix [--reps N]\n",
                 problem);
    std::exit(2);
}

long number(const char *text, long low, long high, const char *what)
{
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < low || value > high)
        usage((std::string(what) + " is out of range or not an integer").c_str());
    return value;
}

/// The value of `option` among its three spellings `names`, as the value at the
/// same place in `values`.
template <typename Choice>
Choice oneOf(const char *option, std::string_view text, const std::array<std::string_view, 3> &names,
             const std::array<Choice, 3> &values)
{
    for (std::size_t k = 0; k < names.size(); ++k)
        if (text == names[k])
            return values[k];
    usage((std::string(option) + " is " + std::string(names[0]) + ", " + std::string(names[1]) + " or " +
           std::string(names[2]))
              .c_str());
}

} // namespace

int main(int argc, char **argv)
{
    Case c;
    int reps = 20;
    bool matrix = false;
    bool memcpyOnly = false;
    bool haveShape = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        const auto value = [&]() -> const char * {
            if (i + 1 >= argc)
                usage((std::string(argument) + " needs a value").c_str());
            return argv[++i];
        };
        if (argument == "--matrix") {
            matrix = true;
        } else if (argument == "--memcpy") {
            memcpyOnly = true;
        } else if (argument == "--log") {
            c.log = true;
        } else if (argument == "--shape") {
            std::string text = value();
            c.shape.clear();
            for (std::size_t start = 0; start <= text.size();) {
                const std::size_t comma = std::min(text.find(',', start), text.size());
                c.shape.push_back(number(text.substr(start, comma - start).c_str(), 1, 1L << 31, "--shape"));
                start = comma + 1;
            }
            haveShape = true;
        } else if (argument == "--dim") {
            c.dim = int(number(value(), -4, 3, "--dim"));
        } else if (argument == "--dtype") {
            const std::string_view dtype = value();
            if (dtype != "float32" && dtype != "float64")
                usage("--dtype is float32 or float64");
            c.float64 = dtype == "float64";
        } else if (argument == "--threads") {
            c.threads = int(number(value(), 1, 256, "--threads"));
        } else if (argument == "--reps") {
            reps = int(number(value(), 1, 100000, "--reps"));
        } else if (argument == "--kernels") {
            using Kernels = core::FastSoftmaxOptions::Kernels;
            c.kernels = oneOf<Kernels>("--kernels", value(), {"best", "avx2", "baseline"},
                                       {Kernels::Best, Kernels::Avx2, Kernels::Baseline});
        } else if (argument == "--stores") {
            using Stores = core::FastSoftmaxOptions::Stores;
            c.stores = oneOf<Stores>("--stores", value(), {"auto", "cached", "streaming"},
                                     {Stores::Auto, Stores::Cached, Stores::Streaming});
        } else if (argument == "--column-max") {
            using ColumnMax = core::FastSoftmaxOptions::ColumnMax;
            c.columnMax = oneOf<ColumnMax>("--column-max", value(), {"auto", "per-tile", "ahead"},
                                           {ColumnMax::Auto, ColumnMax::PerTile, ColumnMax::Ahead});
        } else if (argument == "--short-columns") {
            using ShortColumns = core::FastSoftmaxOptions::ShortColumns;
            c.shortColumns = oneOf<ShortColumns>("--short-columns", value(), {"auto", "in-registers", "tiles"},
                                                 {ShortColumns::Auto, ShortColumns::InRegisters, ShortColumns::Tiles});
        } else if (argument == "--memory") {
            using Memory = core::FastSoftmaxOptions::Memory;
            c.memory = oneOf<Memory>("--memory", value(), {"auto", "caches", "beyond"},
                                     {Memory::Auto, Memory::Caches, Memory::Beyond});
        } else {
            usage(("unknown option " + std::string(argument)).c_str());
        }
    }
    std::printf("# kernels: %s\n", core::fastSoftmaxInstructionSet(c.kernels));
    try {
        if (matrix) {
            runMatrix(reps);
            return 0;
        }
        if (!haveShape)
            usage("give --shape and --dim, or --matrix");
        printHeader();
        if (memcpyOnly) {
            const std::int64_t bytes = elements(c.shape) * (c.float64 ? 8 : 4);
            printRow(shapeText(c.shape), "-", "memcpy", c.float64 ? "float64" : "float32", 1, timeMemcpy(bytes, reps),
                     2 * bytes);
            return 0;
        }
        runCase(c, reps);
    } catch (const core::InputError &error) {
        usage(error.what());
    }
    return 0;
}
