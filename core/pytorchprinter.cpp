#include "pytorchprinter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace core {

namespace {

constexpr int precision = 4;
constexpr int threshold = 1000;
constexpr int edgeItems = 3;
constexpr int lineWidth = 80;
const std::string prefix = "tensor(";

// Python's str.format for a float: like printf, except that NaN never carries a sign.
std::string formatNumber(const char *format, double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, format, precision, value);
    return buffer;
}

std::string formatFixed(double value, int digits)
{
    if (std::isnan(value) || std::isinf(value))
        return formatNumber("%.*f", value);
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    return buffer;
}

/// torch._tensor_str._Formatter: chooses int/fixed/scientific mode and one width
/// from the finite nonzero values it is shown.
class Formatter {
public:
    explicit Formatter(const std::vector<double> &values)
    {
        std::vector<double> nonzeroFinite;
        for (double value : values)
            if (std::isfinite(value) && value != 0)
                nonzeroFinite.push_back(value);
        if (nonzeroFinite.empty())
            return;

        double minAbs = std::abs(nonzeroFinite.front());
        double maxAbs = minAbs;
        for (double value : nonzeroFinite) {
            minAbs = std::min(minAbs, std::abs(value));
            maxAbs = std::max(maxAbs, std::abs(value));
            if (value != std::ceil(value))
                m_intMode = false;
        }
        const bool wideRange = maxAbs / minAbs > 1000.0 || maxAbs > 1.0e8;
        m_sciMode = m_intMode ? wideRange : (wideRange || minAbs < 1.0e-4);
        for (double value : nonzeroFinite) {
            std::size_t width = 0;
            if (m_sciMode)
                width = formatNumber("%.*e", value).size();
            else if (m_intMode)
                width = formatFixed(value, 0).size() + 1;
            else
                width = formatNumber("%.*f", value).size();
            m_width = std::max(m_width, width);
        }
    }

    std::size_t width() const { return m_width; }

    std::string format(double value) const
    {
        std::string text;
        if (m_sciMode) {
            text = formatNumber("%.*e", value);
        } else if (m_intMode) {
            text = formatFixed(value, 0);
            if (std::isfinite(value))
                text += ".";
        } else {
            text = formatNumber("%.*f", value);
        }
        if (text.size() < m_width)
            text.insert(0, m_width - text.size(), ' ');
        return text;
    }

private:
    bool m_intMode = true;
    bool m_sciMode = false;
    std::size_t m_width = 1;
};

/// Indices shown along one dim: all of them, or the edge items when summarising.
std::vector<int> shownIndices(int extent, bool summarize)
{
    std::vector<int> indices;
    for (int i = 0; i < extent; ++i)
        if (!summarize || extent <= 2 * edgeItems || i < edgeItems || i >= extent - edgeItems)
            indices.push_back(i);
    return indices;
}

/// get_summarized_data: the values the formatter sees.
std::vector<double> shownValues(const Tensor &tensor, bool summarize)
{
    if (!summarize)
        return tensor.values;
    std::vector<double> values;
    const Shape &shape = tensor.shape;
    const auto visit = [&](auto &self, int dim, int offset) -> void {
        for (int i : shownIndices(shape.extent(dim), true)) {
            const int flat = offset + i * shape.stride(dim);
            if (dim + 1 == shape.rank())
                values.push_back(tensor.values[static_cast<std::size_t>(flat)]);
            else
                self(self, dim + 1, flat);
        }
    };
    visit(visit, 0, 0);
    return values;
}

class Printer {
public:
    Printer(const Tensor &tensor, bool summarize)
        : m_tensor(tensor), m_summarize(summarize), m_formatter(shownValues(tensor, summarize))
    {
    }

    // _tensor_str_with_formatter for the sub-tensor starting at `offset` whose
    // first dim is `dim`.
    std::string block(int dim, int offset, std::size_t indent) const
    {
        const Shape &shape = m_tensor.shape;
        const int extent = shape.extent(dim);
        const int stride = shape.stride(dim);
        const bool elided = m_summarize && extent > 2 * edgeItems;
        if (dim + 1 == shape.rank())
            return vector(offset, extent, indent, elided);

        std::vector<std::string> slices;
        for (int i : shownIndices(extent, m_summarize)) {
            if (elided && i == extent - edgeItems)
                slices.emplace_back("...");
            slices.push_back(block(dim + 1, offset + i * stride, indent + 1));
        }
        const int remainingDims = shape.rank() - dim;
        const std::string separator = "," + std::string(static_cast<std::size_t>(remainingDims - 1), '\n')
            + std::string(indent + 1, ' ');
        return "[" + join(slices, separator) + "]";
    }

private:
    std::string vector(int offset, int extent, std::size_t indent, bool elided) const
    {
        const std::size_t elementLength = m_formatter.width() + 2;
        const std::size_t perLine = std::max<std::size_t>(
            1, lineWidth > static_cast<int>(indent) ? (lineWidth - indent) / elementLength : 0);
        std::vector<std::string> items;
        for (int i : shownIndices(extent, m_summarize)) {
            if (elided && i == extent - edgeItems)
                items.emplace_back(" ...");
            items.push_back(m_formatter.format(m_tensor.values[static_cast<std::size_t>(offset + i)]));
        }
        std::vector<std::string> lines;
        for (std::size_t start = 0; start < items.size(); start += perLine) {
            const auto end = std::min(items.size(), start + perLine);
            lines.push_back(join({items.begin() + static_cast<std::ptrdiff_t>(start),
                                  items.begin() + static_cast<std::ptrdiff_t>(end)},
                                 ", "));
        }
        return "[" + join(lines, ",\n" + std::string(indent + 1, ' ')) + "]";
    }

    static std::string join(const std::vector<std::string> &parts, const std::string &separator)
    {
        std::string text;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i > 0)
                text += separator;
            text += parts[i];
        }
        return text;
    }

    const Tensor &m_tensor;
    bool m_summarize;
    Formatter m_formatter;
};

// _add_suffixes, including its quirk of counting the last line as two longer.
std::string addSuffix(const std::string &text, const std::string &suffix)
{
    const auto lastNewline = text.rfind('\n');
    const std::size_t lastLineLength
        = lastNewline == std::string::npos ? text.size() + 2 : text.size() - lastNewline + 1;
    if (lastLineLength + suffix.size() + 2 > static_cast<std::size_t>(lineWidth))
        return text + ",\n" + std::string(prefix.size(), ' ') + suffix + ")";
    return text + ", " + suffix + ")";
}

} // namespace

std::string pytorchPrint(const Tensor &tensor)
{
    const bool summarize = tensor.numel() > threshold;
    const std::string body = prefix + Printer(tensor, summarize).block(0, 0, prefix.size());
    if (tensor.dtype == DType::Float64)
        return addSuffix(body, "dtype=torch.float64");
    return body + ")";
}

} // namespace core
