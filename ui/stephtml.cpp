#include "stephtml.h"

#include "numbertext.h"

#include "shape.h"
#include "steptrace.h"

namespace ui {

namespace {

const QString minus = QString(QChar(0x2212));

/// Writes numbers as links and keeps the full-precision value behind each.
class NumberWriter {
public:
    NumberWriter(core::DType dtype, QStringList &fullValues) : m_dtype(dtype), m_fullValues(fullValues) {}

    QString operator()(double value)
    {
        m_fullValues << fullPrecision(value, m_dtype);
        return QStringLiteral("<a href=\"value:%1\">%2</a>")
            .arg(m_fullValues.size() - 1)
            .arg(formatValue(value).replace(QLatin1Char('-'), minus));
    }

private:
    core::DType m_dtype;
    QStringList &m_fullValues;
};

/// The members listed in the naive form of a long group: the first and last few
/// and the explained one.
std::vector<std::size_t> shownMembers(std::size_t count, std::size_t position)
{
    constexpr std::size_t edge = 4;
    std::vector<std::size_t> shown;
    for (std::size_t k = 0; k < count; ++k)
        if (count <= 3 * edge || k < edge || k + edge >= count || k == position)
            shown.push_back(k);
    return shown;
}

} // namespace

QString StepHtml::label(int flat, const core::Shape &shape, LabelStyle style)
{
    if (style == LabelStyle::Symbolic)
        return QStringLiteral("<i>x</i><sub>%1</sub>").arg(flat + 1);
    QStringList parts;
    for (int i : shape.multiIndex(flat))
        parts << QString::number(i);
    return QStringLiteral("<i>x</i>[%1]").arg(parts.join(QLatin1Char(',')));
}

StepHtml StepHtml::build(const core::StepTrace &trace, const core::Shape &shape, const std::vector<QString> &dimNames,
                         LabelStyle style)
{
    StepHtml out;
    NumberWriter number(trace.dtype, out.fullValues);
    const auto &spec = trace.spec;
    const auto &stable = trace.stable;
    const bool log = spec.op == core::Op::LogSoftmax;
    const bool scaled = spec.temperature != 1.0;
    const auto position = std::size_t(trace.position);
    const QString z = scaled ? QStringLiteral("<i>z</i>") : QStringLiteral("<i>x</i>");
    const QString zj = z + QStringLiteral("<sub>j</sub>");
    // The group sentence is plain text (x₆ or x[0,1,0,1]): it is shown in a TextLine.
    const QString self = style == LabelStyle::Symbolic ? symbolicLabel(trace.element)
                                                       : indexLabel(shape.multiIndex(trace.element));

    // The group.
    if (spec.reduction.wholeTensor) {
        out.group = tr("The whole tensor is one group: all %1 elements share one denominator.")
                        .arg(trace.members.size());
    } else {
        const int dim = spec.reduction.dim;
        const QString name = dim < int(dimNames.size()) ? dimNames[std::size_t(dim)] : QString();
        const QString negative = QString::number(dim - shape.rank()).replace(QLatin1Char('-'), minus);
        if (trace.members.size() == 1)
            out.group = tr("Group of %1 along dim %2 (%3, also dim=%4): its extent is 1, so %1 is alone in its "
                           "group and its own denominator.")
                            .arg(self)
                            .arg(dim)
                            .arg(name, negative);
        else
            out.group = tr("Group of %1 along dim %2 (%3, also dim=%4): these %5 elements share one denominator.")
                            .arg(self)
                            .arg(dim)
                            .arg(name, negative)
                            .arg(trace.members.size());
    }

    // The stable computation, as PyTorch does it.
    QString &s = out.stable;
    s += tr("<p class=\"head\">Stable (max subtracted, as PyTorch computes)</p>");
    if (scaled)
        s += tr("Divide by the temperature: %1 = %2 / <i>T</i>, <i>T</i> = %3<br>")
                 .arg(zj, QStringLiteral("<i>x</i><sub>j</sub>"), number(spec.temperature));
    s += tr("Maximum: <i>m</i> = max %1 = %2<br>").arg(zj, number(stable.max));
    s += tr("Denominator: Σ = Σ<sub>j</sub> e<sup>%1 %2 <i>m</i></sup> = %3<br>").arg(zj, minus, number(stable.sum));
    if (log) {
        s += tr("log Σ = %1<br>").arg(number(stable.logSum));
        s += tr("<b>log <i>p</i> = (%1 %2 <i>m</i>) %2 log Σ = %3 %2 %4 = %5</b>")
                 .arg(z, minus, number(stable.shifted[position]), number(stable.logSum), number(trace.result()));
    } else {
        s += tr("<b><i>p</i> = e<sup>%1 %2 <i>m</i></sup> / Σ = %3 / %4 = %5</b><br>")
                 .arg(z, minus, number(stable.exps[position]), number(stable.sum), number(trace.result()));
        double total = 0;
        for (double p : stable.outputs)
            total += p;
        s += tr("Check: Σ<sub>j</sub> <i>p</i><sub>j</sub> = %1 ✓").arg(number(total));
    }

    // The naive form beside it.
    QString &n = out.naive;
    n += tr("<p class=\"head\">Naive e<sup>x</sup> / Σ e<sup>x</sup></p>");
    QStringList exps;
    std::size_t next = 0;
    for (std::size_t k : shownMembers(trace.members.size(), position)) {
        if (k > next)
            exps << QStringLiteral("…");
        exps << number(trace.naiveExps[k]);
        next = k + 1;
    }
    if (next < trace.naiveExps.size())
        exps << QStringLiteral("…");
    n += tr("e<sup>%1</sup>: %2<br>").arg(zj, exps.join(QStringLiteral(", ")));
    n += tr("Σ<sub>j</sub> e<sup>%1</sup> = %2<br>").arg(zj, number(trace.naiveSum));
    n += tr("<i>p</i> = e<sup>%1</sup> / Σ = %2").arg(z, number(trace.naiveOutputs[position]));
    if (log)
        n += tr("<br>log <i>p</i> = %1").arg(number(trace.naiveLogOutputs[position]));
    if (trace.naiveOverflows) {
        const bool float64 = trace.dtype == core::DType::Float64;
        n += tr("<br><span class=\"overflow\">Overflow: e<sup>x</sup> exceeds the largest %1 number (x ≳ %2), so "
                "the naive form gives %3. Subtracting m avoids it.</span>")
                 .arg(float64 ? QStringLiteral("float64") : QStringLiteral("float32"),
                      float64 ? QStringLiteral("709.8") : QStringLiteral("88.7"),
                      formatValue(log ? trace.naiveLogOutputs[position] : trace.naiveOutputs[position]));
    }
    return out;
}

} // namespace ui
