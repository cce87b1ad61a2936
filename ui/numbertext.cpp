#include "numbertext.h"

#include <QStringList>

#include <charconv>
#include <cmath>
#include <iterator>

namespace ui {

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 5);
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
