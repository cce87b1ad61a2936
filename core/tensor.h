#pragma once

#include "shape.h"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// Element type. PyTorch's default dtype is float32.
enum class DType { Float32, Float64 };

/// "float32" / "float64".
std::string dtypeName(DType dtype);
/// Parses "float32"/"float64" (also "float"/"double" and the "torch." spellings); throws InputError.
DType parseDType(const std::string &text);

/// A small dense row-major tensor. Values are held as doubles; in a float32
/// tensor every value is exactly representable as float (rounded on entry), so the
/// storage carries exactly the float32 tensor PyTorch would hold.
struct Tensor {
    Shape shape;
    DType dtype = DType::Float32;
    std::vector<double> values;
    std::vector<std::string> dimNames;

    /// Builds a tensor, rounding values to the dtype; throws InputError when the
    /// count does not match the shape.
    static Tensor fromValues(const Shape &shape, std::vector<double> values, DType dtype = DType::Float32);

    int numel() const { return shape.numel(); }
    int rank() const { return shape.rank(); }
};

/// Rounds a value to what the dtype can hold (float32: nearest float).
double roundToDType(double value, DType dtype);

/// The tensor reshaped to `shape`, keeping what it can: at the same rank every
/// element whose multi-index exists in both shapes keeps its value; across ranks
/// the row-major prefix is kept. New elements are 0. Dim names are kept at the same
/// rank and reset to the defaults otherwise.
Tensor resizedTensor(const Tensor &tensor, const Shape &shape);

/// Fill patterns of the command line and the toolbar.
enum class Fill { Arange, Zeros, Ones, Randn };
Fill parseFill(const std::string &text);

/// arange: 0, 1, 2, …; randn: standard normal draws from a Mersenne twister seeded
/// with `seed` (reproducible across runs and machines, not PyTorch's generator).
Tensor filledTensor(const Shape &shape, Fill fill, DType dtype, std::uint64_t seed = 0);

} // namespace core
