#pragma once

#include "tensor.h"

#include <optional>
#include <string_view>

namespace core {

/// A tensor read from text, with the dtype the text names (if any).
struct ParsedTensor {
    Shape shape;
    std::vector<double> values;
    std::optional<DType> dtype;
};

/// Reads a nested Python list ("[[1, 2], [3, 4]]", NumPy's comma-less print too)
/// or a printed PyTorch tensor ("tensor([[1., 2.]], dtype=torch.float64)").
/// Iterative with bounded depth and size: nesting beyond rank 4, ragged lists,
/// empty lists, extents or element counts over the limits, summarised prints
/// ("...") and stray characters are refused with an InputError giving the line,
/// column and what was expected.
ParsedTensor parseTensorText(std::string_view text);

} // namespace core
