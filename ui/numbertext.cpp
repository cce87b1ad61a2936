#include "numbertext.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <unordered_map>

namespace ui {

namespace {

/// Whether rounding `value` to 5 significant digits may be an exact tie (a sixth
/// digit 5 and nothing after it). std::to_chars breaks ties to even and Qt away
/// from zero, so only ties may print differently. A tie d₁…d₅5 × 10^e is an
/// integer (e ≥ 0) or, being a binary fraction, has a denominator 2^−e with
/// −e ≤ 8 (5^−e must divide the six digits), so value × 256 is an integer.
bool mayBeATie(double value)
{
    const double scaled = value * 256.0;
    return scaled == std::trunc(scaled);
}

/// 10^k for |k| ≤ 300, each within one ulp.
double powerOfTen(int k)
{
    static const std::array<double, 601> powers = [] {
        std::array<double, 601> table{};
        for (int i = 0; i < 601; ++i)
            table[std::size_t(i)] = std::pow(10.0, i - 300);
        return table;
    }();
    return powers[std::size_t(k + 300)];
}

/// What sets the characters of formatValue's "%.5g" text but its digits: the sign, the
/// decimal exponent after rounding to 5 digits and how many of those are not trailing
/// zeros. Empty for 0, nan and ±inf and for values within a hair of a rounding
/// boundary (ties included), whose text only formatting tells.
std::optional<int> shapeKey(double value)
{
    if (!std::isfinite(value) || value == 0)
        return std::nullopt;
    const double magnitude = std::fabs(value);
    int exponent = int(std::floor(std::log10(magnitude)));
    if (exponent < -290 || exponent > 290)
        return std::nullopt;
    double scaled = magnitude * powerOfTen(4 - exponent); // 5 digits before the point
    if (scaled < 10000.0)
        scaled = magnitude * powerOfTen(4 - --exponent); // log10 rounded up to a power of 10
    else if (scaled >= 100000.0)
        scaled = magnitude * powerOfTen(4 - ++exponent);
    // The scaling errs by a few ulps (1e-11 here); well beyond that, rounding is certain.
    if (scaled < 10000.0 || scaled >= 100000.0 || std::fabs(scaled - std::floor(scaled) - 0.5) < 1e-6)
        return std::nullopt;
    auto digits = static_cast<long>(std::lround(scaled));
    if (digits == 100000) { // 99999.5 and above round up to the next power of ten
        digits = 10000;
        ++exponent;
    }
    int significant = 5;
    for (; digits % 10 == 0; digits /= 10)
        --significant;
    // "%.5g" writes exponents below -4 and from 5 on as e-05, e+123: only the
    // exponent's sign and digit count then shape the text.
    const int placed = exponent < -4 ? -1000 - (exponent <= -100) : exponent >= 5 ? 1000 + (exponent >= 100) : exponent;
    return (value < 0 ? 1 << 16 : 0) | ((placed + 2048) << 3) | significant;
}

} // namespace

QStringList textsOfEveryShape(const std::vector<double> &values)
{
    std::unordered_map<int, double> classified; // a value of each key
    QHash<QString, QString> byShape;            // a text of each shape
    const auto add = [&byShape](const QString &text) {
        QString shape = text;
        for (QChar &c : shape)
            c = c.isDigit() ? QLatin1Char('0') : c;
        if (!byShape.contains(shape))
            byShape.insert(shape, text);
    };
    std::optional<int> last;
    for (double value : values) {
        const std::optional<int> key = shapeKey(value);
        if (!key)
            add(formatValue(value)); // 0, nan, ±inf and values near a rounding boundary
        else if (key != last)
            classified.try_emplace(*key, value);
        last = key;
    }
    for (const auto &[key, value] : classified)
        add(formatValue(value));
    return byShape.values();
}

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (value == 0)
        return QStringLiteral("0"); // −0 too, as Qt prints it
    if (mayBeATie(value))
        return QString::number(value, 'g', 5);
    // The same "%.5g" text as QString::number(value, 'g', 5), in two thirds of the time
    // (the output view formats all its values after every change).
    char buffer[32];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), value, std::chars_format::general, 5);
    return QString::fromLatin1(buffer, int(result.ptr - buffer));
}

QString fullPrecision(double value, core::DType dtype)
{
    if (!std::isfinite(value))
        return formatValue(value);
    char buffer[64];
    const auto result = dtype == core::DType::Float32
        ? std::to_chars(std::begin(buffer), std::end(buffer), static_cast<float>(value))
        : std::to_chars(std::begin(buffer), std::end(buffer), value);
    return QString::fromLatin1(buffer, int(result.ptr - buffer));
}

QString indexLabel(const std::vector<int> &index)
{
    QStringList parts;
    for (int i : index)
        parts << QString::number(i);
    return QStringLiteral("x[%1]").arg(parts.join(QLatin1Char(',')));
}

QString symbolicLabel(int flat)
{
    static const QChar subscripts[] = {u'₀', u'₁', u'₂', u'₃', u'₄', u'₅', u'₆', u'₇', u'₈', u'₉'};
    QString label = QStringLiteral("x");
    for (QChar digit : QString::number(flat + 1))
        label += subscripts[digit.digitValue()];
    return label;
}

} // namespace ui
