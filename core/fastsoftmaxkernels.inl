// The fast softmax kernels, written once with Eigen's packet math and compiled
// per instruction set: the including file defines FAST_SOFTMAX_ISA (a namespace
// name) and the table function. Everything here has internal linkage, so the
// builds for different instruction sets never mix.
//
// Numerics follow PyTorch: m = max (NaN wins), e = exp(x − m), S = Σe,
// p = e·(1/S), and log p = (x − m) − log S. The exponential is SLEEF's expf/exp (u10) polynomial,
// as PyTorch's vectorised CPU kernels use, with exact 2^q scaling down into the
// subnormals. Sums are taken in blocks of 1024 packets' lanes in the tensor's type
// and the blocks are added in double, so long groups still sum to 1.

#include "fastsoftmaxkernels.h"

// Eigen's packet types carry vector attributes that GCC reports as ignored
// in template arguments; they are harmless here.
#pragma GCC diagnostic ignored "-Wignored-attributes"

#include <Eigen/Core>

#include <algorithm>
#include <cstring>
#include <limits>

namespace core::fastkernels {
namespace {
namespace FAST_SOFTMAX_ISA {

using namespace Eigen::internal;
using Eigen::PropagateNaN;

template <typename T>
using Packet = typename packet_traits<T>::type;

template <typename T>
constexpr std::int64_t lanes = unpacket_traits<Packet<T>>::size;

/// Elements summed in the tensor's type before the partial sum goes to double.
constexpr std::int64_t sumBlock = 1024;

template <typename T>
constexpr T infinity = std::numeric_limits<T>::infinity();

// SLEEF's xexpf (u10): q = rint(x / ln 2), s = x − q·ln 2 in two parts, a degree-6
// polynomial, then 2^q. Below −104 the result is 0, above 104 it is +inf.
Packet<float> exponential(const Packet<float> &x)
{
    using P = Packet<float>;
    const P q = print(pmul(x, pset1<P>(1.442695040888963407359924681001892137426645954152985934135449406931f)));
    P s = pmadd(q, pset1<P>(-0.693145751953125f), x);
    s = pmadd(q, pset1<P>(-1.428606765330187045e-06f), s);
    P u = pset1<P>(0.000198527617612853646278381f);
    u = pmadd(u, s, pset1<P>(0.00139304355252534151077271f));
    u = pmadd(u, s, pset1<P>(0.00833336077630519866943359f));
    u = pmadd(u, s, pset1<P>(0.0416664853692054748535156f));
    u = pmadd(u, s, pset1<P>(0.166666671633720397949219f));
    u = pmadd(u, s, pset1<P>(0.5f));
    u = pmadd(pmul(s, s), u, padd(s, pset1<P>(1.0f)));
    // u · 2^q as two exact powers of two, 2^(q/2) · 2^(q − q/2): right down into
    // the subnormals for |x| ≤ 104 (SLEEF's ldexp2kf).
    using PI = typename unpacket_traits<P>::integer_packet;
    const PI qi = pcast<P, PI>(q);
    const PI half = parithmetic_shift_right<1>(qi);
    const PI bias = pset1<PI>(127);
    u = pmul(u, preinterpret<P>(plogical_shift_left<23>(padd(half, bias))));
    u = pmul(u, preinterpret<P>(plogical_shift_left<23>(padd(psub(qi, half), bias))));
    u = pselect(pcmp_lt(x, pset1<P>(-104.0f)), pzero(x), u);
    return pselect(pcmp_lt(pset1<P>(104.0f), x), pset1<P>(infinity<float>), u);
}

// SLEEF's xexp (u10) for double: the same scheme with a degree-11 polynomial.
Packet<double> exponential(const Packet<double> &x)
{
    using P = Packet<double>;
    const P q = print(pmul(x, pset1<P>(1.442695040888963407359924681001892137426645954152985934135449406931)));
    P s = pmadd(q, pset1<P>(-.69314718055966295651160180568695068359375), x);
    s = pmadd(q, pset1<P>(-.28235290563031577122588448175013436025525412068e-12), s);
    static constexpr double coefficients[] = {
        +0.2081276378237164457e-8, +0.2511210703042288022e-7, +0.2755762628169491192e-6, +0.2755723402025388239e-5,
        +0.2480158687479686264e-4, +0.0001984126989855865850, +0.001388888888897744,     +0.008333333333316527,
        +0.04166666666666609,      +0.1666666666666667,       +0.5};
    P u = pset1<P>(coefficients[0]);
    for (std::size_t i = 1; i < std::size(coefficients); ++i)
        u = pmadd(u, s, pset1<P>(coefficients[i]));
    u = pmadd(pmul(s, s), u, padd(s, pset1<P>(1.0)));
    u = pldexp(u, q);
    u = pselect(pcmp_lt(x, pset1<P>(-1000.0)), pzero(x), u);
    return pselect(pcmp_lt(pset1<P>(709.78271289338399673222338991), x), pset1<P>(infinity<double>), u);
}

/// The first `count` elements at `from` in a packet, the rest `fill`.
template <typename T>
Packet<T> loadPart(const T *from, std::int64_t count, T fill)
{
    if (count == lanes<T>)
        return ploadu<Packet<T>>(from);
    T buffer[lanes<T>];
    std::fill(buffer, buffer + lanes<T>, fill);
    std::memcpy(buffer, from, std::size_t(count) * sizeof(T));
    return ploadu<Packet<T>>(buffer);
}

template <typename T>
void storePart(T *to, const Packet<T> &value, std::int64_t count)
{
    if (count == lanes<T>) {
        pstoreu(to, value);
        return;
    }
    T buffer[lanes<T>];
    pstoreu(buffer, value);
    std::memcpy(to, buffer, std::size_t(count) * sizeof(T));
}

// ---- contiguous rows ------------------------------------------------------

template <typename T>
T rowMax(const T *x, std::int64_t n)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    P m0 = pset1<P>(-infinity<T>), m1 = m0, m2 = m0, m3 = m0;
    std::int64_t i = 0;
    for (; i + 4 * L <= n; i += 4 * L) {
        m0 = pmax<PropagateNaN>(m0, ploadu<P>(x + i));
        m1 = pmax<PropagateNaN>(m1, ploadu<P>(x + i + L));
        m2 = pmax<PropagateNaN>(m2, ploadu<P>(x + i + 2 * L));
        m3 = pmax<PropagateNaN>(m3, ploadu<P>(x + i + 3 * L));
    }
    for (; i < n; i += L)
        m0 = pmax<PropagateNaN>(m0, loadPart(x + i, std::min(L, n - i), -infinity<T>));
    return predux_max<PropagateNaN>(pmax<PropagateNaN>(pmax<PropagateNaN>(m0, m1), pmax<PropagateNaN>(m2, m3)));
}

/// Σ exp(x − m) over the row, storing the exponentials in y unless `log`.
template <typename T>
double rowExpSum(const T *x, T *y, std::int64_t n, T max, bool log)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    const P m = pset1<P>(max);
    double total = 0;
    std::int64_t i = 0;
    const std::int64_t whole = n - n % L;
    while (i < whole) {
        const std::int64_t stop = std::min(whole, i + sumBlock);
        P a0 = pzero(m), a1 = a0;
        for (; i + 2 * L <= stop; i += 2 * L) {
            const P e0 = exponential(psub(ploadu<P>(x + i), m));
            const P e1 = exponential(psub(ploadu<P>(x + i + L), m));
            if (!log) {
                pstoreu(y + i, e0);
                pstoreu(y + i + L, e1);
            }
            a0 = padd(a0, e0);
            a1 = padd(a1, e1);
        }
        for (; i < stop; i += L) {
            const P e = exponential(psub(ploadu<P>(x + i), m));
            if (!log)
                pstoreu(y + i, e);
            a0 = padd(a0, e);
        }
        total += double(predux(padd(a0, a1)));
    }
    if (i < n) { // the tail, padded with −inf (whose exponential is 0)
        const P e = exponential(psub(loadPart(x + i, n - i, -infinity<T>), m));
        if (!log)
            storePart(y + i, e, n - i);
        total += double(predux(e));
    }
    return total;
}

template <typename T>
void row(const T *x, T *y, std::int64_t n, bool log)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    const T max = rowMax(x, n);
    const T sum = T(rowExpSum(x, y, n, max, log));
    if (log) {
        const P m = pset1<P>(max);
        const P logSum = pset1<P>(std::log(sum));
        for (std::int64_t i = 0; i < n; i += L) {
            const std::int64_t count = std::min(L, n - i);
            storePart(y + i, psub(psub(loadPart(x + i, count, T(0)), m), logSum), count);
        }
    } else {
        const P scale = pset1<P>(T(1) / sum);
        for (std::int64_t i = 0; i < n; i += L) {
            const std::int64_t count = std::min(L, n - i);
            storePart(y + i, pmul(loadPart(y + i, count, T(0)), scale), count);
        }
    }
}

template <typename T>
void rows(const T *input, T *output, std::int64_t rowCount, std::int64_t length, bool log)
{
    for (std::int64_t r = 0; r < rowCount; ++r)
        row(input + r * length, output + r * length, length, log);
}

// ---- strided columns ------------------------------------------------------

/// Columns per tile: as many as keep the tile's input and output near 96 KiB
/// (inside L2, mostly inside L1), a whole number of packets, at most 256.
template <typename T>
std::int64_t tileWidth(std::int64_t length)
{
    constexpr std::int64_t L = lanes<T>;
    const std::int64_t fit = (96 * 1024) / (2 * length * std::int64_t(sizeof(T)));
    return std::clamp<std::int64_t>(fit / L * L, L, 256);
}

template <typename T>
void columnTile(const T *x, T *y, std::int64_t n, std::int64_t inner, std::int64_t width, bool log)
{
    using P = Packet<T>;
    constexpr std::int64_t L = lanes<T>;
    constexpr std::int64_t maxPackets = 256 / L;
    const std::int64_t packets = (width + L - 1) / L;
    const auto count = [&](std::int64_t p) { return std::min(L, width - p * L); };

    P max[maxPackets];
    std::fill(max, max + packets, pset1<P>(-infinity<T>));
    for (std::int64_t d = 0; d < n; ++d)
        for (std::int64_t p = 0; p < packets; ++p)
            max[p] = pmax<PropagateNaN>(max[p], loadPart(x + d * inner + p * L, count(p), -infinity<T>));

    double sums[256] = {};
    P partial[maxPackets];
    const auto flush = [&] {
        for (std::int64_t p = 0; p < packets; ++p) {
            T lane[L];
            pstoreu(lane, partial[p]);
            for (std::int64_t l = 0; l < L; ++l)
                sums[p * L + l] += double(lane[l]);
            partial[p] = pzero(partial[p]);
        }
    };
    std::fill(partial, partial + packets, pzero(max[0]));
    for (std::int64_t d = 0; d < n; ++d) {
        for (std::int64_t p = 0; p < packets; ++p) {
            const std::int64_t at = d * inner + p * L;
            const P e = exponential(psub(loadPart(x + at, count(p), T(0)), max[p]));
            if (!log)
                storePart(y + at, e, count(p));
            partial[p] = padd(partial[p], e);
        }
        if ((d + 1) % sumBlock == 0)
            flush();
    }
    flush();

    T lane[256];
    if (log) {
        for (std::int64_t j = 0; j < packets * L; ++j)
            lane[j] = std::log(T(sums[j]));
        for (std::int64_t d = 0; d < n; ++d)
            for (std::int64_t p = 0; p < packets; ++p) {
                const std::int64_t at = d * inner + p * L;
                const P shifted = psub(loadPart(x + at, count(p), T(0)), max[p]);
                storePart(y + at, psub(shifted, ploadu<P>(lane + p * L)), count(p));
            }
    } else {
        for (std::int64_t j = 0; j < packets * L; ++j)
            lane[j] = T(1) / T(sums[j]); // e · (1/S): a multiply is far cheaper than a divide
        for (std::int64_t d = 0; d < n; ++d)
            for (std::int64_t p = 0; p < packets; ++p) {
                const std::int64_t at = d * inner + p * L;
                storePart(y + at, pmul(loadPart(y + at, count(p), T(0)), ploadu<P>(lane + p * L)), count(p));
            }
    }
}

template <typename T>
void columns(const T *input, T *output, std::int64_t length, std::int64_t inner, std::int64_t begin, std::int64_t end,
             bool log)
{
    const std::int64_t width = tileWidth<T>(length);
    for (std::int64_t j = begin; j < end; j += width)
        columnTile(input + j, output + j, length, inner, std::min(width, end - j), log);
}

} // namespace FAST_SOFTMAX_ISA
} // namespace
} // namespace core::fastkernels
