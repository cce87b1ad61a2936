#include "softmax.h"

#include "error.h"
#include "groups.h"
#include "sleefmath.h"

#include <Eigen/Core>

#include <charconv>
#include <cmath>
#include <limits>
#include <type_traits>

namespace core {

namespace {

template <typename Scalar> using Column = Eigen::Array<Scalar, Eigen::Dynamic, 1>;

template <typename Scalar> Scalar sequentialSum(const Column<Scalar> &values)
{
    Scalar sum(0);
    for (Eigen::Index i = 0; i < values.size(); ++i)
        sum += values[i];
    return sum;
}

// PyTorch's vec::reduce_all over a contiguous row: 32-byte lanes accumulate
// strided partial sums, then the lanes are folded: pairwise for float (halves,
// quarters, …: its AVX2 vec_reduce_all), one after another for double.
template <typename Scalar> Scalar laneSum(const Column<Scalar> &values)
{
    constexpr Eigen::Index lanes = 32 / sizeof(Scalar);
    const Eigen::Index size = values.size();
    if (size < lanes) {
        Scalar sum = values.size() > 0 ? values[0] : Scalar(0);
        for (Eigen::Index i = 1; i < size; ++i)
            sum += values[i];
        return sum;
    }
    Column<Scalar> accumulator = values.head(lanes);
    Eigen::Index next = lanes;
    for (; next + lanes <= size; next += lanes)
        accumulator += values.segment(next, lanes);
    for (Eigen::Index lane = 0; next + lane < size; ++lane)
        accumulator[lane] += values[next + lane];
    if constexpr (std::is_same_v<Scalar, double>)
        return sequentialSum(accumulator);
    for (Eigen::Index width = lanes / 2; width >= 1; width /= 2)
        accumulator.head(width) += accumulator.segment(width, width);
    return accumulator[0];
}

template <typename Scalar>
GroupArithmetic computeGroupIn(const std::vector<double> &inputs, const SoftmaxSpec &spec, KernelPath path)
{
    const auto count = static_cast<Eigen::Index>(inputs.size());
    const Column<Scalar> x = Eigen::Map<const Column<double>>(inputs.data(), count).template cast<Scalar>();
    const Column<Scalar> scaled = spec.temperature == 1.0 ? x : Column<Scalar>(x / static_cast<Scalar>(spec.temperature));

    // NaN must win the max, as in PyTorch's vectorised maximum.
    const Scalar max = scaled.template maxCoeff<Eigen::PropagateNaN>();
    const Column<Scalar> shifted = scaled - max;
    const Column<Scalar> exps = path == KernelPath::StridedLeftover
        ? Column<Scalar>(shifted.unaryExpr([](Scalar v) { return std::exp(v); }))
        : Column<Scalar>(shifted.unaryExpr([](Scalar v) { return sleefExp(v); }));
    const Scalar sum = path == KernelPath::ContiguousRow ? laneSum(exps) : sequentialSum(exps);
    const Scalar logSum = sleefLog(sum);

    Column<Scalar> outputs;
    if (spec.op == Op::LogSoftmax)
        outputs = shifted - logSum;
    else if (path == KernelPath::ContiguousRow)
        outputs = exps * (Scalar(1) / sum);
    else
        outputs = exps / sum;

    const auto toVector = [](const Column<Scalar> &column) {
        std::vector<double> result(static_cast<std::size_t>(column.size()));
        Eigen::Map<Column<double>>(result.data(), column.size()) = column.template cast<double>();
        return result;
    };
    return GroupArithmetic{toVector(scaled), static_cast<double>(max), toVector(shifted), toVector(exps),
                           static_cast<double>(sum), static_cast<double>(logSum), toVector(outputs)};
}

} // namespace

void checkTemperature(double temperature)
{
    if (!std::isfinite(temperature) || temperature <= 0)
    {
        char text[64];
        const auto end = std::to_chars(text, text + sizeof text, temperature).ptr;
        throw InputError(Text(CORE_TEXT("core", "temperature must be a finite number > 0, but got %1"),
                              {std::string(text, end)}));
    }
}

GroupArithmetic computeGroup(const std::vector<double> &inputs, DType dtype, const SoftmaxSpec &spec,
                             KernelPath path)
{
    checkTemperature(spec.temperature);
    return dtype == DType::Float64 ? computeGroupIn<double>(inputs, spec, path)
                                   : computeGroupIn<float>(inputs, spec, path);
}

KernelPath kernelPathFor(const Shape &shape, Reduction reduction, DType dtype, int element)
{
    if (reduction.wholeTensor || reduction.dim == shape.rank() - 1)
        return KernelPath::ContiguousRow;
    const int inner = GroupLayout(shape, reduction).memberStride();
    const int lanes = dtype == DType::Float64 ? 4 : 8; // 32-byte packets
    // softmax (_vec_softmax) takes each slice's columns a packet at a time from
    // the first; log_softmax (_vec_log_softmax) does so in chunks of about 128 KiB
    // of the slice, which for at most 4096 elements is the whole slice.
    const int column = element % inner;
    return column < inner - inner % lanes ? KernelPath::StridedPacket : KernelPath::StridedLeftover;
}

Tensor applySoftmax(const Tensor &input, const SoftmaxSpec &spec)
{
    checkTemperature(spec.temperature);
    const GroupLayout layout(input.shape, spec.reduction);
    Tensor output = input;
    std::vector<double> groupInputs(static_cast<std::size_t>(layout.groupSize()));
    for (int group = 0; group < layout.groupCount(); ++group) {
        const std::vector<int> members = layout.membersOfGroup(group);
        for (std::size_t k = 0; k < members.size(); ++k)
            groupInputs[k] = input.values[static_cast<std::size_t>(members[k])];
        const KernelPath path = kernelPathFor(input.shape, spec.reduction, input.dtype, members.front());
        const GroupArithmetic arithmetic = computeGroup(groupInputs, input.dtype, spec, path);
        for (std::size_t k = 0; k < members.size(); ++k)
            output.values[static_cast<std::size_t>(members[k])] = arithmetic.outputs[k];
    }
    return output;
}

std::vector<double> probabilitySums(const Tensor &output, Reduction reduction, Op op)
{
    const GroupLayout layout(output.shape, reduction);
    std::vector<double> sums(static_cast<std::size_t>(layout.groupCount()), 0.0);
    for (int flat = 0; flat < output.numel(); ++flat) {
        const double value = output.values[static_cast<std::size_t>(flat)];
        sums[static_cast<std::size_t>(layout.groupOf(flat))] += op == Op::LogSoftmax ? std::exp(value) : value;
    }
    return sums;
}

} // namespace core
