#include "jsonexport.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace core {

std::string jsonNumber(double value, DType dtype)
{
    if (std::isnan(value))
        return "\"nan\"";
    if (std::isinf(value))
        return value > 0 ? "\"inf\"" : "\"-inf\"";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, dtype == DType::Float64 ? "%.17g" : "%.9g", value);
    return buffer;
}

namespace {

std::string valueArray(const std::vector<double> &values, DType dtype)
{
    std::string text = "[";
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i ? "," : "") + jsonNumber(values[i], dtype);
    return text + "]";
}

std::string shortest(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace

std::string resultJson(const Tensor &input, const Tensor &output, const SoftmaxSpec &spec)
{
    std::string shape = "[";
    for (int d = 0; d < input.rank(); ++d)
        shape += (d ? "," : "") + std::to_string(input.shape.extent(d));
    shape += "]";
    return "{\"shape\":" + shape + ",\"dim\":" + (spec.reduction.wholeTensor ? "null" : std::to_string(spec.reduction.dim))
        + ",\"op\":\"" + opName(spec.op) + "\",\"temperature\":" + shortest(spec.temperature) + ",\"dtype\":\""
        + dtypeName(input.dtype) + "\",\"input\":" + valueArray(input.values, input.dtype)
        + ",\"output\":" + valueArray(output.values, output.dtype) + "}";
}

} // namespace core
