#include "tensor.h"

#include "error.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace core {

std::string dtypeName(DType dtype)
{
    return dtype == DType::Float64 ? "float64" : "float32";
}

DType parseDType(const std::string &text)
{
    if (text == "float32" || text == "float" || text == "torch.float32" || text == "torch.float")
        return DType::Float32;
    if (text == "float64" || text == "double" || text == "torch.float64" || text == "torch.double")
        return DType::Float64;
    throw InputError(Text(CORE_TEXT("core", "unknown dtype '%1' (expected float32 or float64)"), {text}));
}

double roundToDType(double value, DType dtype)
{
    return dtype == DType::Float32 ? static_cast<double>(static_cast<float>(value)) : value;
}

Tensor Tensor::fromValues(const Shape &shape, std::vector<double> values, DType dtype)
{
    if (static_cast<std::int64_t>(values.size()) != shape.numel())
        throw InputError(Text(CORE_TEXT("core", "shape %1 needs %2 values, but %3 were given"),
                              {shape.toString(), std::to_string(shape.numel()), std::to_string(values.size())}));
    for (double &value : values)
        value = roundToDType(value, dtype);
    return Tensor{shape, dtype, std::move(values), defaultDimNames(shape.rank())};
}

Tensor resizedTensor(const Tensor &tensor, const Shape &shape)
{
    Tensor resized{shape, tensor.dtype, std::vector<double>(static_cast<std::size_t>(shape.numel()), 0.0),
                   defaultDimNames(shape.rank())};
    if (shape.rank() != tensor.rank()) {
        const int kept = std::min(shape.numel(), tensor.numel());
        std::copy_n(tensor.values.begin(), kept, resized.values.begin());
        return resized;
    }
    resized.dimNames = tensor.dimNames;
    for (int flat = 0; flat < shape.numel(); ++flat) {
        const Index index = shape.multiIndex(flat);
        bool inside = true;
        for (int d = 0; d < shape.rank(); ++d)
            inside = inside && index[static_cast<std::size_t>(d)] < tensor.shape.extent(d);
        if (inside)
            resized.values[static_cast<std::size_t>(flat)] = tensor.values[static_cast<std::size_t>(tensor.shape.flatIndex(index))];
    }
    return resized;
}

Fill parseFill(const std::string &text)
{
    if (text == "arange")
        return Fill::Arange;
    if (text == "zeros")
        return Fill::Zeros;
    if (text == "ones")
        return Fill::Ones;
    if (text == "randn")
        return Fill::Randn;
    throw InputError(Text(CORE_TEXT("core", "unknown fill '%1' (expected arange, zeros, ones or randn)"), {text}));
}

Tensor filledTensor(const Shape &shape, Fill fill, DType dtype, std::uint64_t seed)
{
    std::vector<double> values(static_cast<std::size_t>(shape.numel()));
    switch (fill) {
    case Fill::Arange:
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<double>(i);
        break;
    case Fill::Zeros:
        break;
    case Fill::Ones:
        std::fill(values.begin(), values.end(), 1.0);
        break;
    case Fill::Randn: {
        // Box–Muller on our own uniform draws: std::normal_distribution's algorithm
        // is library-specific, and a seed must give the same tensor everywhere.
        std::mt19937_64 generator(seed);
        const auto uniform = [&generator] { return (static_cast<double>(generator() >> 11) + 0.5) * 0x1.0p-53; };
        for (std::size_t i = 0; i < values.size(); i += 2) {
            const double radius = std::sqrt(-2.0 * std::log(uniform()));
            const double angle = 2.0 * M_PI * uniform();
            values[i] = radius * std::cos(angle);
            if (i + 1 < values.size())
                values[i + 1] = radius * std::sin(angle);
        }
        break;
    }
    }
    return Tensor::fromValues(shape, std::move(values), dtype);
}

} // namespace core
