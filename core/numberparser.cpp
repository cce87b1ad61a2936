#include "numberparser.h"

#include "error.h"
#include "shape.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace core {

namespace {

bool equalsIgnoringCase(std::string_view text, std::string_view word)
{
    if (text.size() != word.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i])
            return false;
    return true;
}

// Only the shapes Python's float() accepts: digits with at most one point, at
// least one digit, and an optional exponent with digits.
bool isDecimalSyntax(std::string_view text)
{
    std::size_t i = 0;
    int digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
        ++i, ++digits;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        int exponentDigits = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i, ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == text.size();
}

// from_chars reports out-of-range without a value; Python gives inf for huge
// magnitudes and 0 for tiny ones. The value is about 10^(lead + exponent), where
// lead is the decimal exponent of the first significant digit.
double outOfRangeValue(std::string_view text)
{
    const std::size_t exponentAt = text.find_first_of("eE");
    const std::string_view mantissa = text.substr(0, exponentAt);
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const std::size_t firstSignificant = mantissa.find_first_of("123456789");
    if (firstSignificant == std::string_view::npos)
        return 0.0;
    const long long lead = firstSignificant < point ? static_cast<long long>(point - firstSignificant) - 1
                                                    : -static_cast<long long>(firstSignificant - point);
    long long exponent = 0;
    if (exponentAt != std::string_view::npos) {
        std::string_view digits = text.substr(exponentAt + 1);
        const bool negative = digits.front() == '-';
        if (digits.front() == '+' || digits.front() == '-')
            digits.remove_prefix(1);
        if (std::from_chars(digits.data(), digits.data() + digits.size(), exponent).ec != std::errc())
            exponent = std::numeric_limits<int>::max(); // absurdly long exponent: far out either way
        if (negative)
            exponent = -exponent;
    }
    return lead + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

} // namespace

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    double sign = 1;
    if (text.front() == '+' || text.front() == '-') {
        sign = text.front() == '-' ? -1 : 1;
        text.remove_prefix(1);
    }
    if (equalsIgnoringCase(text, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (equalsIgnoringCase(text, "inf") || equalsIgnoringCase(text, "infinity"))
        return sign * std::numeric_limits<double>::infinity();
    if (!isDecimalSyntax(text))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        return sign * outOfRangeValue(text);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return sign * value;
}

std::vector<double> parseValueList(std::string_view text)
{
    std::vector<double> values;
    std::size_t i = 0;
    const auto isSeparator = [](char c) { return c == ',' || std::isspace(static_cast<unsigned char>(c)); };
    while (i < text.size()) {
        while (i < text.size() && isSeparator(text[i]))
            ++i;
        if (i == text.size())
            break;
        const std::size_t start = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        const std::string_view token = text.substr(start, i - start);
        const auto value = parseNumber(token);
        if (!value)
            throw InputError(Text(CORE_TEXT("core", "value %1 (%2, at character %3) is not a number"),
                                  {std::to_string(values.size() + 1), quoteForMessage(token), std::to_string(start + 1)}));
        if (values.size() >= static_cast<std::size_t>(Limits::maxElements))
            throw InputError(Text(CORE_TEXT("core", "more than %1 values given"), {std::to_string(Limits::maxElements)}));
        values.push_back(*value);
    }
    if (values.empty())
        throw InputError(Text(CORE_TEXT("core", "no values given"), {}));
    return values;
}

namespace {

/// The length of the well-formed UTF-8 sequence starting at `at`, or 0.
std::size_t utf8SequenceLength(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    unsigned char low = 0x80; // the range of the second byte (excludes overlongs and surrogates)
    unsigned char high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return 0;
    }
    if (at + length > text.size() || byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xbf)
            return 0;
    return length;
}

} // namespace

std::string quoteForMessage(std::string_view text)
{
    constexpr std::size_t maxShown = 24; // characters
    std::string quoted = "'";
    std::size_t shown = 0;
    std::size_t i = 0;
    for (; i < text.size() && shown < maxShown; ++shown) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7f) {
            quoted += static_cast<char>(byte);
            ++i;
        } else if (const std::size_t length = byte >= 0x80 ? utf8SequenceLength(text, i) : 0; length > 0) {
            quoted += text.substr(i, length); // a letter of any script, as the user wrote it
            i += length;
        } else {
            static const char hex[] = "0123456789abcdef";
            quoted += "\\x";
            quoted += hex[byte >> 4];
            quoted += hex[byte & 15];
            ++i;
        }
    }
    if (i < text.size())
        quoted += "…";
    return quoted + "'";
}

} // namespace core
