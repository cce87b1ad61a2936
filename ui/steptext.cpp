#include "steptext.h"

#include "numbertext.h"

#include "shape.h"
#include "steptrace.h"

#include <QStringList>

namespace ui {

namespace {

QString label(const core::Shape &shape, int flat)
{
    return QStringLiteral("%1 (%2)").arg(indexLabel(shape.multiIndex(flat)), symbolicLabel(flat));
}

} // namespace

QString StepText::plainText(const core::StepTrace &trace, const core::Shape &shape,
                            const std::vector<QString> &dimNames)
{
    const auto &spec = trace.spec;
    const auto &stable = trace.stable;
    const bool log = spec.op == core::Op::LogSoftmax;
    const bool scaled = spec.temperature != 1.0;
    const QString element = label(shape, trace.element);
    const QString function = log ? QStringLiteral("log_softmax") : QStringLiteral("softmax");
    QStringList lines;

    if (spec.reduction.wholeTensor) {
        lines << tr("%1 over the whole tensor, element %2").arg(function, element);
        lines << tr("Group: the whole tensor, size %1, shares one denominator.").arg(trace.members.size());
    } else {
        const int dim = spec.reduction.dim;
        const QString name = dim < int(dimNames.size()) ? dimNames[std::size_t(dim)] : QString();
        lines << tr("%1(x, dim=%2) for element %3").arg(function).arg(dim).arg(element);
        lines << tr("Group along dim %1 (%2, also dim=%3), size %4, shares the denominator:")
                     .arg(dim)
                     .arg(name)
                     .arg(dim - shape.rank())
                     .arg(trace.members.size());
    }
    for (std::size_t k = 0; k < trace.members.size(); ++k) {
        const QString marker = int(k) == trace.position ? tr("   <- this element") : QString();
        lines << QStringLiteral("  %1 = %2%3").arg(label(shape, trace.members[k]), formatValue(trace.inputs[k]), marker);
    }

    if (scaled) {
        lines << tr("Divide by the temperature T = %1: z = x / T").arg(formatValue(spec.temperature));
        for (std::size_t k = 0; k < trace.members.size(); ++k)
            lines << QStringLiteral("  %1 / %2 = %3")
                         .arg(formatValue(trace.inputs[k]), formatValue(spec.temperature), formatValue(stable.scaled[k]));
    }
    const QString z = scaled ? QStringLiteral("z") : QStringLiteral("x");
    lines << tr("Maximum of the group: m = %1").arg(formatValue(stable.max));
    lines << tr("Subtract m and exponentiate: e^(%1 - m)").arg(z);
    for (std::size_t k = 0; k < trace.members.size(); ++k)
        lines << QStringLiteral("  e^(%1 - %2) = e^(%3) = %4")
                     .arg(formatValue(stable.scaled[k]), formatValue(stable.max), formatValue(stable.shifted[k]),
                          formatValue(stable.exps[k]));
    lines << tr("Sum (the denominator): S = %1").arg(formatValue(stable.sum));

    const auto position = std::size_t(trace.position);
    if (log) {
        lines << tr("log S = %1").arg(formatValue(stable.logSum));
        lines << tr("Result: log p = (%1 - m) - log S = %2 - %3 = %4")
                     .arg(z, formatValue(stable.shifted[position]), formatValue(stable.logSum),
                          formatValue(trace.result()));
    } else {
        lines << tr("Result: p = e^(%1 - m) / S = %2 / %3 = %4")
                     .arg(z, formatValue(stable.exps[position]), formatValue(stable.sum), formatValue(trace.result()));
        double total = 0;
        for (double p : stable.outputs)
            total += p;
        lines << tr("Check: the group's outputs sum to %1").arg(formatValue(total));
    }

    lines << tr("Naive form without subtracting m: e^%1 / sum of e^%1").arg(z);
    for (std::size_t k = 0; k < trace.members.size(); ++k)
        lines << QStringLiteral("  e^(%1) = %2").arg(formatValue(stable.scaled[k]), formatValue(trace.naiveExps[k]));
    lines << tr("  sum = %1, naive p = %2")
                 .arg(formatValue(trace.naiveSum), formatValue(trace.naiveOutputs[position]));
    if (trace.naiveOverflows)
        lines << tr("  Overflow: e^x exceeds the largest %1 number, so the naive form gives %2; subtracting m avoids it.")
                     .arg(trace.dtype == core::DType::Float64 ? QStringLiteral("float64") : QStringLiteral("float32"),
                          formatValue(trace.naiveOutputs[position]));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ui
