#include "fuzztargets.h"

#include "error.h"
#include "lesson.h"
#include "npy.h"
#include "numberparser.h"
#include "pytorchprinter.h"
#include "tensortextparser.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace fuzz {

namespace {

std::string_view view(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

void require(bool property, const char *what)
{
    if (!property) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

int valueList(const std::uint8_t *data, std::size_t size)
{
    try {
        const std::vector<double> values = core::parseValueList(view(data, size));
        require(!values.empty(), "a parsed list is never empty");
    } catch (const core::InputError &) {
    }
    return 0;
}

int tensorText(const std::uint8_t *data, std::size_t size)
{
    try {
        const core::ParsedTensor parsed = core::parseTensorText(view(data, size));
        const core::Tensor tensor = core::Tensor::fromValues(parsed.shape, parsed.values,
                                                             parsed.dtype.value_or(core::DType::Float32));
        // PyTorch's print keeps 4 significant digits (and may switch between fixed and
        // scientific form as values round), so parsing the print gives back the shape,
        // the same nan and ±inf, and every finite value to within the print's rounding.
        const std::string printed = core::pytorchPrint(tensor);
        if (printed.find("...") == std::string::npos) {
            const core::ParsedTensor again = core::parseTensorText(printed);
            require(again.shape == tensor.shape, "print → parse keeps the shape");
            for (std::size_t i = 0; i < tensor.values.size(); ++i) {
                const double a = tensor.values[i];
                const double b = again.values[i];
                const bool same = std::isnan(a) ? std::isnan(b)
                    : std::isinf(a)             ? a == b
                                                : std::abs(a - b) <= 5e-5 + 1e-4 * std::abs(a);
                require(same, "print → parse keeps every value to the print's precision");
            }
        }
    } catch (const core::InputError &) {
    }
    return 0;
}

int npy(const std::uint8_t *data, std::size_t size)
{
    try {
        const core::NpyArray array = core::readNpy(view(data, size));
        const core::NpyArray again = core::readNpy(core::writeNpy(array.tensor));
        require(again.tensor.shape == array.tensor.shape && again.tensor.dtype == array.tensor.dtype,
                "write → read keeps shape and dtype");
        require(sameBits(again.tensor.values, array.tensor.values), "write → read keeps every value");
    } catch (const core::InputError &) {
    }
    return 0;
}

int lesson(const std::uint8_t *data, std::size_t size)
{
    try {
        const core::Lesson lesson = core::readLesson(view(data, size));
        const core::Lesson again = core::readLesson(core::writeLesson(lesson));
        require(again.tensor.shape == lesson.tensor.shape && sameBits(again.tensor.values, lesson.tensor.values),
                "write → read keeps the tensor");
        require(again.dimMode == lesson.dimMode && again.dim == lesson.dim && again.op == lesson.op
                    && again.temperature == lesson.temperature && again.selected == lesson.selected
                    && again.notes == lesson.notes && again.tensor.dimNames == lesson.tensor.dimNames,
                "write → read keeps the options");
    } catch (const core::InputError &) {
    }
    return 0;
}

} // namespace fuzz
