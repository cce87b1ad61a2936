#include "stephtml.h"

#include "numbertext.h"

#include "shape.h"
#include "steptrace.h"

namespace ui {

namespace {

/// Writes one trace as HTML; keeps the full-precision value behind every number.
class Writer {
public:
    Writer(const core::StepTrace &trace, const core::Shape &shape, LabelStyle style, StepHtml &out)
        : m_trace(trace), m_shape(shape), m_style(style), m_out(out)
    {
    }

    QString number(double value)
    {
        m_out.fullValues << fullPrecision(value, m_trace.dtype);
        return QStringLiteral("<a href=\"value:%1\">%2</a>")
            .arg(m_out.fullValues.size() - 1)
            .arg(formatValue(value).replace(QLatin1Char('-'), QChar(0x2212)));
    }

    QString label(int flat) const
    {
        if (m_style == LabelStyle::Symbolic)
            return QStringLiteral("<i>x</i><sub>%1</sub>").arg(flat + 1);
        QStringList parts;
        for (int i : m_shape.multiIndex(flat))
            parts << QString::number(i);
        return QStringLiteral("<i>x</i>[%1]").arg(parts.join(QLatin1Char(',')));
    }

private:
    const core::StepTrace &m_trace;
    const core::Shape &m_shape;
    LabelStyle m_style;
    StepHtml &m_out;
};

QString cell(const QString &text, bool header = false)
{
    return header ? QStringLiteral("<th>%1</th>").arg(text) : QStringLiteral("<td>%1</td>").arg(text);
}

} // namespace

StepHtml StepHtml::build(const core::StepTrace &trace, const core::Shape &shape, const std::vector<QString> &dimNames,
                         LabelStyle style)
{
    StepHtml out;
    Writer w(trace, shape, style, out);
    const auto &spec = trace.spec;
    const auto &stable = trace.stable;
    const bool log = spec.op == core::Op::LogSoftmax;
    const bool scaled = spec.temperature != 1.0;
    const auto position = std::size_t(trace.position);
    const QString z = scaled ? QStringLiteral("<i>z</i>") : QStringLiteral("<i>x</i>");
    const QString zj = z + QStringLiteral("<sub>j</sub>");
    const QString minus = QString(QChar(0x2212));
    QString h;

    // The group.
    if (spec.reduction.wholeTensor) {
        h += tr("<p>The whole tensor is one group: all %1 elements share one denominator.</p>")
                 .arg(trace.members.size());
    } else {
        const int dim = spec.reduction.dim;
        const QString name = dim < int(dimNames.size()) ? dimNames[std::size_t(dim)] : QString();
        const QString negative = QString::number(dim - shape.rank()).replace(QLatin1Char('-'), minus);
        if (trace.members.size() == 1)
            h += tr("<p>Group along dim %1 (%2, also dim=%3): its extent is 1, so this element is alone in its "
                    "group and its own denominator.</p>")
                     .arg(dim)
                     .arg(name, negative);
        else
            h += tr("<p>Group along dim %1 (%2, also dim=%3): these %4 elements share one denominator.</p>")
                     .arg(dim)
                     .arg(name, negative)
                     .arg(trace.members.size());
    }

    // One row per member: x, (x/T), x − m, e^(x − m), p or log p.
    h += QStringLiteral("<table class=\"steps\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    h += cell(tr("element"), true) + cell(QStringLiteral("<i>x</i>"), true);
    if (scaled)
        h += cell(QStringLiteral("<i>z</i> = <i>x</i> / <i>T</i>"), true);
    h += cell(z + QStringLiteral(" %1 <i>m</i>").arg(minus), true);
    h += cell(QStringLiteral("e<sup>%1 %2 <i>m</i></sup>").arg(z, minus), true);
    h += cell(log ? QStringLiteral("log <i>p</i>") : QStringLiteral("<i>p</i>"), true);
    h += QStringLiteral("</tr>");
    for (std::size_t k = 0; k < trace.members.size(); ++k) {
        const bool self = k == position;
        h += self ? QStringLiteral("<tr class=\"self\">") : QStringLiteral("<tr>");
        h += cell(w.label(trace.members[k]) + (self ? QStringLiteral(" ◀") : QString()));
        h += cell(w.number(trace.inputs[k]));
        if (scaled)
            h += cell(w.number(stable.scaled[k]));
        h += cell(w.number(stable.shifted[k]));
        h += cell(w.number(stable.exps[k]));
        h += cell(w.number(stable.outputs[k]));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    // The stable computation and the naive one side by side.
    QString stableSteps;
    if (scaled)
        stableSteps += tr("Divide by the temperature: %1 = %2 / <i>T</i>, <i>T</i> = %3<br>")
                           .arg(zj, QStringLiteral("<i>x</i><sub>j</sub>"), w.number(spec.temperature));
    stableSteps += tr("Maximum: <i>m</i> = max %1 = %2<br>").arg(zj, w.number(stable.max));
    stableSteps += tr("Denominator: Σ = Σ<sub>j</sub> e<sup>%1 %2 <i>m</i></sup> = %3<br>")
                       .arg(zj, minus, w.number(stable.sum));
    if (log) {
        stableSteps += tr("log Σ = %1<br>").arg(w.number(stable.logSum));
        stableSteps += tr("<b>log <i>p</i> = (%1 %2 <i>m</i>) %2 log Σ = %3 %2 %4 = %5</b>")
                           .arg(z, minus, w.number(stable.shifted[position]), w.number(stable.logSum),
                                w.number(trace.result()));
    } else {
        stableSteps += tr("<b><i>p</i> = e<sup>%1 %2 <i>m</i></sup> / Σ = %3 / %4 = %5</b><br>")
                           .arg(z, minus, w.number(stable.exps[position]), w.number(stable.sum),
                                w.number(trace.result()));
        double total = 0;
        for (double p : stable.outputs)
            total += p;
        stableSteps += tr("Check: Σ<sub>j</sub> <i>p</i><sub>j</sub> = %1 ✓").arg(w.number(total));
    }

    QString naiveSteps;
    naiveSteps += tr("e<sup>%1</sup> for each member: ").arg(zj);
    QStringList exps;
    for (double e : trace.naiveExps)
        exps << w.number(e);
    naiveSteps += exps.join(QStringLiteral(", ")) + QStringLiteral("<br>");
    naiveSteps += tr("Σ<sub>j</sub> e<sup>%1</sup> = %2<br>").arg(zj, w.number(trace.naiveSum));
    naiveSteps += tr("<i>p</i> = e<sup>%1</sup> / Σ = %2").arg(z, w.number(trace.naiveOutputs[position]));
    if (log)
        naiveSteps += tr("<br>log <i>p</i> = %1").arg(w.number(trace.naiveLogOutputs[position]));
    if (trace.naiveOverflows)
        naiveSteps += tr("<br><span class=\"overflow\">Overflow: e<sup>x</sup> exceeds the largest %1 number "
                         "(x ≳ %2), so the naive form gives %3. Subtracting m avoids it.</span>")
                          .arg(trace.dtype == core::DType::Float64 ? QStringLiteral("float64")
                                                                   : QStringLiteral("float32"),
                               trace.dtype == core::DType::Float64 ? QStringLiteral("709.8")
                                                                   : QStringLiteral("88.7"),
                               formatValue(log ? trace.naiveLogOutputs[position] : trace.naiveOutputs[position]));

    h += QStringLiteral("<table class=\"compare\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr>");
    h += QStringLiteral("<td width=\"55%\" valign=\"top\"><p class=\"head\">%1</p>%2</td>")
             .arg(tr("Stable (max subtracted, as PyTorch computes)"), stableSteps);
    h += QStringLiteral("<td width=\"45%\" valign=\"top\"><p class=\"head\">%1</p>%2</td>")
             .arg(tr("Naive e<sup>x</sup> / Σ e<sup>x</sup>"), naiveSteps);
    h += QStringLiteral("</tr></table>");
    out.html = h;
    return out;
}

} // namespace ui
