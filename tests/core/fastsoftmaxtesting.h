// What tst_fastsoftmax and tst_fastsoftmaxbits share: test values, aligned
// buffers, bitwise comparison, and a fast softmax into a fresh vector.
#pragma once

#include "fastsoftmax.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <span>
#include <vector>

namespace fastsoftmaxtesting {

using core::FastSoftmaxOptions;
using Kernels = FastSoftmaxOptions::Kernels;
using Stores = FastSoftmaxOptions::Stores;
using ColumnMax = FastSoftmaxOptions::ColumnMax;
using ShortColumns = FastSoftmaxOptions::ShortColumns;
using Memory = FastSoftmaxOptions::Memory;

/// A value mix: mostly normal(0, 5), some wide, and (when `specials`) nan, ±inf,
/// subnormals and values near the float32 overflow of e^x.
inline std::vector<double> randomValues(std::size_t n, unsigned seed, bool specials)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> normal(0.0, 5.0);
    std::uniform_int_distribution<int> pick(0, 99);
    std::vector<double> values(n);
    for (double &v : values) {
        const int kind = pick(generator);
        if (!specials || kind < 85)
            v = normal(generator);
        else if (kind < 88)
            v = -std::numeric_limits<double>::infinity();
        else if (kind < 90)
            v = std::numeric_limits<double>::quiet_NaN();
        else if (kind < 91)
            v = std::numeric_limits<double>::infinity();
        else if (kind < 94)
            v = 1e-40 * normal(generator);
        else if (kind < 97)
            v = 88.7 + normal(generator);
        else
            v = 1e30 * normal(generator);
    }
    return values;
}

/// `count` elements from `offset` elements past a 64-byte boundary: the
/// alignment streamed outputs need (offset 0), or not (offset 1).
template <typename T>
class AlignedBuffer {
public:
    AlignedBuffer(std::size_t count, std::size_t offset) : m_storage(count + offset + 64 / sizeof(T))
    {
        const std::size_t misalignment = reinterpret_cast<std::uintptr_t>(m_storage.data()) % 64;
        const std::size_t start = (misalignment ? (64 - misalignment) / sizeof(T) : 0) + offset;
        m_span = std::span<T>(m_storage.data() + start, count);
    }
    std::span<T> span() const { return m_span; }

private:
    std::vector<T> m_storage;
    std::span<T> m_span;
};

/// The same bits in each element, or NaN in both.
template <typename T>
bool sameValues(const std::vector<T> &a, const std::vector<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(std::isnan(a[i]) && std::isnan(b[i])) && std::memcmp(&a[i], &b[i], sizeof(T)) != 0)
            return false;
    return true;
}

/// The same bits in every element, NaN's sign included.
template <typename T>
bool sameBits(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

/// The number of elements of a tensor of `extents`.
inline std::size_t elementCount(const std::vector<std::int64_t> &extents)
{
    std::size_t n = 1;
    for (std::int64_t e : extents)
        n *= std::size_t(e);
    return n;
}

/// core::fastSoftmax of `values` in the tensor type T, written `outputOffset`
/// elements past a 64-byte boundary, returned as a vector.
template <typename T>
std::vector<T> fastOutput(const std::vector<double> &values, const std::vector<std::int64_t> &extents, int dim,
                          core::FastSoftmaxOptions options, std::size_t outputOffset = 0)
{
    const std::vector<T> input(values.begin(), values.end());
    const AlignedBuffer<T> output(input.size(), outputOffset);
    core::fastSoftmax(std::span<const T>(input), output.span(), extents, dim, options);
    return std::vector<T>(output.span().begin(), output.span().end());
}

/// core::fastSoftmax of `values` in the tensor type T, in place in a 64-byte
/// aligned buffer, returned as a vector.
template <typename T>
std::vector<T> fastOutputInPlace(const std::vector<double> &values, const std::vector<std::int64_t> &extents, int dim,
                                 core::FastSoftmaxOptions options)
{
    const AlignedBuffer<T> buffer(values.size(), 0);
    std::copy(values.begin(), values.end(), buffer.span().begin());
    core::fastSoftmax(std::span<const T>(buffer.span()), buffer.span(), extents, dim, options);
    return std::vector<T>(buffer.span().begin(), buffer.span().end());
}

} // namespace fastsoftmaxtesting
