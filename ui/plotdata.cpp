#include "plotdata.h"

#include "numbertext.h"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

constexpr double lowestTemperature = 0.05;
constexpr double highestTemperature = 20;
constexpr int temperatureSamples = 121;

} // namespace

GroupPlotData GroupPlotData::from(const core::StepTrace &trace, const core::Shape &shape, bool withTemperatureCurves)
{
    GroupPlotData data;
    for (std::size_t k = 0; k < trace.members.size(); ++k) {
        const QString label = symbolicLabel(trace.members[k]);
        data.labels << (int(k) == trace.position ? QStringLiteral("▶") + label : label);
    }
    data.scaled = trace.stable.scaled;
    data.exps = trace.stable.exps;
    data.outputs = trace.stable.outputs;
    data.explained = trace.position;
    data.op = trace.spec.op;
    data.temperature = trace.spec.temperature;
    if (!withTemperatureCurves)
        return data;

    // p over T on a log scale, always including the current T.
    const double low = std::min(lowestTemperature, trace.spec.temperature / 1.5);
    const double high = std::max(highestTemperature, trace.spec.temperature * 1.5);
    core::SoftmaxSpec spec = trace.spec;
    spec.op = core::Op::Softmax;
    const core::KernelPath path = core::kernelPathFor(shape, spec.reduction, trace.dtype, trace.element);
    data.probabilities.assign(trace.members.size(), {});
    for (int i = 0; i < temperatureSamples; ++i) {
        spec.temperature = low * std::pow(high / low, double(i) / (temperatureSamples - 1));
        data.temperatures.push_back(spec.temperature);
        const core::GroupArithmetic arithmetic = core::computeGroup(trace.inputs, trace.dtype, spec, path);
        for (std::size_t k = 0; k < trace.members.size(); ++k)
            data.probabilities[k].push_back(arithmetic.outputs[k]);
    }
    return data;
}

PlanePlotData PlanePlotData::from(const core::Tensor &output, int selected, core::Op op)
{
    PlanePlotData data;
    const int rank = output.rank();
    data.op = op;
    data.columns = output.shape.extent(rank - 1);
    data.rows = rank >= 2 ? output.shape.extent(rank - 2) : 1;
    const int planeSize = data.rows * data.columns;
    const int first = selected / planeSize * planeSize;
    data.values.assign(output.values.begin() + first, output.values.begin() + first + planeSize);
    data.selectedRow = selected % planeSize / data.columns;
    data.selectedColumn = selected % data.columns;

    QStringList index;
    const core::Index multi = output.shape.multiIndex(selected);
    for (int d = 0; d < rank; ++d)
        index << (d < rank - 2 ? QString::number(multi[std::size_t(d)]) : QStringLiteral(":"));
    data.title = QStringLiteral("%1(x)[%2]")
                     .arg(QString::fromStdString(core::opName(op)), index.join(QStringLiteral(", ")));
    return data;
}

} // namespace ui
