// The strided-column kernels of the fast softmax (fastsoftmaxkernels.inl),
// compiled per instruction set with them: tiles of adjacent columns
// (fastsoftmaxcolumntile.inl) and the walk over a range of work items, with
// each tile's lookahead for the ones after it. Everything here has internal
// linkage, in the namespace FAST_SOFTMAX_ISA the including file names.

#pragma once

#include "fastsoftmaxcolumnregisters.inl"
#include "fastsoftmaxcolumntile.inl"
#include "fastsoftmaxpackets.inl"

#include <algorithm>
#include <vector>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

// ---- strided columns ------------------------------------------------------
// A work item is one slice's chunk of columns, split into tiles of equal width.

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
/// softmax). Tiles of six and fewer gain: on one thread, against a max pass per
/// tile with the next tile prefetched, that pass took 1.21×/1.13× the time
/// (softmax/log_softmax) along dim 1 of (4,384,128,128) (six packets),
/// 1.18×/1.15× of (8,512,64,64) (four), 1.34×/1.37× of (8,1000,32,32) (two).
/// Tiles of eight do not: dim 1 of (32,256,64,64) 0.89–0.93×/0.92–0.99× with a
/// pass of their own, (8,256,128,128) 0.94×/0.99×, (128,256,32,32) 1.00×/1.00×
/// (ab_bench.py, 5–9 rounds; softmax with its last pass alongside, see columns()).
constexpr std::int64_t maxAheadPackets = 6;

/// Whether a tile's rows from `out` (whole packets of them) can be streamed:
/// the job streams, and every row's start is aligned to a packet, as the first
/// one is.
template <typename T>
bool rowsStream(const ColumnsJob &job, const T *out)
{
    return job.stream && job.inner * std::int64_t(sizeof(T)) % std::int64_t(sizeof(Packet<T>)) == 0 &&
           packetAligned(out);
}

/// The tiles of a short dim (groupsInRegisters), each packet of columns' group in
/// registers (tileInRegisters), the next tile prefetched beside it.
template <typename T>
void columnsInRegisters(const T *input, T *output, const ColumnsJob &job, std::int64_t begin, std::int64_t end)
{
    const std::int64_t n = job.length, inner = job.inner;
    const auto tileWith = [&](auto rows) {
        constexpr int N = decltype(rows)::value;
        const TileWalk<T> walk(job, end);
        bool streamed = false;
        for (Tile tile = walk.first(begin); tile.width > 0;) {
            const Tile next = walk.after(tile);
            const std::int64_t at = walk.offset(tile);
            RegisterTile<T> registers;
            registers.x = input + at;
            registers.y = output + at;
            registers.width = tile.width;
            registers.stream = rowsStream(job, output + at);
            if (job.beyondCaches && next.width > 0) {
                registers.fetched = input + walk.offset(next);
                registers.fetchedOut = registers.stream ? nullptr : output + walk.offset(next);
                registers.fetchedWidth = next.width;
            }
            if (job.log)
                tileInRegisters<N, true>(registers, n, inner);
            else
                tileInRegisters<N, false>(registers, n, inner);
            streamed = streamed || registers.stream;
            tile = next;
        }
        if (streamed)
            _mm_sfence();
    };
    if (n <= 4)
        tileWith(std::integral_constant<int, 4>());
    else if (n <= 8)
        tileWith(std::integral_constant<int, 8>());
    else if constexpr (registerRowsBeyondCaches > 8) {
        if (n <= 16)
            tileWith(std::integral_constant<int, 16>());
        else
            tileWith(std::integral_constant<int, registerRowsBeyondCaches>());
    }
}

template <typename T>
void columns(const T *input, T *output, const ColumnsJob &job, std::int64_t begin, std::int64_t end)
{
    if (groupsInRegisters(job)) {
        columnsInRegisters(input, output, job, begin, end);
        return;
    }
    const std::int64_t length = job.length;
    const std::int64_t inner = job.inner;
    // Where softmax's e^x wait for the last pass (ColumnTile::place), one per
    // tile in flight.
    thread_local std::vector<T> exps[2];
    // Column maxima taken ahead: this tile's, and the next one's.
    alignas(64) T maxima[2][columnChunk];
    bool maxKnown = false;
    bool streamed = false;
    // This tile and the one before it. log_softmax runs a tile's last pass
    // alongside the next tile's e^x pass, a row of each in turn: the last pass
    // mostly waits for its stores, e^x for arithmetic, and each now fills the
    // other's wait; and memory sees the tile's writes spread among the next
    // tiles' reads. Along dim 1 of (64,21,64,64) 0.87–0.94× the time, dim 0 of
    // (32,256,64,64) 0.80–1.00× (ab_bench.py, one and two threads). Softmax
    // does the same beyond the caches, its e^x in two buffers, one for each
    // tile: on one thread along dim 1 of (8,1000,32,32) 0.85×, (4,384,128,128)
    // 0.88×, dim 2 of (1,1,2048,2048) 0.89×, dim 1 of (8,512,64,64) 0.92×, and
    // with each tile's maxima in its own pass (maxAheadPackets) dim 1 of
    // (32,256,64,64) 0.85–0.97× (0.85–0.93× on two threads); its dim 0 1.00–1.09×
    // on one thread, 0.93–0.95× on two. In the caches two tiles'
    // e^x did not stay in L1, and it was 2–10 % slower that way (and (512,64,8,8)
    // 1.06×), so there it runs each tile through; so do tiles narrower than a
    // packet, which have no stores to wait for ((2,1100,9) log_softmax 1.37×
    // the time, ab_bench.py).
    ColumnTile<T> tiles[2] = {{length, inner, job.log}, {length, inner, job.log}};
    const bool pipelined = (job.log || job.beyondCaches) && inner >= lanes<T>;
    bool pending = false;
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
        if (job.beyondCaches && fetched.width > 0) {
            look.fetched = input + walk.offset(fetched);
            look.fetchedWidth = fetched.width;
        }
        const std::int64_t at = walk.offset(tile);
        const bool streamTile = rowsStream(job, output + at) && tile.width % lanes<T> == 0 &&
                                length * tile.width * std::int64_t(sizeof(T)) <= streamedTileBytes;
        const std::int64_t kept = job.log ? 0
                                  : streamTile            ? length * tile.width
                                  : tile.width < lanes<T> ? length * lanes<T>
                                                          : 0;
        if (exps[turn].size() < std::size_t(kept))
            exps[turn].resize(std::size_t(kept));
        ColumnTile<T> &current = tiles[turn];
        const ColumnTile<T> &before = tiles[turn ^ 1];
        current.place(input + at, output + at, tile.width, streamTile, exps[turn].data());
        current.findMax(maxKnown ? maxima[turn] : nullptr);
        if (pending)
            current.expPass(look, true, [&](std::int64_t d) __attribute__((always_inline)) { before.finishRow(before.lastPassRow(d)); });
        else
            current.expPass(look, pipelined, [](std::int64_t) {});
        if (!pipelined)
            current.finish(look);
        pending = pipelined;
        streamed = streamed || streamTile;
        maxKnown = ahead;
        tile = next;
        next = afterNext;
        if (tile.width == 0 && pipelined)
            current.finish(TileLookahead<T>{});
    }
    if (streamed)
        _mm_sfence();
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
