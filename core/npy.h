#pragma once

#include "error.h"
#include "tensor.h"

#include <string>
#include <string_view>

namespace core {

/// A tensor read from a NumPy .npy file, with a note when its values had to be
/// converted (integers, booleans, float16 become float32 or float64).
struct NpyArray {
    Tensor tensor;
    Text conversionNotice; ///< empty when the file held float32 or float64
};

/// Reads .npy format versions 1.0, 2.0 and 3.0: little- or big-endian float32 and
/// float64 in C or Fortran order, other real numeric kinds converted; rank 1–4 within
/// Limits. Refused with an InputError naming what is wrong: a missing magic string,
/// an unknown version, a header that is too long or not a plain dict literal,
/// object arrays (pickles), structured, complex, string or datetime dtypes, a
/// data size that does not match the shape (truncated or trailing bytes).
NpyArray readNpy(std::string_view bytes);

/// The tensor as a version 1.0 .npy file, C order, '<f4' or '<f8'.
std::string writeNpy(const Tensor &tensor);

} // namespace core
