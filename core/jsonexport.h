#pragma once

#include "softmax.h"

#include <string>

namespace core {

/// The --json document: {"shape":[…],"dim":D,"op":…,"temperature":T,"dtype":…,
/// "input":[…],"output":[…]} with flat row-major values, nan/inf/-inf as strings
/// and finite values with round-trip precision (%.9g float32, %.17g float64).
/// "dim" is null when the whole tensor is one group.
std::string resultJson(const Tensor &input, const Tensor &output, const SoftmaxSpec &spec);

/// One value as it appears in that document.
std::string jsonNumber(double value, DType dtype);

} // namespace core
