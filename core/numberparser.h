#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// Parses one number as Python's float() does: decimal and exponent forms
/// ("1e3", ".5", "1."), "nan", "inf", "-inf", "infinity" (any case). Out-of-range
/// magnitudes become ±inf or ±0 as in Python. Locale-independent.
std::optional<double> parseNumber(std::string_view text);

/// A flat list of numbers separated by spaces and/or commas (the --values form).
/// Throws InputError naming the first bad value and its position.
std::vector<double> parseValueList(std::string_view text);

/// A printable rendering of a short piece of user text for an error message:
/// control bytes and bytes that are not UTF-8 become \xNN, any other character
/// is kept, and long text is cut with "…".
std::string quoteForMessage(std::string_view text);

} // namespace core
