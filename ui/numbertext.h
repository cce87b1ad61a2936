#pragma once

#include "tensor.h"

#include <QString>

#include <vector>

namespace ui {

/// A value for explanations: 5 significant digits, "nan", "inf", "-inf".
QString formatValue(double value);

/// The shortest text that reads back to exactly `value` in `dtype` (for editing
/// and hover), "nan", "inf", "-inf".
QString fullPrecision(double value, core::DType dtype);

/// "x[0,1,0,1]" for a multi-index.
QString indexLabel(const std::vector<int> &index);

/// "x₆": the tutorials' 1-based row-major label for a flat index.
QString symbolicLabel(int flat);

} // namespace ui
