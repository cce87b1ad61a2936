// The strided-column kernels of the fast softmax (fastsoftmaxkernels.inl),
// compiled per instruction set with them: tiles of adjacent columns walked down
// the dim, the walk over a range of work items, and what a tile does for the
// tiles after it (prefetches, maxima ahead). Everything here has internal
// linkage, in the namespace FAST_SOFTMAX_ISA the including file names.

#pragma once

#include "fastsoftmaxpackets.inl"

#include <algorithm>
#include <vector>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

// ---- strided columns ------------------------------------------------------
// A tile is `width` adjacent columns walked down the dim: full packets, and one
// more packet ending at the tile's edge (overlapping, as for rows) when needed.
// Each packet's lanes are independent columns with their own max and sum.

/// Columns per tile, for the `count` columns [begin, end) of a slice: tiles of
/// equal width, each a whole number of packets (the last may be narrower), with
/// input and output together near 256 KiB, inside L2 beside the next tile being
/// prefetched. Narrower tiles make shorter runs in memory: along dim 1 of
/// (32,256,64,64), 96 + 96 + 64 columns took 25 % longer than 128 + 128.
template <typename T>
std::int64_t tileWidth(std::int64_t length, std::int64_t count)
{
    constexpr std::int64_t L = lanes<T>;
    const std::int64_t fit = std::max<std::int64_t>(L, (256 * 1024) / (2 * length * std::int64_t(sizeof(T))));
    const std::int64_t tiles = (count + fit - 1) / fit;
    const std::int64_t even = (count + tiles - 1) / tiles;
    return std::min<std::int64_t>((even + L - 1) / L * L, std::int64_t{columnChunk});
}

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

/// One tile, with its column maxima from `knownMax` (see TileLookahead) if not
/// null. The rows of `look.fetched` are prefetched a row at a time, the first
/// half while e^x is computed and the rest during the last pass: rows a few
/// hundred bytes long are too short for the hardware prefetcher. Dims 0, 1 and
/// 2 of (32,256,64,64) on one thread took 0.79×, 0.87× and 0.77× the time
/// without (ab_bench.py, log_softmax; dims 1 and 2 0.78× and 0.83× on two).
///
/// With `stream` (a tile of whole packets, each row's start in y aligned to a
/// packet) the last pass writes y with storeStreaming, so y is written once and
/// never read; softmax's e^x then waits in `exps` (`width` to a row) instead of y.
template <typename T>
void columnTile(const T *x, T *y, std::int64_t n, std::int64_t inner, std::int64_t width, const T *knownMax,
                const TileLookahead<T> &look, bool log, bool stream, T *exps)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    constexpr std::int64_t maxPackets = columnChunk / L + 1; // tiles are at most a chunk wide
    // A tile narrower than a packet (inner < L) uses padded loads instead.
    const bool narrow = width < L;
    const std::int64_t full = narrow ? 0 : width / L;
    const bool extra = narrow || width % L != 0;
    const std::int64_t packets = full + (extra ? 1 : 0);
    const std::int64_t extraAt = narrow ? 0 : width - L;
    const auto loadExtra = [&](const T *from, T fill) {
        return narrow ? loadPart(from + extraAt, width, fill) : ploadu<P>(from + extraAt);
    };
    const auto storeExtra = [&](T *to, const P &value) {
        if (narrow)
            storePart(to + extraAt, value, width);
        else
            pstoreu(to + extraAt, value);
    };
    // Where softmax keeps row d's e^x until the last pass, and its row stride. A
    // tile narrower than a packet keeps whole packets in `exps`: written in parts
    // and read back whole, they would stall store forwarding on every row.
    const bool keepWhole = narrow && !log;
    T *const kept = stream || keepWhole ? exps : y;
    const std::int64_t keptStride = stream ? width : keepWhole ? L : inner;

    // The max down each column, four packets at a time: their maxima stay in
    // registers (a whole row of packets would not fit).
    P max[maxPackets];
    std::int64_t first = 0;
    if (knownMax) {
        for (; first < full; ++first)
            max[first] = ploadu<P>(knownMax + first * L);
        if (extra)
            max[full] = ploadu<P>(knownMax + extraAt);
    }
    for (; first + 4 <= full; first += 4) {
        P m0 = pset1<P>(-infinity<T>), m1 = m0, m2 = m0, m3 = m0;
        for (std::int64_t d = 0; d < n; ++d) {
            const T *at = x + d * inner + first * L;
            m0 = pmax(m0, ploadu<P>(at));
            m1 = pmax(m1, ploadu<P>(at + L));
            m2 = pmax(m2, ploadu<P>(at + 2 * L));
            m3 = pmax(m3, ploadu<P>(at + 3 * L));
        }
        max[first] = m0;
        max[first + 1] = m1;
        max[first + 2] = m2;
        max[first + 3] = m3;
    }
    for (; first < full; ++first) {
        P m = pset1<P>(-infinity<T>);
        for (std::int64_t d = 0; d < n; ++d)
            m = pmax(m, ploadu<P>(x + d * inner + first * L));
        max[first] = m;
    }
    if (extra && !knownMax) {
        P m = pset1<P>(-infinity<T>);
        for (std::int64_t d = 0; d < n; ++d)
            m = pmax(m, loadExtra(x + d * inner, -infinity<T>));
        max[full] = m;
    }

    // A dim of at most sumBlock rows is one block: its float sums are the sums,
    // bit for bit what adding them into double and back would give, without a
    // scalar pass over every lane (along dim 0 of (8,64,56,56), 8 rows, that
    // pass was a tenth of the instructions: callgrind, 11.4 → 10.2 million).
    const bool blocks = n > sumBlock;
    double sums[maxPackets * L]; // only the tile's lanes: zeroing all 2 KiB would dominate small tiles
    if (blocks)
        std::fill(sums, sums + packets * L, 0.0);
    // Each column's sum of e^x so far: the first four packets' and the extra
    // packet's in registers, the rest in `partial` (through memory on every row,
    // which narrow tiles, a few packets to a row, waited on: (2,1100,9) 0.68×
    // and dim 2 of (8,64,56,56) 0.91× with registers; ab_bench.py).
    P partial[maxPackets];
    P s0 = pzero(max[0]), s1 = s0, s2 = s0, s3 = s0, sExtra = s0;
    std::fill(partial, partial + packets, s0);
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
    // One row of the fetched tile every other row: its first `half` rows during
    // the e^x pass, the rest during the last pass. No division per row (a 64-bit
    // division costs tens of cycles, a narrow tile's row a few).
    const std::int64_t half = (n + 1) / 2;
    const auto prefetchNext = [&](std::int64_t d, std::int64_t start) {
        if (look.fetched && d % 2 == 0 && start + d / 2 < n)
            prefetch(look.fetched + (start + d / 2) * inner, look.fetchedWidth);
    };
    // The next tile's maxima, in the max pass's order (so with its bits): the
    // first four packets in registers, the rest in `nextMax`, and a last packet
    // ending at the tile's edge.
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
        // Output lines ahead of their stores, unless streamed: softmax's e^x go
        // to y two rows on; log_softmax writes y only in the last pass. About
        // 10 % off strided rows whose output is not in the caches (softmax-bench).
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
    // The next tiles' work goes between this tile's rows only where there is
    // some: a test per row made narrow tiles 15 % slower ((2,1100,9), ab_bench.py).
    const bool lookingAhead = look.next || look.fetched;
    if (lookingAhead) {
        for (std::int64_t d = 0; d < n; ++d) {
            if (look.next)
                maxOfNextRow(d);
            prefetchNext(d, 0);
            expRow(d);
        }
    } else {
        for (std::int64_t d = 0; d < n; ++d)
            expRow(d);
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
        for (std::int64_t j = 0; j < packets * L; ++j)
            sum[j] = T(sums[j]);
    } else {
        for (std::int64_t p = 0; p < packets; ++p)
            pstoreu(sum + p * L, partial[p]);
    }

    // log p = (x − m) − log S, or p = e · (1/S) from the kept e.
    T factor[maxPackets * L];
    finishFactors(sum, factor, packets * L, log);
    const auto finishRow = [&](std::int64_t d) __attribute__((always_inline)) {
        const T *from = log ? x + d * inner : kept + d * keptStride;
        T *out = y + d * inner;
        const auto finish = [&](const P &value, std::int64_t p) {
            const P f = ploadu<P>(factor + p * L);
            return log ? psub(psub(value, max[p]), f) : pmul(value, f);
        };
        const P extraIn = !extra ? max[0] : keepWhole ? ploadu<P>(from) : loadExtra(from, T(0));
        for (std::int64_t p = 0; p < full; ++p) {
            const P value = finish(ploadu<P>(from + p * L), p);
            if (stream)
                storeStreaming(out + p * L, value);
            else
                pstoreu(out + p * L, value);
        }
        if (extra)
            storeExtra(out, finish(extraIn, full));
    };
    if (lookingAhead) {
        for (std::int64_t d = 0; d < n; ++d) {
            prefetchNext(d, half);
            finishRow(d);
        }
    } else {
        for (std::int64_t d = 0; d < n; ++d)
            finishRow(d);
    }
}

/// Largest tile (input bytes) whose outputs are streamed; its e^x wait in a
/// per-thread buffer of this size. Longer dims have narrow tiles that do not
/// stay in L2 anyway.
constexpr std::int64_t streamedTileBytes = 256 * 1024;

/// A tile of `width` columns from `column` of one slice, in a chunk that ends
/// at `chunkEnd` and whose tiles are `step` wide; width 0 for none.
struct Tile {
    std::int64_t item = 0;
    std::int64_t slice = 0;
    std::int64_t chunkEnd = 0;
    std::int64_t step = 0;
    std::int64_t column = 0;
    std::int64_t width = 0;
};

/// The tiles of a job's work items up to `end`, in order.
template <typename T>
class TileWalk {
public:
    TileWalk(const ColumnsJob &job, std::int64_t end)
        : m_job(job), m_end(end), m_chunks((job.inner + columnChunk - 1) / columnChunk)
    {
    }

    Tile first(std::int64_t item) const
    {
        Tile tile;
        tile.item = item;
        tile.slice = item / m_chunks;
        tile.column = item % m_chunks * columnChunk;
        tile.chunkEnd = std::min(m_job.inner, tile.column + columnChunk);
        tile.step = tileWidth<T>(m_job.length, tile.chunkEnd - tile.column);
        tile.width = std::min(tile.step, tile.chunkEnd - tile.column);
        return tile;
    }

    Tile after(const Tile &tile) const
    {
        if (tile.width == 0)
            return tile;
        Tile next = tile;
        next.column += tile.width;
        if (next.column < tile.chunkEnd) {
            next.width = std::min(tile.step, tile.chunkEnd - next.column);
            return next;
        }
        return tile.item + 1 < m_end ? first(tile.item + 1) : Tile{};
    }

    /// Where the tile's first row starts, in elements from the tensor's start.
    std::int64_t offset(const Tile &tile) const { return tile.slice * m_job.length * m_job.inner + tile.column; }

private:
    const ColumnsJob &m_job;
    std::int64_t m_end;
    std::int64_t m_chunks;
};

/// The widest tile (in packets) whose maxima are taken ahead. Past four packets
/// the maxima go through memory on every row; tiles of sixteen (dim 0 of
/// (32,256,64,64)) were 2–15 % slower for log_softmax that way (9 % faster for
/// softmax), where tiles of eight and four (dims 1 and 2) were up to 10 % faster
/// on one thread and within 4 % on two (ab_bench.py, against a max pass per
/// tile with the next tile prefetched).
constexpr std::int64_t maxAheadPackets = 8;

template <typename T>
void columns(const T *input, T *output, const ColumnsJob &job, std::int64_t begin, std::int64_t end)
{
    constexpr std::int64_t packetBytes = sizeof(Packet<T>);
    const std::int64_t length = job.length;
    const std::int64_t inner = job.inner;
    // Streaming needs every row's packets aligned: the same alignment in each row.
    const bool rowsAligned = inner * std::int64_t(sizeof(T)) % packetBytes == 0;
    thread_local std::vector<T> exps;
    // Column maxima taken ahead: this tile's, and the next one's.
    alignas(64) T maxima[2][columnChunk];
    bool maxKnown = false;
    bool streamed = false;
    const TileWalk<T> walk(job, end);
    Tile tile = walk.first(begin);
    Tile next = walk.after(tile);
    for (int turn = 0; tile.width > 0; turn ^= 1) {
        const Tile afterNext = walk.after(next);
        // With the maxima ahead, the next tile's rows are loaded while this
        // tile's e^x are computed, and the caches are asked for the one after.
        const bool ahead = job.maxAhead && next.width >= lanes<T> && next.width <= maxAheadPackets * lanes<T>;
        const Tile &fetched = ahead ? afterNext : next;
        TileLookahead<T> look;
        if (ahead) {
            look.next = input + walk.offset(next);
            look.nextWidth = next.width;
            look.nextMax = maxima[turn ^ 1];
        }
        if (job.prefetch && fetched.width > 0) {
            look.fetched = input + walk.offset(fetched);
            look.fetchedWidth = fetched.width;
        }
        const std::int64_t at = walk.offset(tile);
        const bool streamTile = job.stream && rowsAligned && tile.width % lanes<T> == 0 &&
                                packetAligned(output + at) &&
                                length * tile.width * std::int64_t(sizeof(T)) <= streamedTileBytes;
        const std::int64_t kept = job.log ? 0
                                  : streamTile            ? length * tile.width
                                  : tile.width < lanes<T> ? length * lanes<T>
                                                          : 0;
        if (exps.size() < std::size_t(kept))
            exps.resize(std::size_t(kept));
        columnTile(input + at, output + at, length, inner, tile.width, maxKnown ? maxima[turn] : nullptr, look,
                   job.log, streamTile, exps.data());
        streamed = streamed || streamTile;
        maxKnown = ahead;
        tile = next;
        next = afterNext;
    }
    if (streamed)
        _mm_sfence();
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
