#pragma once

#include "softmax.h"
#include "tensor.h"

#include <string>

namespace core {

enum class Framework { PyTorch, NumPy, TensorFlow };

/// "pytorch", "numpy", "tensorflow"; throws InputError for anything else.
Framework parseFramework(const std::string &text);

/// A complete Python program that builds exactly `input` (float32 values written
/// so that they round-trip), applies `spec` the way the framework does, leaves the
/// input in `x` and the result in `y`, and prints `y`. With `implicitDim`, the
/// PyTorch program calls softmax without dim, as the legacy code does.
///
/// - PyTorch: `F.softmax(x / T, dim=d)` and the same through `nn.Softmax(dim=d)`;
///   its print equals `--print` exactly.
/// - NumPy: the tutorial's max-subtracting helper with theta = 1/T.
/// - TensorFlow: `tf.nn.softmax(x / T, axis=d)`.
std::string pythonCode(Framework framework, const Tensor &input, const SoftmaxSpec &spec, bool implicitDim);

} // namespace core
