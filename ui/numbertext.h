#pragma once

#include <QString>

#include <vector>

namespace ui {

/// A value for explanations: 5 significant digits, "nan", "inf", "-inf".
QString formatValue(double value);

/// "x[0,1,0,1]" for a multi-index.
QString indexLabel(const std::vector<int> &index);

/// "x₆": the tutorials' 1-based row-major label for a flat index.
QString symbolicLabel(int flat);

} // namespace ui
