#include "sleefmath.h"

#include <bit>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>

// This file is compiled with -ffp-contract=off (core/CMakeLists.txt): a product
// fused into a following add by the compiler would round differently from SLEEF.
// Each function is built twice, the one chosen at load time: for CPUs with FMA,
// where std::fma is one instruction, and for the others, where it is a call to
// the C library's exact software fma (three times slower, the same bits).
#if defined(__x86_64__) && defined(__GNUC__)
#define SLEEF_MATH_CLONES [[gnu::target_clones("fma", "default")]]
#else
#define SLEEF_MATH_CLONES
#endif

namespace core {

namespace {

/// A number as the unevaluated sum hi + lo of two floats or doubles (SLEEF's
/// double-float and double-double arithmetic, in its FMA variants).
template <typename T>
struct Pair {
    T hi, lo;
};

/// a + b exactly, whichever is larger.
template <typename T>
Pair<T> sumExactly(T a, T b)
{
    const T s = a + b;
    const T v = s - a;
    return {s, (a - (s - v)) + (b - v)};
}

/// a + b for |a| ≥ |b|.
template <typename T>
Pair<T> add(Pair<T> a, Pair<T> b)
{
    const T s = a.hi + b.hi;
    return {s, (((a.hi - s) + b.hi) + a.lo) + b.lo};
}

template <typename T>
Pair<T> add(Pair<T> a, T b)
{
    const T s = a.hi + b;
    return {s, ((a.hi - s) + b) + a.lo};
}

template <typename T>
Pair<T> multiply(Pair<T> a, T b)
{
    const T s = a.hi * b;
    return {s, std::fma(a.lo, b, std::fma(a.hi, b, -s))};
}

template <typename T>
Pair<T> divide(Pair<T> n, Pair<T> d)
{
    const T t = T(1) / d.hi;
    const T s = n.hi * t;
    const T u = std::fma(t, n.hi, -s);
    const T v = std::fma(-d.lo, t, std::fma(-d.hi, t, T(1)));
    return {s, std::fma(s, v, std::fma(n.lo, t, u))};
}

template <typename T>
struct Bits;
template <>
struct Bits<float> {
    using Integer = std::uint32_t;
    static constexpr int mantissa = 23, bias = 127;
};
template <>
struct Bits<double> {
    using Integer = std::uint64_t;
    static constexpr int mantissa = 52, bias = 1023;
};

/// ⌊log₂ x⌋ of a positive normal x, from its exponent bits.
template <typename T>
int binaryExponent(T x)
{
    using B = Bits<T>;
    const auto exponentBits = (std::bit_cast<typename B::Integer>(x) >> B::mantissa) & ((1u << (sizeof(T) == 4 ? 8 : 11)) - 1);
    return int(exponentBits) - B::bias;
}

/// x · 2^e by adding e to x's exponent bits (for a normal result).
template <typename T>
T addToExponent(T x, int e)
{
    using B = Bits<T>;
    return std::bit_cast<T>(std::bit_cast<typename B::Integer>(x) + (typename B::Integer(std::int64_t(e)) << B::mantissa));
}

/// 2^e for a normal power of two.
template <typename T>
T powerOfTwo(int e)
{
    using B = Bits<T>;
    return std::bit_cast<T>(typename B::Integer(e + B::bias) << B::mantissa);
}

/// u · 2^q as two exact powers of two, 2^(q/2) · 2^(q − q/2), so that a result in
/// the subnormals is rounded once (SLEEF's ldexp2k).
template <typename T>
T scaleByPowerOfTwo(T u, int q)
{
    const int half = q >> 1;
    return u * powerOfTwo<T>(half) * powerOfTwo<T>(q - half);
}

/// log x for x > 0 finite: x = m · 2^e with m in [0.75, 1.5), then
/// log x = e·log 2 + 2·atanh((m − 1)/(m + 1)), `series` giving the terms past
/// the first of that atanh in y = ((m − 1)/(m + 1))².
template <typename T, typename Series>
T logarithm(T d, Pair<T> log2, Series series)
{
    const bool subnormal = d < std::numeric_limits<T>::min();
    if (subnormal)
        d *= T(std::uint64_t(1) << 32) * T(std::uint64_t(1) << 32);
    int e = binaryExponent(d * (T(1) / T(0.75)));
    const T m = addToExponent(d, -e);
    if (subnormal)
        e -= 64;
    Pair<T> s = multiply(log2, T(e));
    const Pair<T> x = divide(sumExactly(T(-1), m), sumExactly(T(1), m));
    const T x2 = x.hi * x.hi;
    s = add(s, Pair<T>{x.hi * 2, x.lo * 2});
    s = add(s, x2 * x.hi * series(x2));
    return s.hi + s.lo;
}

template <typename T>
T specialLogarithm(T d)
{
    if (std::isnan(d) || d < 0)
        return std::numeric_limits<T>::quiet_NaN();
    return d == 0 ? -std::numeric_limits<T>::infinity() : d; // log 0 = −inf, log inf = inf
}

} // namespace

SLEEF_MATH_CLONES float sleefExp(float x)
{
    if (std::isnan(x))
        return x;
    if (x < -104.0f)
        return 0.0f;
    const float q = std::nearbyint(x * 1.442695040888963407359924681001892137426645954152985934135449406931f);
    float s = std::fma(q, -0.693145751953125f, x);
    s = std::fma(q, -1.428606765330187045e-06f, s);
    float u = 0.000198527617612853646278381f;
    u = std::fma(u, s, 0.00139304355252534151077271f);
    u = std::fma(u, s, 0.00833336077630519866943359f);
    u = std::fma(u, s, 0.0416664853692054748535156f);
    u = std::fma(u, s, 0.166666671633720397949219f);
    u = std::fma(u, s, 0.5f);
    u = 1.0f + std::fma(s * s, u, s);
    return scaleByPowerOfTwo(u, int(q));
}

SLEEF_MATH_CLONES double sleefExp(double x)
{
    if (std::isnan(x))
        return x;
    if (x < -1000.0)
        return 0.0;
    const double q = std::nearbyint(x * 1.442695040888963407359924681001892137426645954152985934135449406931);
    double s = std::fma(q, -.69314718055966295651160180568695068359375, x);
    s = std::fma(q, -.28235290563031577122588448175013436025525412068e-12, s);
    // SLEEF's POLY10 macro: Estrin's scheme on s, s², s⁴, s⁸.
    const double s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
    const double high = std::fma(s, +0.2081276378237164457e-8, +0.2511210703042288022e-7);
    const double upper = std::fma(s2, std::fma(s, +0.2755762628169491192e-6, +0.2755723402025388239e-5),
                                  std::fma(s, +0.2480158687479686264e-4, +0.1984126989855865850e-3));
    const double lower = std::fma(s2, std::fma(s, +0.1388888888914497797e-2, +0.8333333333314938210e-2),
                                  std::fma(s, +0.4166666666666602598e-1, +0.1666666666666669072e+0));
    double u = std::fma(s8, high, std::fma(s4, upper, lower));
    u = std::fma(u, s, 0.5);
    u = std::fma(u, s, 1.0);
    u = std::fma(u, s, 1.0);
    return scaleByPowerOfTwo(u, int(q));
}

SLEEF_MATH_CLONES float sleefLog(float x)
{
    if (!(x > 0) || std::isinf(x))
        return specialLogarithm(x);
    return logarithm(x, Pair<float>{0.69314718246459960938f, -1.904654323148236017e-09f}, [](float y) {
        float t = +0.3027294874e+0f;
        t = std::fma(t, y, +0.3996108174e+0f);
        return std::fma(t, y, +0.6666694880e+0f);
    });
}

SLEEF_MATH_CLONES double sleefLog(double x)
{
    if (!(x > 0) || std::isinf(x))
        return specialLogarithm(x);
    return logarithm(x, Pair<double>{0.693147180559945286226764, 2.319046813846299558417771e-17}, [](double y) {
        // SLEEF's POLY7 macro: Estrin's scheme on y, y², y⁴.
        const double y2 = y * y, y4 = y2 * y2;
        const double high = std::fma(y2, 0.1532076988502701353e+0, std::fma(y, 0.1525629051003428716e+0, 0.1818605932937785996e+0));
        const double low = std::fma(y2, std::fma(y, 0.2222214519839380009e+0, 0.2857142932794299317e+0),
                                    std::fma(y, 0.3999999999635251990e+0, 0.6666666666667333541e+0));
        return std::fma(y4, high, low);
    });
}

} // namespace core
