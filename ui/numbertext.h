#pragma once

#include "tensor.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ui {

/// A value for explanations: 5 significant digits, "nan", "inf", "-inf".
QString formatValue(double value);

/// One formatValue text of each shape among `values`. A shape is a text with every
/// digit as 0 ("-0.00000", "0.0000e-05"): in a font whose digits share one width,
/// the widest of these is as wide as the widest text of all the values. Most values
/// are not formatted, only classified, so this is much faster than formatting all.
QStringList textsOfEveryShape(const std::vector<double> &values);

/// The shortest text that reads back to exactly `value` in `dtype` (for editing
/// and hover), "nan", "inf", "-inf".
QString fullPrecision(double value, core::DType dtype);

/// "x[0,1,0,1]" for a multi-index.
QString indexLabel(const std::vector<int> &index);

/// "x₆": the tutorials' 1-based row-major label for a flat index.
QString symbolicLabel(int flat);

} // namespace ui
