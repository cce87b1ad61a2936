#pragma once

#include "dims.h"
#include "tensor.h"

#include <optional>
#include <string>
#include <vector>

namespace core {

/// A built-in example: the tutorials' tensors with their exact values and dims,
/// and the typical uses of softmax. Descriptions live in the ui (translated).
struct Preset {
    std::string name;       ///< the --preset spelling, e.g. "bchw-arange"
    std::string source;     ///< "seed 000" … for tutorial examples, "use case" otherwise
    Shape shape;
    std::vector<double> values; ///< as the source writes them, before rounding to a dtype
    DType dtype = DType::Float32;
    std::optional<int> dim; ///< as the source writes it (may be negative); nullopt: implicit
    Op op = Op::Softmax;

    /// The tensor in the preset's dtype, or in `dtype` when given (values rounded
    /// from the source's decimals, as torch.tensor(values, dtype=…) would).
    Tensor tensor(std::optional<DType> dtype = std::nullopt) const;
};

const std::vector<Preset> &builtinPresets();

/// Throws InputError listing the known names when `name` is unknown.
const Preset &findPreset(const std::string &name);

} // namespace core
