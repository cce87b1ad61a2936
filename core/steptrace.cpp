#include "steptrace.h"

#include "error.h"
#include "groups.h"

#include <cmath>

namespace core {

namespace {

template <typename Scalar> void traceNaive(StepTrace &trace)
{
    Scalar sum(0);
    bool allFinite = true;
    for (double z : trace.stable.scaled) {
        const Scalar e = std::exp(static_cast<Scalar>(z));
        trace.naiveExps.push_back(static_cast<double>(e));
        sum += e;
        allFinite = allFinite && std::isfinite(z);
    }
    trace.naiveSum = static_cast<double>(sum);
    for (double e : trace.naiveExps) {
        const Scalar p = static_cast<Scalar>(e) / sum;
        trace.naiveOutputs.push_back(static_cast<double>(p));
        trace.naiveLogOutputs.push_back(static_cast<double>(std::log(p)));
    }
    trace.naiveOverflows = allFinite && std::isinf(sum);
}

} // namespace

StepTrace traceElement(const Tensor &input, const SoftmaxSpec &spec, int flat)
{
    if (flat < 0 || flat >= input.numel())
        throw InputError(Text(CORE_TEXT("core", "element %1 is outside a tensor of %2 elements"),
                              {std::to_string(flat), std::to_string(input.numel())}));
    const GroupLayout layout(input.shape, spec.reduction);
    StepTrace trace;
    trace.element = flat;
    trace.position = layout.positionInGroup(flat);
    trace.members = layout.membersOf(flat);
    trace.spec = spec;
    trace.dtype = input.dtype;
    for (int member : trace.members)
        trace.inputs.push_back(input.values[static_cast<std::size_t>(member)]);
    trace.stable = computeGroup(trace.inputs, input.dtype, spec,
                                kernelPathFor(input.shape, spec.reduction, input.dtype, flat));
    if (input.dtype == DType::Float64)
        traceNaive<double>(trace);
    else
        traceNaive<float>(trace);
    return trace;
}

} // namespace core
