#pragma once

#include "tensor.h"

#include <string>

namespace core {

/// Exactly what `print(t)` shows in PyTorch 1.13 with default print options
/// (torch/_tensor_str.py): precision 4, one shared column width, int mode
/// ("1."), scientific mode, nan/inf, lines wrapped at 80 columns, k−2 blank lines
/// between blocks of a rank-k tensor, "..." summaries above 1000 elements, and a
/// "dtype=torch.float64" suffix for float64 (float32 is the default dtype).
std::string pytorchPrint(const Tensor &tensor);

} // namespace core
