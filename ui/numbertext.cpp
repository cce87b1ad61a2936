#include "numbertext.h"

#include <QStringList>

#include <cmath>

namespace ui {

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 5);
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
