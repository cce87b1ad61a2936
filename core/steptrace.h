#pragma once

#include "softmax.h"

#include <vector>

namespace core {

/// Everything the steps panel and `--explain` show for one element: the group it
/// belongs to and every number on the way from x to p, plus the naive e^x / Σe^x
/// form without the max subtracted, to show where it overflows.
struct StepTrace {
    int element = 0;            ///< flat index of the explained element
    int position = 0;           ///< its position within the group
    std::vector<int> members;   ///< flat indices of the group, in order
    std::vector<double> inputs; ///< x for each member, before /T
    SoftmaxSpec spec;
    DType dtype = DType::Float32;
    GroupArithmetic stable;     ///< the max-subtracted computation (the result)

    std::vector<double> naiveExps;    ///< e^z without subtracting m
    double naiveSum = 0;              ///< Σ e^z
    std::vector<double> naiveOutputs; ///< e^z / Σ e^z
    std::vector<double> naiveLogOutputs; ///< log(e^z / Σ e^z), the naive log_softmax
    bool naiveOverflows = false;      ///< some e^z or the sum is inf although every z is finite

    double result() const { return stable.outputs[static_cast<std::size_t>(position)]; }
};

/// Traces element `flat` of `input` (throws InputError when out of range).
StepTrace traceElement(const Tensor &input, const SoftmaxSpec &spec, int flat);

} // namespace core
