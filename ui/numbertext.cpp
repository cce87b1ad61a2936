#include "numbertext.h"

#include <QStringList>

#include <charconv>
#include <cmath>
#include <iterator>

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

} // namespace

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
