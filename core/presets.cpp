#include "presets.h"

#include "error.h"

#include <limits>

namespace core {

namespace {

Shape shapeOf(std::vector<std::int64_t> extents)
{
    return Shape::checked(extents);
}

std::vector<double> arange(int count)
{
    std::vector<double> values;
    for (int i = 0; i < count; ++i)
        values.push_back(i);
    return values;
}

// Causal mask of self-attention: position i may look at positions ≤ i only.
std::vector<double> maskedScores()
{
    const double scores[2][4][4] = {
        {{2.1, 0.3, -1.2, 0.8}, {0.5, 1.7, 0.2, -0.4}, {-0.6, 0.9, 1.4, 0.1}, {0.3, -0.2, 0.6, 1.1}},
        {{1.0, 0.0, 0.0, 0.0}, {-0.3, 2.2, 0.0, 0.0}, {0.4, 0.4, 0.4, 0.0}, {1.5, -1.0, 0.2, 0.7}},
    };
    std::vector<double> values;
    for (int head = 0; head < 2; ++head)
        for (int row = 0; row < 4; ++row)
            for (int column = 0; column < 4; ++column)
                values.push_back(column > row ? -std::numeric_limits<double>::infinity() : scores[head][row][column]);
    return values;
}

std::vector<Preset> makePresets()
{
    using enum DType;
    const std::optional<int> implicit;
    return {
        {"bchw-arange", "seed 000", shapeOf({1, 3, 2, 2}), arange(12), Float32, 1, Op::Softmax},
        {"bchw-batch2", "seed 000", shapeOf({2, 3, 1, 2}), arange(12), Float32, 0, Op::Softmax},
        {"vector-1234", "seed 001", shapeOf({4}), {1, 2, 3, 4}, Float32, implicit, Op::Softmax},
        {"matrix-2x4", "seed 001", shapeOf({2, 4}), {1, 2, 3, 4, 5, 6, 7, 8}, Float32, 1, Op::Softmax},
        {"three-classes", "seed 001", shapeOf({3}), {-3, 1.5, 2.7}, Float32, 0, Op::Softmax},
        // torch.manual_seed(0); torch.rand(2, 2): the tutorial's torch.rand(2, 2), made reproducible.
        {"rand-2x2", "seed 002", shapeOf({2, 2}),
         {0.49625658988952637, 0.7682217955589294, 0.08847743272781372, 0.13203048706054688}, Float32, 1,
         Op::LogSoftmax},
        {"numpy-2x3", "seed 003", shapeOf({2, 3}),
         {-1.30022268, 0.59127472, 1.21384177, 0.1981082, -0.83686108, -1.54785864}, Float64, 0, Op::Softmax},
        {"notebook-2x2x2", "seed 004", shapeOf({2, 2, 2}),
         {0.4890, 0.0378, -1.4088, 0.3213, -0.4598, -0.4771, -1.6266, -0.8554}, Float32, 0, Op::Softmax},
        {"classification", "use case", shapeOf({1, 10}), {1.2, -0.7, 3.1, 0.4, -2.0, 0.9, 2.6, -0.3, 0.0, 1.8},
         Float32, -1, Op::Softmax},
        {"segmentation", "use case", shapeOf({1, 3, 4, 4}),
         {2.0,  1.5,  0.2,  -0.5, 1.8,  1.2,  0.1,  -0.8, 0.5,  0.3,  -0.2, -1.0, -0.4, -0.9, -1.3, -1.6,
          -1.0, -0.2, 0.9,  1.6,  -0.6, 0.4,  1.3,  2.1,  0.0,  0.7,  1.5,  1.9,  0.3,  0.2,  0.8,  1.1,
          -0.5, -0.3, -0.6, -1.2, -0.2, 0.1,  -0.4, -0.9, 1.1,  1.4,  0.6,  0.0,  2.2,  2.5,  1.7,  0.9},
         Float32, 1, Op::Softmax},
        {"detection", "use case", shapeOf({4, 5}),
         {3.2, 0.1, -1.0, 0.4, -0.5, 0.2, 2.8, 0.3, -1.1, 0.0, -0.4, 0.1, 0.5, 0.3, 0.2, 1.0, 0.9, -0.2, 2.4, 1.1},
         Float32, -1, Op::Softmax},
        {"attention-mask", "use case", shapeOf({2, 4, 4}), maskedScores(), Float32, -1, Op::Softmax},
    };
}

} // namespace

Tensor Preset::tensor(std::optional<DType> dtypeOverride) const
{
    return Tensor::fromValues(shape, values, dtypeOverride.value_or(dtype));
}

const std::vector<Preset> &builtinPresets()
{
    static const std::vector<Preset> presets = makePresets();
    return presets;
}

const Preset &findPreset(const std::string &name)
{
    for (const Preset &preset : builtinPresets())
        if (preset.name == name)
            return preset;
    std::string known;
    for (const Preset &preset : builtinPresets())
        known += (known.empty() ? "" : ", ") + preset.name;
    throw InputError(Text(CORE_TEXT("core", "unknown preset '%1' (known: %2)"), {name, known}));
}

} // namespace core
