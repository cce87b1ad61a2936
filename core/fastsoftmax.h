#pragma once

#include "dims.h"

#include <cstdint>
#include <span>

namespace core {

/// The fast path for big tensors (benchmarks, and anyone who wants the numbers
/// without the teaching trace): softmax or log_softmax along `dim` of a
/// contiguous row-major tensor of rank 1–4 with any number of elements.
///
/// Results agree with applySoftmax() within float rounding and give PyTorch's
/// special values (NaN or +inf in a group, or a group of only −inf, gives NaN
/// everywhere in it). float64's e^x is SLEEF's, as PyTorch's CPU kernels compute
/// it (the same bits with the AVX2+FMA and AVX-512 kernels); float32's is a
/// cheaper one within a few ulps (fastsoftmaxpackets.inl). Sums are accumulated
/// in blocks added in double, so a group of 2^25 elements still sums to 1.
///
/// `threads`: 0 for one per core; more threads are used only when the tensor is
/// big enough to pay for them. Throws InputError for a bad rank, dim or size.
struct FastSoftmaxOptions {
    Op op = Op::Softmax;
    int threads = 0;
    /// The best kernels this CPU runs (AVX-512, else AVX2+FMA, else baseline), or
    /// a lesser set for tests and comparisons (a set the CPU lacks falls back to
    /// the next one down).
    enum class Kernels { Best, Avx2, Baseline } kernels = Kernels::Best;
    /// How outputs are written. Streaming (non-temporal) stores go past the
    /// caches and skip reading each output line before writing it, which saves
    /// a third of the memory traffic when the tensor is bigger than the caches,
    /// and costs time when the output would have stayed in them. Auto streams
    /// when input and output together take more than half the largest cache
    /// (shared with other cores and other data). Streaming needs a
    /// packet-aligned output (64 bytes is enough) and rows of whole packets:
    /// along the last dim, rows of at most 512 elements whose length is a
    /// multiple of 16 floats or 8 doubles, four rows at a time, and log_softmax's
    /// rows beyond 2 MiB of such a length on one thread; along other dims, an
    /// inner extent of such a multiple and a dim of at most 4096 elements (a
    /// tile's e^x wait in a 256 KiB buffer). Everything else is written through
    /// the caches whatever this says.
    enum class Stores { Auto, Cached, Streaming } stores = Stores::Auto;
    /// When each column's max is taken, along a dim other than the last: in a
    /// pass of its own over each tile of columns (PerTile), or while the tile
    /// before it computes e^x (Ahead), so that the core computes while the next
    /// tile comes from memory, which a pass that only loads and compares would
    /// wait for. Ahead applies to tiles of at most eight packets (128 floats
    /// with AVX-512); wider ones keep their own pass. Auto takes them ahead
    /// when input and output together do not fit in the largest cache. The
    /// results are the same bits either way.
    enum class ColumnMax { Auto, PerTile, Ahead } columnMax = ColumnMax::Auto;
    /// How a dim other than the last of at most 24 elements (8 without AVX-512)
    /// is done: each packet of columns with its whole group in registers, read
    /// once and written once (InRegisters), or in tiles through a pass for the
    /// maxima, one for e^x and one for the outputs, as longer dims are (Tiles).
    /// Auto holds dims of up to 16 elements in registers (8 without AVX-512),
    /// and of 17 to 24 when input and output take more than half the largest
    /// cache: some of those rows wait on the stack, which costs more than it
    /// saves in the caches. The results are the same bits either way.
    enum class ShortColumns { Auto, InRegisters, Tiles } shortColumns = ShortColumns::Auto;
    /// What the kernels along a dim other than the last plan for: a tensor the
    /// caches hold (Caches), or one they do not (Beyond): each tile then has
    /// the caches fetch the next one's rows while it works, softmax runs each
    /// tile's last pass alongside the next tile's e^x as log_softmax always
    /// does, and dims of 17 to 24 elements go in registers (ShortColumns). Auto
    /// plans Beyond when input and output together take more than half the
    /// largest cache, as Stores streams. The results are the same bits either way.
    enum class Memory { Auto, Caches, Beyond } memory = Memory::Auto;
};

void fastSoftmax(std::span<const float> input, std::span<float> output, std::span<const std::int64_t> extents,
                 std::int64_t dim, FastSoftmaxOptions options = {});
void fastSoftmax(std::span<const double> input, std::span<double> output, std::span<const std::int64_t> extents,
                 std::int64_t dim, FastSoftmaxOptions options = {});

/// The instruction set of `kernels` on this machine: "avx512", "avx2+fma" or "baseline".
const char *fastSoftmaxInstructionSet(FastSoftmaxOptions::Kernels kernels = FastSoftmaxOptions::Kernels::Best);

} // namespace core
