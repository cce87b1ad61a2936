// Packet-level helpers of the fast softmax kernels (fastsoftmaxkernels.inl),
// compiled per instruction set with them: Eigen's packet types, SLEEF's e^x,
// partial and streaming loads and stores, and prefetches. Everything here has
// internal linkage, in the namespace FAST_SOFTMAX_ISA the including file names.

#pragma once

#include "fastsoftmaxkernels.h"
#include "sleefcoefficients.h"

// Eigen's packet types carry vector attributes that GCC reports as ignored
// in template arguments; they are harmless here.
#pragma GCC diagnostic ignored "-Wignored-attributes"

#include <Eigen/Core>

#include <algorithm>
#include <cstring>
#include <limits>
#include <type_traits>

#include <immintrin.h>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

using namespace Eigen::internal;

template <typename T>
using Packet = typename packet_traits<T>::type;

template <typename T>
constexpr std::int64_t lanes = unpacket_traits<Packet<T>>::size;

/// Elements summed in the tensor's type before the partial sum goes to double.
constexpr std::int64_t sumBlock = 1024;

template <typename T>
constexpr T infinity = std::numeric_limits<T>::infinity();

// e^x for x = z − m, which is ≤ 0 or NaN, so it never overflows: 2^q · u with
// q an integer and u ∈ [0.7, 1.5]. Down to x = −86, q ≥ −124, so u · 2^q is a
// normal float and q added to u's exponent bits is that product exactly (one
// multiply fewer than two: e^x alone 7–10 % faster in a scratch benchmark). A
// NaN's q is 0 once shifted, so NaN stays NaN. Only packets with a lane further
// down (rare in real logits) take the long way: u · 2^(q/2) · 2^(q − q/2), two
// exact powers of two, right down into the subnormals for |x| ≤ 104 (SLEEF's
// ldexp2kf); below −104 (and for −inf) the result is 0.
//
// AVX-512 does all of it in two instructions: vscalefps is u · 2^q with one
// rounding (the same bits: exact for a normal result, one rounding into the
// subnormals as the second product), zeroing the lanes where x < −104 (−inf's
// u is NaN) and keeping NaN. Six instructions and a branch fewer per packet.
[[gnu::always_inline]] inline Packet<float> timesPowerOfTwo(const Packet<float> &u, const Packet<float> &q,
                                                            const Packet<float> &x)
{
#if defined(__AVX512F__)
    const __mmask16 kept = _mm512_cmp_ps_mask(x, _mm512_set1_ps(sleef::expfZeroBelow), _CMP_NLT_UQ);
    return _mm512_maskz_scalef_ps(kept, u, q);
#else
    using P = Packet<float>;
    using PI = typename unpacket_traits<P>::integer_packet;
    const PI qi = pcast<P, PI>(q);
    if (!predux_any(pcmp_lt(x, pset1<P>(-86.0f))))
        return preinterpret<P>(padd(preinterpret<PI>(u), plogical_shift_left<23>(qi)));
    const PI bias = pset1<PI>(127);
    const PI half = parithmetic_shift_right<1>(qi);
    P v = pmul(u, preinterpret<P>(plogical_shift_left<23>(padd(half, bias))));
    v = pmul(v, preinterpret<P>(plogical_shift_left<23>(padd(psub(qi, half), bias))));
    return pselect(pcmp_lt(x, pset1<P>(sleef::expfZeroBelow)), pzero(x), v);
#endif
}

#if defined(__FMA__)
/// 2^f ≈ 1 + c1·f + … + c5·f⁵ on [−1/2, 1/2], relative error 1.1e-7
/// (tests/tools/fit_exp2_polynomial.py).
constexpr float exp2Polynomial[5] = {6.931470037e-01f, 2.402224243e-01f, 5.550733581e-02f, 9.671512991e-03f,
                                     1.326472731e-03f};

/// a·b − c with one rounding: FMA's fmsub. Eigen 3.4 has no pmsub, and
/// pmadd(a, b, pnegate(c)) costs a subtraction from zero first (GCC keeps it, as
/// 0 − c is not −c for c = 0): one instruction of e^x's 22.
[[gnu::always_inline]] inline Packet<float> multiplySubtract(const Packet<float> &a, const Packet<float> &b,
                                                             const Packet<float> &c)
{
#if defined(__AVX512F__)
    return _mm512_fmsub_ps(a, b, c);
#else
    return _mm256_fmsub_ps(a, b, c);
#endif
}

// e^x = 2^(x·log₂e) = 2^q · 2^f, q = rint(x·log₂e), f = x·log₂e − q in one FMA
// (exact before its one rounding, since q is near x·log₂e), 2^f of degree 5 by
// Horner's scheme. Seven FMA-port operations to SLEEF's ten: the rows of
// issue 8's matrix 9–20 % faster (softmax-bench, interleaved). Not SLEEF's
// bits: within 2.1 ulps of e^x near 0, plus 0.21 ulp per unit of |x| from
// log₂e rounded to float (19.7 ulps at −86; every float in [−86, 0] checked in
// a scratch program). Rounding z − m to float, as PyTorch does too, already
// moves e^(z − m) by up to 0.5–1 ulp per unit of |x|. tst_fastsoftmaxbits holds
// the kernels to it.
[[gnu::always_inline]] inline Packet<float> exponential(const Packet<float> &x)
{
    using P = Packet<float>;
    const P log2e = pset1<P>(sleef::expfLog2e);
    const P q = print(pmul(x, log2e));
    const P f = multiplySubtract(x, log2e, q);
    P u = pset1<P>(exp2Polynomial[4]);
    for (int i = 3; i >= 0; --i)
        u = pmadd(u, f, pset1<P>(exp2Polynomial[i]));
    u = pmadd(u, f, pset1<P>(1.0f));
    return timesPowerOfTwo(u, q, x);
}
#else
// Without FMA, x·log₂e − q would round the product: SLEEF's xexpf (u10), whose
// q·ln 2 in two parts is exact. q = rint(x / ln 2), s = x − q·ln 2, u of degree 5
// in s by Horner's scheme, 1 + (s²·u + s), then 2^q; within two ulps of SLEEF's
// own, as pmadd rounds twice.
[[gnu::always_inline]] inline Packet<float> exponential(const Packet<float> &x)
{
    using P = Packet<float>;
    const P q = print(pmul(x, pset1<P>(sleef::expfLog2e)));
    P s = pmadd(q, pset1<P>(-sleef::expfLn2High), x);
    s = pmadd(q, pset1<P>(-sleef::expfLn2Low), s);
    P u = pset1<P>(sleef::expfPolynomial[0]);
    for (int i = 1; i < 6; ++i)
        u = pmadd(u, s, pset1<P>(sleef::expfPolynomial[i]));
    u = padd(pset1<P>(1.0f), pmadd(pmul(s, s), u, s));
    return timesPowerOfTwo(u, q, x);
}
#endif

// SLEEF's xexp (u10) for double, as SLEEF 3.5 builds it for FMA machines: the
// same scheme with a degree-12 polynomial, for x ≤ 0 or NaN as above.
[[gnu::always_inline]] inline Packet<double> exponential(const Packet<double> &x)
{
    using P = Packet<double>;
    const P q = print(pmul(x, pset1<P>(sleef::expLog2e)));
    P s = pmadd(q, pset1<P>(-sleef::expLn2High), x);
    s = pmadd(q, pset1<P>(-sleef::expLn2Low), s);
    // SLEEF's polynomial for FMA machines, evaluated as its POLY10 macro does
    // (Estrin's scheme on s, s², s⁴, s⁸), then three more FMAs.
    const P s2 = pmul(s, s), s4 = pmul(s2, s2), s8 = pmul(s4, s4);
    const auto c = [](int i) { return pset1<P>(sleef::expPolynomial[i]); };
    const P upper = pmadd(s2, pmadd(s, c(2), c(3)), pmadd(s, c(4), c(5)));
    const P lower = pmadd(s2, pmadd(s, c(6), c(7)), pmadd(s, c(8), c(9)));
    P u = pmadd(s8, pmadd(s, c(0), c(1)), pmadd(s4, upper, lower));
    u = pmadd(u, s, pset1<P>(0.5));
    u = pmadd(u, s, pset1<P>(1.0));
    u = pmadd(u, s, pset1<P>(1.0));
#if defined(__AVX512F__) // as timesPowerOfTwo
    const __mmask8 kept = _mm512_cmp_pd_mask(x, _mm512_set1_pd(sleef::expZeroBelow), _CMP_NLT_UQ);
    return _mm512_maskz_scalef_pd(kept, u, q);
#else
    u = pldexp(u, q);
    return pselect(pcmp_lt(x, pset1<P>(sleef::expZeroBelow)), pzero(x), u);
#endif
}

// ---- reductions across a packet's lanes --------------------------------------
// A row's lanes are reduced the same way whether the row is alone or one of a
// batch of four, so that its sum has the same bits either way: the packet's
// halves combined down to 128 bits, then for four lanes 0 with 2 and 1 with 3
// and those two (Eigen's predux order on SSE and AVX). Four rows at once share
// one transpose instead of four rounds of shuffles, and their maxima and sums
// are not waited on one at a time: along dim 3 of (8,64,56,56), 2.26 → 1.81 ms
// on one thread (softmax-bench, medians of 7 interleaved rounds).

#if defined(__AVX512F__)
Packet8f lowerHalf(const Packet16f &p) { return _mm512_castps512_ps256(p); }
Packet8f upperHalf(const Packet16f &p) // AVX-512F alone has no 256-bit float extract
{
    return _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(p), 1));
}
Packet4d lowerHalf(const Packet8d &p) { return _mm512_castpd512_pd256(p); }
Packet4d upperHalf(const Packet8d &p) { return _mm512_extractf64x4_pd(p, 1); }
#endif
#if defined(__AVX__)
Packet4f lowerHalf(const Packet8f &p) { return _mm256_castps256_ps128(p); }
Packet4f upperHalf(const Packet8f &p) { return _mm256_extractf128_ps(p, 1); }
Packet2d lowerHalf(const Packet4d &p) { return _mm256_castpd256_pd128(p); }
Packet2d upperHalf(const Packet4d &p) { return _mm256_extractf128_pd(p, 1); }
#endif

/// `p`'s halves combined with `op` down to a 128-bit packet.
template <typename P, typename Op>
auto fold128(const P &p, const Op &op)
{
    if constexpr (sizeof(P) == 16)
        return p;
    else
        return fold128(op(lowerHalf(p), upperHalf(p)), op);
}

/// Each of four packets' lanes reduced with `op`, into `out`.
template <typename T, typename Op>
void reduceFour(const Packet<T> (&packets)[4], T *out, const Op &op)
{
    using Q = decltype(fold128(packets[0], op));
    if constexpr (unpacket_traits<Q>::size == 4) {
        PacketBlock<Q, 4> block;
        for (int k = 0; k < 4; ++k)
            block.packet[k] = fold128(packets[k], op);
        ptranspose(block); // block.packet[l]: lane l of each of the four
        pstoreu(out, op(op(block.packet[0], block.packet[2]), op(block.packet[1], block.packet[3])));
    } else { // two lanes (double): two rows at a time
        for (int k = 0; k < 4; k += 2) {
            PacketBlock<Q, 2> block;
            block.packet[0] = fold128(packets[k], op);
            block.packet[1] = fold128(packets[k + 1], op);
            ptranspose(block);
            pstoreu(out + k, op(block.packet[0], block.packet[1]));
        }
    }
}

/// One packet's lanes reduced with `op`, in reduceFour's order.
template <typename T, typename Op>
T reduceOne(const Packet<T> &p, const Op &op)
{
    const auto q = fold128(p, op);
    if constexpr (std::is_same_v<T, float>) {
        const Packet4f pairs = op(q, Packet4f(_mm_movehl_ps(q, q))); // lanes 0 ∘ 2 and 1 ∘ 3
        return pfirst(op(pairs, Packet4f(_mm_shuffle_ps(pairs, pairs, 1))));
    } else {
        return pfirst(op(q, Packet2d(_mm_unpackhi_pd(q, q))));
    }
}

constexpr auto addLanes = [](const auto &a, const auto &b) { return padd(a, b); };
constexpr auto maxLanes = [](const auto &a, const auto &b) { return pmax(a, b); };

/// The first `count` elements at `from` in a packet, the rest `fill`.
template <typename T>
Packet<T> loadPart(const T *from, std::int64_t count, T fill)
{
    if (count == lanes<T>)
        return ploadu<Packet<T>>(from);
    // A masked load where the instruction set has one (it never touches the lanes
    // left out). Elsewhere a buffer: its small copies followed by one wide load
    // stall store forwarding, about 15 cycles per partial packet.
#if defined(__AVX512F__)
    if constexpr (std::is_same_v<T, float>)
        return _mm512_mask_loadu_ps(_mm512_set1_ps(fill), __mmask16((1u << count) - 1), from);
    else
        return _mm512_mask_loadu_pd(_mm512_set1_pd(fill), __mmask8((1u << count) - 1), from);
#elif defined(__AVX2__)
    if constexpr (std::is_same_v<T, float>) {
        const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(int(count)), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
        return _mm256_blendv_ps(_mm256_set1_ps(fill), _mm256_maskload_ps(from, mask), _mm256_castsi256_ps(mask));
    } else {
        const __m256i mask = _mm256_cmpgt_epi64(_mm256_set1_epi64x(count), _mm256_setr_epi64x(0, 1, 2, 3));
        return _mm256_blendv_pd(_mm256_set1_pd(fill), _mm256_maskload_pd(from, mask), _mm256_castsi256_pd(mask));
    }
#else
    T buffer[lanes<T>];
    std::fill(buffer, buffer + lanes<T>, fill);
    std::memcpy(buffer, from, std::size_t(count) * sizeof(T));
    return ploadu<Packet<T>>(buffer);
#endif
}

/// The first `count` lanes of `value` to `to`, nothing past them.
template <typename T>
void storePart(T *to, const Packet<T> &value, std::int64_t count)
{
    if (count == lanes<T>) {
        pstoreu(to, value);
        return;
    }
    // Copies of half, quarter, … a packet, each of a size known here: a few moves,
    // where a memcpy of `count` elements is a library call (15 % of the time along
    // dim 2 of (2,3,4,5), perf).
    T buffer[lanes<T>];
    pstoreu(buffer, value);
    std::int64_t done = 0;
    for (std::int64_t chunk = lanes<T> / 2; chunk >= 1; chunk /= 2) {
        if (count & chunk) {
            std::memcpy(to + done, buffer + done, std::size_t(chunk) * sizeof(T));
            done += chunk;
        }
    }
}

/// Stores a packet at `to`, aligned to the packet's size, past the caches (a
/// non-temporal store): the line is not read first, as a cached store reads it.
/// The caller ends with a store fence before other threads may read it.
template <typename T>
void storeStreaming(T *to, const Packet<T> &value)
{
#if defined(__AVX512F__)
    if constexpr (std::is_same_v<T, float>)
        _mm512_stream_ps(to, value);
    else
        _mm512_stream_pd(to, value);
#elif defined(__AVX__)
    if constexpr (std::is_same_v<T, float>)
        _mm256_stream_ps(to, value);
    else
        _mm256_stream_pd(to, value);
#else
    if constexpr (std::is_same_v<T, float>)
        _mm_stream_ps(to, value);
    else
        _mm_stream_pd(to, value);
#endif
}

/// Whether `at` is aligned to a packet's size, as streamed stores need.
template <typename T>
bool packetAligned(const T *at)
{
    return reinterpret_cast<std::uintptr_t>(at) % sizeof(Packet<T>) == 0;
}

/// Lanes l ≥ L − rem: those of a row's last packet (which ends at the row's end
/// and overlaps the full packets before it) that hold elements no full packet has.
template <typename T>
Packet<T> newLanes(std::int64_t rem)
{
    using P = Packet<T>;
    return pcmp_le(pset1<P>(T(lanes<T> - rem)), plset<P>(T(0)));
}

/// log S for a packet of float sums S ≥ 1, as log_softmax's are (any positive
/// normal float, NaN and +inf are right too): S = m · 2^k with m in [0.75, 1.5)
/// and k from S's bits, then log m = 2·atanh(t) for t = (m − 1)/(m + 1) in
/// [−1/7, 1/5], as r − r·t + t³·(2/3 + 2t²/5 + … + 2t⁸/11) with r = m − 1
/// exact, so that t's roundings touch only the small terms. Within one ulp of
/// log S on [1, 2^26] and 1.05 ulps below 1 (every float checked in a scratch
/// program, with FMA). Eigen's plog (Cephes' logf) also handles zero, negatives
/// and subnormals, in twice the instructions: one log per column was a tenth of
/// the time along dim 1 of (64,21,64,64) (perf), and this one 4 % faster there
/// and 22 % along dim 0 of (8,64,56,56), 8 rows (log_softmax, one thread).
template <typename P>
P logOfSum(const P &sums)
{
    using PI = typename unpacket_traits<P>::integer_packet;
    const PI bits = preinterpret<PI>(sums);
    const PI offset = psub(bits, pset1<PI>(0x3f400000)); // 0.75's bits
    const P k = pcast<PI, P>(parithmetic_shift_right<23>(offset));
    const P m = preinterpret<P>(psub(bits, pand(offset, pset1<PI>(int(0xff800000u)))));
    const P one = pset1<P>(1.0f);
    const P r = psub(m, one);
    const P t = pdiv(r, padd(m, one));
    const P t2 = pmul(t, t);
    P series = pset1<P>(2.0f / 11);
    for (const float c : {2.0f / 9, 2.0f / 7, 2.0f / 5, 2.0f / 3})
        series = pmadd(series, t2, pset1<P>(c));
    const P small = psub(pmul(pmul(t, t2), series), pmul(r, t));
    // k·log 2 in two parts (Cephes'), the first exact for |k| < 2^15.
    const P low = padd(r, pmadd(k, pset1<P>(-2.12194440e-4f), small));
    const P log = pmadd(k, pset1<P>(0.693359375f), low);
    return pselect(pcmp_lt(sums, pset1<P>(infinity<float>)), log, sums);
}

/// What the last pass needs from a packet of sums: log S for log_softmax, else
/// 1/S.
template <typename Q>
Q factorsOf(const Q &sums, bool log)
{
    using T = typename unpacket_traits<Q>::type;
    if constexpr (std::is_same_v<T, float>)
        return log ? logOfSum(sums) : pdiv(pset1<Q>(1.0f), sums);
    else
        return log ? plog(sums) : pdiv(pset1<Q>(1.0), sums);
}

/// factorsOf for `count` values from `sums` into `factors`, a packet at a time
/// (one log or divide per column or row would cost more than the rest of a
/// short group).
template <typename T>
[[gnu::always_inline]] inline void finishFactors(const T *sums, T *factors, std::int64_t count, bool log)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    for (std::int64_t j = 0; j < count; j += L) {
        const std::int64_t part = std::min(L, count - j);
        const P s = loadPart(sums + j, part, T(1));
        storePart(factors + j, factorsOf(s, log), part);
    }
}

/// reduceFour's 128-bit packet type (four floats or two doubles).
template <typename T>
using Quarter = decltype(fold128(Packet<T>(), addLanes));

/// finishFactors for `count` sums (a multiple of four, each four from one
/// reduceFour), plus `tails` (reduceFour's too) if given, in reduceFour's own
/// 128-bit packets: a load the size of the store before it is forwarded from
/// that store, where a wider or masked one waits for it to reach the cache
/// (about 5 % of rows of 56, perf).
template <typename T>
void finishSums(const T *sums, const T *tails, T *factors, std::int64_t count, bool log)
{
    using Q = Quarter<T>;
    for (std::int64_t k = 0; k < count; k += unpacket_traits<Q>::size) {
        Q s = ploadu<Q>(sums + k);
        if (tails)
            s = padd(s, ploadu<Q>(tails + k));
        pstoreu(factors + k, factorsOf(s, log));
    }
}

/// finishSums for one sum, with the same bits, kept in registers.
template <typename T>
T finishFactor(T sum, bool log)
{
    using Q = Quarter<T>;
    return pfirst(factorsOf(pset1<Q>(sum), log));
}

/// Asks for the cache line at `at` to be brought into L1 (prefetcht0), or, with
/// `forWrite` on a CPU with PREFETCHW, to be brought in ready to be written. An
/// asm statement, not __builtin_prefetch: GCC 12 takes a function whose only
/// effect is that builtin for a pure one and deletes the calls to it, and so it
/// deleted every column tile's prefetches while they sat in a lambda (found by
/// counting prefetch instructions in the assembly; tiles then ran without them).
template <bool forWrite = false>
[[gnu::always_inline]] inline void prefetchLine(const void *at)
{
#if defined(__PRFCHW__)
    if constexpr (forWrite) {
        asm volatile("prefetchw %0" : : "m"(*static_cast<const char *>(at)));
        return;
    }
#endif
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char *>(at)));
}

/// Asks for the `count` elements at `from` to be brought into the caches.
template <typename T>
void prefetch(const T *from, std::int64_t count)
{
    const char *bytes = reinterpret_cast<const char *>(from);
    const std::int64_t size = count * std::int64_t(sizeof(T));
    for (std::int64_t at = 0; at < size; at += 64)
        prefetchLine(bytes + at);
}

/// Asks for the `count` elements at `to` to be brought into the caches, ready
/// to be written.
template <typename T>
void prefetchForWrite(T *to, std::int64_t count)
{
    const char *bytes = reinterpret_cast<const char *>(to);
    const std::int64_t size = count * std::int64_t(sizeof(T));
    for (std::int64_t at = 0; at < size; at += 64)
        prefetchLine<true>(bytes + at);
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
