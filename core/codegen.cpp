#include "codegen.h"

#include "error.h"

#include <charconv>
#include <cmath>

namespace core {

namespace {

/// A value as a Python literal that reads back to exactly the same float32 or
/// float64 (shortest round-trip digits), or a float('nan') / float('inf') call.
std::string literal(double value, DType dtype)
{
    if (std::isnan(value))
        return "float('nan')";
    if (std::isinf(value))
        return value > 0 ? "float('inf')" : "-float('inf')";
    char buffer[64];
    const auto result = dtype == DType::Float32
        ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<float>(value))
        : std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".eninf") == std::string::npos)
        text += ".0"; // a float literal, not an int
    return text;
}

/// The values as a nested Python list, one innermost row per line, continuation
/// lines aligned under the brackets that follow `prefix`.
std::string nestedList(const Tensor &tensor, std::string_view prefix)
{
    const int rank = tensor.rank();
    std::string out;
    int flat = 0;
    // Walk the index space, opening and closing brackets as indices roll over.
    std::vector<int> index(std::size_t(rank), 0);
    out += std::string(std::size_t(rank), '[');
    while (true) {
        out += literal(tensor.values[std::size_t(flat)], tensor.dtype);
        ++flat;
        int d = rank - 1;
        int closed = 0;
        while (d >= 0 && ++index[std::size_t(d)] == tensor.shape.extent(d)) {
            index[std::size_t(d)] = 0;
            ++closed;
            --d;
        }
        out += std::string(std::size_t(closed), ']');
        if (d < 0)
            break;
        out += closed > 0 ? ",\n" + std::string(prefix.size() + std::size_t(rank - closed), ' ')
                + std::string(std::size_t(closed), '[')
                          : ", ";
    }
    return out;
}

std::string temperatureLiteral(double temperature)
{
    return literal(temperature, DType::Float64);
}

std::string torchCode(const Tensor &input, const SoftmaxSpec &spec, bool implicitDim)
{
    const bool log = spec.op == Op::LogSoftmax;
    const std::string function = log ? "log_softmax" : "softmax";
    const std::string module = log ? "LogSoftmax" : "Softmax";
    const std::string x = spec.temperature != 1.0 ? "x / " + temperatureLiteral(spec.temperature) : "x";
    std::string code = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n";
    code += "x = torch.tensor(" + nestedList(input, "x = torch.tensor(") + (input.dtype == DType::Float64 ? ", dtype=torch.float64" : "")
        + ")\n";
    if (spec.reduction.wholeTensor) {
        code += "# The whole tensor is one group: flatten, normalise, restore the shape.\n";
        code += "y = F." + function + "((" + x + ").flatten(), dim=0).reshape(x.shape)\n";
        code += "y_module = nn." + module + "(dim=0)((" + x + ").flatten()).reshape(x.shape)\n";
    } else if (implicitDim) {
        code += "# No dim: PyTorch picks dim=" + std::to_string(spec.reduction.dim) + " and warns (deprecated).\n";
        code += "y = F." + function + "(" + x + ")\n";
        code += "y_module = nn." + module + "()(" + x + ")\n";
    } else {
        const std::string dim = std::to_string(spec.reduction.dim);
        code += "y = F." + function + "(" + x + ", dim=" + dim + ")\n";
        code += "y_module = nn." + module + "(dim=" + dim + ")(" + x + ")\n";
    }
    code += "assert torch.allclose(y, y_module, equal_nan=True)\n";
    code += "print(y)\n";
    return code;
}

std::string numpyCode(const Tensor &input, const SoftmaxSpec &spec)
{
    const bool log = spec.op == Op::LogSoftmax;
    const std::string dtype = input.dtype == DType::Float64 ? "np.float64" : "np.float32";
    std::string code = "import numpy as np\n\n";
    code += "def softmax(X, theta=1.0, axis=None):\n"
            "    \"\"\"The tutorial's helper: softmax of X along an axis, the max subtracted.\n"
            "    theta multiplies X before exponentiating (theta = 1 / T).\"\"\"\n"
            "    y = np.atleast_2d(X)\n"
            "    if axis is None:\n"
            "        axis = next(j[0] for j in enumerate(y.shape) if j[1] > 1)\n"
            "    y = y * float(theta)\n"
            "    y = y - np.expand_dims(np.max(y, axis=axis), axis)\n"
            "    y = np.exp(y)\n"
            "    ax_sum = np.expand_dims(np.sum(y, axis=axis), axis)\n"
            "    p = y / ax_sum\n"
            "    if len(X.shape) == 1:\n"
            "        p = p.flatten()\n"
            "    return p\n\n";
    if (log)
        code += "def log_softmax(X, theta=1.0, axis=None):\n"
                "    \"\"\"(x - m) - log(sum(exp(x - m))) along an axis, as PyTorch computes it.\"\"\"\n"
                "    y = np.atleast_2d(X) * float(theta)\n"
                "    shifted = y - np.expand_dims(np.max(y, axis=axis), axis)\n"
                "    out = shifted - np.log(np.expand_dims(np.sum(np.exp(shifted), axis=axis), axis))\n"
                "    return out.reshape(X.shape)\n\n";
    code += "x = np.array(" + nestedList(input, "x = np.array(") + ", dtype=" + dtype + ")\n";
    const std::string function = log ? "log_softmax" : "softmax";
    const std::string theta = spec.temperature != 1.0 ? ", theta=1 / " + temperatureLiteral(spec.temperature) : "";
    if (spec.reduction.wholeTensor) {
        code += "# The whole tensor is one group.\n";
        code += "y = " + function + "(x.reshape(-1)" + theta + ", axis=-1).reshape(x.shape)\n";
    } else {
        // A negative axis also works on the 2-d view the helper makes of a vector.
        code += "y = " + function + "(x" + theta + ", axis=" + std::to_string(spec.reduction.dim - input.rank())
            + ")  # dim=" + std::to_string(spec.reduction.dim) + "\n";
    }
    code += "print(y)\n";
    return code;
}

std::string tensorflowCode(const Tensor &input, const SoftmaxSpec &spec)
{
    const bool log = spec.op == Op::LogSoftmax;
    const std::string function = log ? "log_softmax" : "softmax";
    const std::string x = spec.temperature != 1.0 ? "x / " + temperatureLiteral(spec.temperature) : "x";
    std::string code = "import tensorflow as tf\n\n";
    code += "x = tf.constant(" + nestedList(input, "x = tf.constant(") + ", dtype=" + (input.dtype == DType::Float64 ? "tf.float64" : "tf.float32")
        + ")\n";
    if (spec.reduction.wholeTensor) {
        code += "# The whole tensor is one group.\n";
        code += "y = tf.reshape(tf.nn." + function + "(tf.reshape(" + x + ", [-1]), axis=-1), tf.shape(x))\n";
    } else {
        code += "y = tf.nn." + function + "(" + x + ", axis=" + std::to_string(spec.reduction.dim - input.rank())
            + ")  # dim=" + std::to_string(spec.reduction.dim) + "\n";
    }
    code += "print(y)\n";
    return code;
}

} // namespace

Framework parseFramework(const std::string &text)
{
    if (text == "pytorch" || text == "torch")
        return Framework::PyTorch;
    if (text == "numpy")
        return Framework::NumPy;
    if (text == "tensorflow" || text == "tf")
        return Framework::TensorFlow;
    throw InputError(Text(CORE_TEXT("core", "unknown framework '%1' (expected pytorch, numpy or tensorflow)"), {text}));
}

std::string pythonCode(Framework framework, const Tensor &input, const SoftmaxSpec &spec, bool implicitDim)
{
    switch (framework) {
    case Framework::PyTorch:
        return torchCode(input, spec, implicitDim);
    case Framework::NumPy:
        return numpyCode(input, spec);
    case Framework::TensorFlow:
        break;
    }
    return tensorflowCode(input, spec);
}

} // namespace core
