// Short strided dims of the fast softmax (fastsoftmaxcolumns.inl sends them
// here), compiled per instruction set with the kernels: each packet of columns
// has its whole group in registers, so the input is read once and the output
// written once, with no pass reading either again. Everything here has internal
// linkage, in the namespace FAST_SOFTMAX_ISA the including file names.

#pragma once

#include "fastsoftmaxpackets.inl"

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

/// The longest dim whose groups are held in registers: 32 vector registers
/// (AVX-512) hold 16 rows beside e^x's constants and temporaries, and 16 (AVX2,
/// SSE2) 8.
constexpr std::int64_t registerRows = sizeof(Packet<float>) == 64 ? 16 : 8;

/// With AVX-512, dims of up to 24 rows too, for tensors beyond the caches
/// (ColumnsJob::beyondCaches): some rows then wait on the stack, which costs
/// less than the passes saved where memory is the limit, and more where it is
/// not. Along dim 1 of (64,21,64,64), 0.78× the time of tiles (softmax) and
/// 0.84× (log_softmax); of (1,21,64,64), in the caches, 1.08× and 1.11×
/// (ab_bench.py, one thread).
constexpr std::int64_t registerRowsBeyondCaches = sizeof(Packet<float>) == 64 ? 24 : 8;

/// Whether the job's groups are held in registers (FastSoftmaxOptions::ShortColumns).
inline bool groupsInRegisters(const ColumnsJob &job)
{
    using ShortColumns = FastSoftmaxOptions::ShortColumns;
    if (job.shortColumns == ShortColumns::Tiles)
        return false;
    const bool longer = job.shortColumns == ShortColumns::InRegisters || job.beyondCaches;
    return job.length <= (longer ? registerRowsBeyondCaches : registerRows);
}

/// Where a tile of columns is, what it writes, and what it asks the caches for.
template <typename T>
struct RegisterTile {
    const T *x = nullptr;
    T *y = nullptr;
    std::int64_t width = 0;
    /// Whole packets stored past the caches (rows' starts aligned to a packet).
    bool stream = false;
    /// A later tile (`fetchedWidth` columns) prefetched a packet of columns at a
    /// time, beside this tile's packet of the same columns; its outputs too, to
    /// be written, unless streamed.
    const T *fetched = nullptr;
    T *fetchedOut = nullptr;
    std::int64_t fetchedWidth = 0;
};

/// The `count` columns (count ≤ lanes) at column `at` of a tile whose groups
/// are `n` ≤ N rows `inner` apart: the max of each column, e^(x − m) and their
/// sum in row order, then every output, with the bits of ColumnTile's passes.
template <int N, bool log, typename T>
[[gnu::always_inline]] inline void packetInRegisters(const RegisterTile<T> &tile, std::int64_t at,
                                                     std::int64_t count, std::int64_t n, std::int64_t inner)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    const bool whole = count == L;
    const T *const x = tile.x + at;
    T *const y = tile.y + at;
    if (tile.fetched && at < tile.fetchedWidth) {
#pragma GCC unroll 32
        for (int d = 0; d < N; ++d)
            if (d < n) {
                prefetchLine(tile.fetched + d * inner + at);
                if (tile.fetchedOut)
                    prefetchLine<true>(tile.fetchedOut + d * inner + at);
            }
    }
    P v[N] = {};
    // Three chains of maxima, for a shorter wait than one: pmax keeps its first
    // operand where either is NaN, so no chain takes a NaN from x, and chains
    // that differ only in a zero's sign give the same outputs (see
    // ColumnTile::findMax).
    P max[3] = {pset1<P>(-infinity<T>), pset1<P>(-infinity<T>), pset1<P>(-infinity<T>)};
#pragma GCC unroll 32
    for (int d = 0; d < N; ++d)
        if (d < n) {
            v[d] = whole ? ploadu<P>(x + d * inner) : loadPart(x + d * inner, count, T(0));
            max[d % 3] = pmax(max[d % 3], v[d]);
        }
    const P m = pmax(pmax(max[0], max[1]), max[2]);
    P sum = pzero(m);
#pragma GCC unroll 32
    for (int d = 0; d < N; ++d)
        if (d < n) {
            v[d] = psub(v[d], m);
            const P e = exponential(v[d]);
            if constexpr (!log)
                v[d] = e;
            sum = padd(sum, e);
        }
    const P factor = factorsOf(sum, log);
#pragma GCC unroll 32
    for (int d = 0; d < N; ++d)
        if (d < n) {
            const P out = log ? psub(v[d], factor) : pmul(v[d], factor);
            if (!whole)
                storePart(y + d * inner, out, count);
            else if (tile.stream)
                storeStreaming(y + d * inner, out);
            else
                pstoreu(y + d * inner, out);
        }
}

/// A tile of columns whose groups (n ≤ N rows) are held in registers: its
/// whole packets, then the columns left at its edge in a partial packet (not
/// an overlapping one: in place, that would read outputs of the packet before).
template <int N, bool log, typename T>
void tileInRegisters(const RegisterTile<T> &tile, std::int64_t n, std::int64_t inner)
{
    constexpr std::int64_t L = lanes<T>;
    const std::int64_t full = tile.width / L * L;
    for (std::int64_t at = 0; at < full; at += L)
        packetInRegisters<N, log>(tile, at, L, n, inner);
    if (full < tile.width)
        packetInRegisters<N, log>(tile, full, tile.width - full, n, inner);
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
