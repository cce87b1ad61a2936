#include "sleefmath.h"

#include "sleefcoefficients.h"

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
    static constexpr int mantissa = 23, bias = 127, exponentMask = 0xff;
};
template <>
struct Bits<double> {
    using Integer = std::uint64_t;
    static constexpr int mantissa = 52, bias = 1023, exponentMask = 0x7ff;
};

/// ⌊log₂ x⌋ of a positive normal x, from its exponent bits.
template <typename T>
int binaryExponent(T x)
{
    using B = Bits<T>;
    return int((std::bit_cast<typename B::Integer>(x) >> B::mantissa) & B::exponentMask) - B::bias;
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

/// e^x for x ≤ 0 or NaN: q = rint(x · log₂e), s = x − q·ln 2 in two steps,
/// `polynomial` giving e^s, then 2^q; 0 below `zeroBelow`.
template <typename T, typename Polynomial>
T exponential(T x, T log2e, T ln2High, T ln2Low, T zeroBelow, Polynomial polynomial)
{
    if (std::isnan(x))
        return x;
    if (x < zeroBelow)
        return 0;
    const T q = std::nearbyint(x * log2e);
    const T s = std::fma(q, -ln2Low, std::fma(q, -ln2High, x));
    return scaleByPowerOfTwo(polynomial(s), int(q));
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
    return exponential(x, sleef::expfLog2e, sleef::expfLn2High, sleef::expfLn2Low, sleef::expfZeroBelow, [](float s) {
        const float *c = sleef::expfPolynomial;
        float u = c[0];
        for (int i = 1; i < 6; ++i)
            u = std::fma(u, s, c[i]);
        return 1.0f + std::fma(s * s, u, s);
    });
}

SLEEF_MATH_CLONES double sleefExp(double x)
{
    return exponential(x, sleef::expLog2e, sleef::expLn2High, sleef::expLn2Low, sleef::expZeroBelow, [](double s) {
        const double *c = sleef::expPolynomial;
        const double s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
        const double upper = std::fma(s2, std::fma(s, c[2], c[3]), std::fma(s, c[4], c[5]));
        const double lower = std::fma(s2, std::fma(s, c[6], c[7]), std::fma(s, c[8], c[9]));
        double u = std::fma(s8, std::fma(s, c[0], c[1]), std::fma(s4, upper, lower));
        u = std::fma(u, s, 0.5);
        u = std::fma(u, s, 1.0);
        return std::fma(u, s, 1.0);
    });
}

SLEEF_MATH_CLONES float sleefLog(float x)
{
    if (!(x > 0) || std::isinf(x))
        return specialLogarithm(x);
    return logarithm(x, Pair<float>{sleef::logfLn2High, sleef::logfLn2Low}, [](float y) {
        const float *c = sleef::logfPolynomial;
        return std::fma(std::fma(c[0], y, c[1]), y, c[2]);
    });
}

SLEEF_MATH_CLONES double sleefLog(double x)
{
    if (!(x > 0) || std::isinf(x))
        return specialLogarithm(x);
    return logarithm(x, Pair<double>{sleef::logLn2High, sleef::logLn2Low}, [](double y) {
        const double *c = sleef::logPolynomial;
        const double y2 = y * y, y4 = y2 * y2;
        const double high = std::fma(y2, c[0], std::fma(y, c[1], c[2]));
        const double low = std::fma(y2, std::fma(y, c[3], c[4]), std::fma(y, c[5], c[6]));
        return std::fma(y4, high, low);
    });
}

} // namespace core
