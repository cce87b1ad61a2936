// One column tile of the fast softmax (fastsoftmaxcolumns.inl walks the
// tiles), compiled per instruction set with the kernels: its passes down the
// dim, and what it does for the tiles after it (prefetches, maxima ahead).
// Everything here has internal linkage, in the namespace FAST_SOFTMAX_ISA the
// including file names.

#pragma once

#include "fastsoftmaxpackets.inl"

#include <algorithm>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

// A tile is `width` adjacent columns walked down the dim: full packets, and one
// more packet ending at the tile's edge (overlapping, as for rows) when needed.
// Each packet's lanes are independent columns with their own max and sum.

/// What a tile does for the tiles after it (same rows, row stride `inner`).
template <typename T>
struct TileLookahead {
    /// The next tile (`nextWidth` columns, at least a packet): its column maxima
    /// into `nextMax` (column j's at [j]), from its rows loaded during this
    /// tile's e^x pass. None if null.
    const T *next = nullptr;
    std::int64_t nextWidth = 0;
    T *nextMax = nullptr;
    /// A later tile (`fetchedWidth` columns) whose rows are prefetched.
    const T *fetched = nullptr;
    std::int64_t fetchedWidth = 0;
};

/// Whether a tile's rows, `inner` elements apart, are too many for L1 to keep:
/// rows a multiple of 4 KiB apart fall in the same L1 sets, which hold 12 lines
/// each (48 KiB, 12-way, on Zen 4 and 5 and recent Intel cores), so of a
/// tile's n > 12 rows only the last 12 read are still in L1, and a pass that
/// reads them in the same order as the one before finds none of them (each
/// miss evicts the next row it needs). The max pass then goes last to first,
/// after the prefetches that went first to last, and leaves rows 0–11 for the
/// e^x pass, which must go first to last (its sums' order); the last pass goes
/// last to first again. Along dim 1 of (64,21,64,64) on one thread,
/// log_softmax 0.95× the time (0.82× against the build before this round's
/// column changes), softmax 1.00–1.02×; the other column rows of the matrix
/// within ±3 % (ab_bench.py, 7 rounds). Prefetching rows 12 on first and rows
/// 0–11 last, instead, kept fewer rows (a simulation of LRU sets: 12 of 63
/// reads found in L1 against 36) and gave log_softmax 0.99×, softmax 0.95–0.99×.
constexpr std::int64_t l1Ways = 12;

template <typename T>
bool rowsShareL1Sets(std::int64_t n, std::int64_t inner)
{
    return n > l1Ways && inner * std::int64_t(sizeof(T)) % 4096 == 0;
}

/// One tile's passes: its column maxima (findMax), e^x and their sums
/// (expPass), and the last pass (finish, or finishRow a row at a time beside
/// the next tile's e^x pass: see columns()).
///
/// With `stream` (a tile of whole packets, each row's start in y aligned to a
/// packet) the last pass writes y with storeStreaming, so y is written once and
/// never read; softmax's e^x then waits in `exps` (`width` to a row) instead of y.
template <typename T>
class ColumnTile {
public:
    using P = Packet<T>;
    static constexpr std::int64_t L = lanes<T>;

    ColumnTile(std::int64_t n, std::int64_t inner, bool log)
        : m_n(n), m_inner(inner), m_log(log), m_backward(rowsShareL1Sets<T>(n, inner))
    {
    }

    /// The tile of `width` columns at x and y, starting afresh.
    void place(const T *x, T *y, std::int64_t width, bool stream, T *exps)
    {
        m_x = x;
        m_y = y;
        m_width = width;
        m_stream = stream;
        // A tile narrower than a packet (inner < L) uses padded loads instead.
        m_narrow = width < L;
        m_full = m_narrow ? 0 : width / L;
        m_extra = m_narrow || width % L != 0;
        m_packets = m_full + (m_extra ? 1 : 0);
        m_extraAt = m_narrow ? 0 : width - L;
        // Where softmax keeps row d's e^x until the last pass, and its row
        // stride. A tile narrower than a packet keeps whole packets in `exps`:
        // written in parts and read back whole, they would stall store
        // forwarding on every row.
        m_keepWhole = m_narrow && !m_log;
        m_kept = stream || m_keepWhole ? exps : y;
        m_keptStride = stream ? width : m_keepWhole ? L : m_inner;
    }

    /// The column maxima: from `knownMax` (column j's at [j]) if not null, else
    /// down each column, four packets at a time: their maxima stay in registers
    /// (a whole row of packets would not fit).
    [[gnu::always_inline]] void findMax(const T *knownMax)
    {
        const T *const x = m_x;
        const std::int64_t n = m_n, inner = m_inner, full = m_full;
        std::int64_t first = 0;
        if (knownMax) {
            for (; first < full; ++first)
                m_max[first] = ploadu<P>(knownMax + first * L);
            if (m_extra)
                m_max[full] = ploadu<P>(knownMax + m_extraAt);
            return;
        }
        // The rows in the order of m_backward: the result is the same either
        // way (pmax keeps the first of equal values, which differ only in a
        // zero's sign, and then x − m is ±0 only where e^(x − m) = 1 and so
        // log S ≥ log 2 > 0; it never takes a NaN from x).
        const T *const start = m_backward ? x + (n - 1) * inner : x;
        const std::int64_t step = m_backward ? -inner : inner;
        for (; first + 4 <= full; first += 4) {
            P m0 = pset1<P>(-infinity<T>), m1 = m0, m2 = m0, m3 = m0;
            for (std::int64_t d = 0; d < n; ++d) {
                const T *at = start + d * step + first * L;
                m0 = pmax(m0, ploadu<P>(at));
                m1 = pmax(m1, ploadu<P>(at + L));
                m2 = pmax(m2, ploadu<P>(at + 2 * L));
                m3 = pmax(m3, ploadu<P>(at + 3 * L));
            }
            m_max[first] = m0;
            m_max[first + 1] = m1;
            m_max[first + 2] = m2;
            m_max[first + 3] = m3;
        }
        for (; first < full; ++first) {
            P m = pset1<P>(-infinity<T>);
            for (std::int64_t d = 0; d < n; ++d)
                m = pmax(m, ploadu<P>(start + d * step + first * L));
            m_max[first] = m;
        }
        if (m_extra) {
            P m = pset1<P>(-infinity<T>);
            for (std::int64_t d = 0; d < n; ++d)
                m = pmax(m, loadExtra(start + d * step, -infinity<T>));
            m_max[full] = m;
        }
    }

    /// e^x down each column and their sums, then what the last pass needs (log S
    /// or 1/S). With each row d: the next tiles' work (`look`) and
    /// `alongside(d)`, first. The rows of `look.fetched` are prefetched here,
    /// all of them with `fetchAll`, else the first half (finish asks for the
    /// rest).
    template <typename Alongside>
    [[gnu::always_inline]] void expPass(const TileLookahead<T> &look, bool fetchAll, const Alongside &alongside)
    {
        const std::int64_t n = m_n, inner = m_inner, full = m_full;
        const bool log = m_log, extra = m_extra;
        // Locals, not members: a store of e could otherwise change them, as far
        // as the compiler knows, and so reload them.
        P max[maxPackets];
        std::copy(m_max, m_max + m_packets, max);
        const T *const x = m_x;
        T *const y = m_y;
        T *const kept = m_kept;
        const std::int64_t keptStride = m_keptStride, width = m_width;
        const bool stream = m_stream, keepWhole = m_keepWhole;
        // A dim of at most sumBlock rows is one block: its float sums are the
        // sums, bit for bit what adding them into double and back would give,
        // without a scalar pass over every lane (along dim 0 of (8,64,56,56), 8
        // rows, that pass was a tenth of the instructions: callgrind, 11.4 →
        // 10.2 million).
        const bool blocks = n > sumBlock;
        double sums[maxPackets * L]; // only the tile's lanes: zeroing all 2 KiB would dominate small tiles
        if (blocks)
            std::fill(sums, sums + m_packets * L, 0.0);
        // Each column's sum of e^x so far: the first four packets' and the extra
        // packet's in registers, the rest in `partial` (through memory on every
        // row, which narrow tiles, a few packets to a row, waited on: (2,1100,9)
        // 0.68× and dim 2 of (8,64,56,56) 0.91× with registers; ab_bench.py).
        P partial[maxPackets];
        P s0 = pzero(max[0]), s1 = s0, s2 = s0, s3 = s0, sExtra = s0;
        std::fill(partial, partial + m_packets, s0);
        const auto flushOne = [&](P &sum, std::int64_t p) {
            T lane[L];
            pstoreu(lane, sum);
            for (std::int64_t l = 0; l < L; ++l)
                sums[p * L + l] += double(lane[l]);
            sum = pzero(sum);
        };
        const auto flush = [&] {
            P *const held[4] = {&s0, &s1, &s2, &s3};
            for (std::int64_t p = 0; p < full; ++p)
                flushOne(p < 4 ? *held[p] : partial[p], p);
            if (extra)
                flushOne(sExtra, full);
        };
        // The next tile's maxima, first row to last (the same maxima as
        // findMax's in either order, see there): the first four packets in
        // registers, the rest in `nextMax`, and a last packet ending at the
        // tile's edge.
        const std::int64_t nextFull = look.nextWidth / L;
        const bool nextExtra = look.nextWidth % L != 0;
        P nextMax[maxPackets];
        P n0 = pset1<P>(-infinity<T>), n1 = n0, n2 = n0, n3 = n0;
        std::fill(nextMax, nextMax + nextFull + (nextExtra ? 1 : 0), n0);
        const auto maxOfNextRow = [&](std::int64_t d) {
            const T *row = look.next + d * inner;
            if (nextFull > 0)
                n0 = pmax(n0, ploadu<P>(row));
            if (nextFull > 1)
                n1 = pmax(n1, ploadu<P>(row + L));
            if (nextFull > 2)
                n2 = pmax(n2, ploadu<P>(row + 2 * L));
            if (nextFull > 3)
                n3 = pmax(n3, ploadu<P>(row + 3 * L));
            for (std::int64_t p = 4; p < nextFull; ++p)
                nextMax[p] = pmax(nextMax[p], ploadu<P>(row + p * L));
            if (nextExtra)
                nextMax[nextFull] = pmax(nextMax[nextFull], ploadu<P>(row + look.nextWidth - L));
        };
        const auto expOf = [&](const T *row, T *out, std::int64_t p, P &sum) {
            const P e = exponential(psub(ploadu<P>(row + p * L), max[p]));
            if (!log)
                pstoreu(out + p * L, e);
            sum = padd(sum, e);
        };
        const auto expRow = [&](std::int64_t d) __attribute__((always_inline)) {
            const T *row = x + d * inner;
            T *out = kept + d * keptStride;
            // Output lines ahead of their stores, unless streamed: softmax's e^x
            // go to y two rows on; log_softmax writes y only in the last pass.
            // About 10 % off strided rows whose output is not in the caches
            // (softmax-bench).
            if (!stream && (log || d + 2 < n))
                prefetchForWrite(y + (log ? d : d + 2) * inner, width);
            const P extraE = extra ? exponential(psub(loadExtra(row, T(0)), max[full])) : max[0];
            if (full > 0)
                expOf(row, out, 0, s0);
            if (full > 1)
                expOf(row, out, 1, s1);
            if (full > 2)
                expOf(row, out, 2, s2);
            if (full > 3)
                expOf(row, out, 3, s3);
            for (std::int64_t p = 4; p < full; ++p)
                expOf(row, out, p, partial[p]);
            if (extra) {
                if (keepWhole)
                    pstoreu(out, extraE);
                else if (!log)
                    storeExtra(out, extraE);
                sExtra = padd(sExtra, extraE);
            }
            if (blocks && (d + 1) % sumBlock == 0)
                flush();
        };
        // The next tiles' work goes between this tile's rows only where there
        // is some: a test per row made narrow tiles 15 % slower ((2,1100,9),
        // ab_bench.py). The rows of `look.fetched` are prefetched a row at a
        // time: rows a few hundred bytes long are too short for the hardware
        // prefetcher. Dims 0, 1 and 2 of (32,256,64,64) on one thread took
        // 0.79×, 0.87× and 0.77× the time without (ab_bench.py, log_softmax;
        // dims 1 and 2 0.78× and 0.83× on two).
        if (look.next || look.fetched) {
            for (std::int64_t d = 0; d < n; ++d) {
                if (look.next)
                    maxOfNextRow(d);
                if (look.fetched && (fetchAll || d % 2 == 0))
                    prefetch(look.fetched + (fetchAll ? d : d / 2) * inner, look.fetchedWidth);
                alongside(d);
                expRow(d);
            }
        } else {
            for (std::int64_t d = 0; d < n; ++d) {
                alongside(d);
                expRow(d);
            }
        }
        if (blocks)
            flush();
        if (look.next) {
            const P nextHeld[4] = {n0, n1, n2, n3};
            for (std::int64_t p = 0; p < nextFull; ++p)
                pstoreu(look.nextMax + p * L, p < 4 ? nextHeld[p] : nextMax[p]);
            if (nextExtra)
                pstoreu(look.nextMax + look.nextWidth - L, nextMax[nextFull]);
        }
        const P held[4] = {s0, s1, s2, s3};
        for (std::int64_t p = 0; p < std::min<std::int64_t>(full, 4); ++p)
            partial[p] = held[p];
        if (extra)
            partial[full] = sExtra;
        T sum[maxPackets * L];
        if (blocks) {
            for (std::int64_t j = 0; j < m_packets * L; ++j)
                sum[j] = T(sums[j]);
        } else {
            for (std::int64_t p = 0; p < m_packets; ++p)
                pstoreu(sum + p * L, partial[p]);
        }
        finishFactors(sum, m_factor, m_packets * L, log);
    }

    /// The last pass for row d: log p = (x − m) − log S, or p = e · (1/S) from
    /// the kept e.
    [[gnu::always_inline]] void finishRow(std::int64_t d) const
    {
        // Locals, not members, as in expPass.
        const bool log = m_log, extra = m_extra;
        const std::int64_t full = m_full;
        const T *const from = log ? m_x + d * m_inner : m_kept + d * m_keptStride;
        T *const out = m_y + d * m_inner;
        const P *const max = m_max;
        const T *const factor = m_factor;
        const auto finish = [&](const P &value, std::int64_t p) {
            const P f = ploadu<P>(factor + p * L);
            return log ? psub(psub(value, max[p]), f) : pmul(value, f);
        };
        const P extraIn = !extra ? max[0] : m_keepWhole ? ploadu<P>(from) : loadExtra(from, T(0));
        for (std::int64_t p = 0; p < full; ++p) {
            const P value = finish(ploadu<P>(from + p * L), p);
            if (m_stream)
                storeStreaming(out + p * L, value);
            else
                pstoreu(out + p * L, value);
        }
        if (extra)
            storeExtra(out, finish(extraIn, full));
    }

    /// The last pass on its own, prefetching the second half of the rows of
    /// `look.fetched`.
    void finish(const TileLookahead<T> &look) const
    {
        const std::int64_t half = (m_n + 1) / 2;
        for (std::int64_t d = 0; d < m_n; ++d) {
            if (look.fetched && d % 2 == 0 && half + d / 2 < m_n)
                prefetch(look.fetched + (half + d / 2) * m_inner, look.fetchedWidth);
            finishRow(lastPassRow(d));
        }
    }

    /// The row the last pass takes i-th.
    std::int64_t lastPassRow(std::int64_t i) const { return m_backward ? m_n - 1 - i : i; }

private:
    static constexpr std::int64_t maxPackets = columnChunk / L + 1; // tiles are at most a chunk wide

    P loadExtra(const T *from, T fill) const
    {
        return m_narrow ? loadPart(from + m_extraAt, m_width, fill) : ploadu<P>(from + m_extraAt);
    }
    void storeExtra(T *to, const P &value) const
    {
        if (m_narrow)
            storePart(to + m_extraAt, value, m_width);
        else
            pstoreu(to + m_extraAt, value);
    }

    const std::int64_t m_n;
    const std::int64_t m_inner;
    const bool m_log;
    /// The max and last passes walk the rows last to first (rowsShareL1Sets).
    const bool m_backward;
    const T *m_x = nullptr;
    T *m_y = nullptr;
    std::int64_t m_width = 0;
    bool m_stream = false;
    bool m_narrow = false;
    std::int64_t m_full = 0;
    bool m_extra = false;
    std::int64_t m_packets = 0;
    std::int64_t m_extraAt = 0;
    bool m_keepWhole = false;
    T *m_kept = nullptr;
    std::int64_t m_keptStride = 0;
    P m_max[maxPackets];
    T m_factor[maxPackets * L];
};

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
