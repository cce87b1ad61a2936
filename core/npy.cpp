#include "npy.h"

#include "error.h"
#include "numberparser.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

namespace core {

namespace {

constexpr std::string_view magic = "\x93NUMPY";
constexpr std::size_t maxHeaderBytes = 1 << 16;

/// The dict literal NumPy writes: {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
struct Header {
    std::string descr;
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
};

class HeaderParser {
public:
    explicit HeaderParser(std::string_view text) : m_text(text) {}

    Header parse()
    {
        Header header;
        bool haveDescr = false;
        bool haveOrder = false;
        bool haveShape = false;
        expect('{');
        while (true) {
            skipSpace();
            if (peek() == '}')
                break;
            const std::string key = quoted();
            expect(':');
            if (key == "descr") {
                skipSpace();
                if (peek() == '[')
                    throw InputError(Text(CORE_TEXT("core", "the .npy file holds a structured dtype (named fields); only plain numbers can be read"), {}));
                header.descr = quoted();
                haveDescr = true;
            } else if (key == "fortran_order") {
                header.fortranOrder = boolean();
                haveOrder = true;
            } else if (key == "shape") {
                header.shape = tuple();
                haveShape = true;
            } else {
                fail(Text(CORE_TEXT("core", "unexpected key %1"), {quoteForMessage(key)}));
            }
            skipSpace();
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            skipSpace();
            if (peek() != '}')
                fail(Text(CORE_TEXT("core", "expected ',' or '}'"), {}));
        }
        ++m_position;
        skipSpace();
        if (m_position != m_text.size())
            fail(Text(CORE_TEXT("core", "text after the dict"), {}));
        if (!haveDescr || !haveOrder || !haveShape)
            fail(Text(CORE_TEXT("core", "the dict needs 'descr', 'fortran_order' and 'shape'"), {}));
        return header;
    }

private:
    [[noreturn]] void fail(Text what) const
    {
        throw InputError(Text(CORE_TEXT("core", "the .npy header is not a plain dict literal: %1 at character %2"),
                              {std::move(what), std::to_string(m_position + 1)}));
    }

    char peek() const { return m_position < m_text.size() ? m_text[m_position] : '\0'; }

    void skipSpace()
    {
        while (m_position < m_text.size() && (m_text[m_position] == ' ' || m_text[m_position] == '\t'))
            ++m_position;
    }

    void expect(char c)
    {
        skipSpace();
        if (peek() != c)
            fail(Text(CORE_TEXT("core", "expected '%1'"), {std::string(1, c)}));
        ++m_position;
    }

    std::string quoted()
    {
        skipSpace();
        const char quote = peek();
        if (quote != '\'' && quote != '"')
            fail(Text(CORE_TEXT("core", "expected a quoted string"), {}));
        const std::size_t end = m_text.find(quote, m_position + 1);
        if (end == std::string_view::npos || end - m_position > 64)
            fail(Text(CORE_TEXT("core", "unterminated or overlong string"), {}));
        std::string value(m_text.substr(m_position + 1, end - m_position - 1));
        m_position = end + 1;
        return value;
    }

    bool boolean()
    {
        skipSpace();
        for (const auto &[word, value] : {std::pair{std::string_view("True"), true}, {"False", false}}) {
            if (m_text.substr(m_position, word.size()) == word) {
                m_position += word.size();
                return value;
            }
        }
        fail(Text(CORE_TEXT("core", "expected True or False"), {}));
    }

    std::vector<std::int64_t> tuple()
    {
        expect('(');
        std::vector<std::int64_t> values;
        while (true) {
            skipSpace();
            if (peek() == ')')
                break;
            std::int64_t value = 0;
            std::size_t digits = 0;
            while (peek() >= '0' && peek() <= '9') {
                if (++digits > 12)
                    fail(Text(CORE_TEXT("core", "a dimension is too large"), {}));
                value = value * 10 + (peek() - '0');
                ++m_position;
            }
            if (peek() == 'L') // Python 2 long
                ++m_position;
            if (digits == 0)
                fail(Text(CORE_TEXT("core", "expected a dimension"), {}));
            if (values.size() > 8)
                fail(Text(CORE_TEXT("core", "too many dimensions"), {}));
            values.push_back(value);
            skipSpace();
            if (peek() == ',')
                ++m_position;
            else if (peek() != ')')
                fail(Text(CORE_TEXT("core", "expected ',' or ')'"), {}));
        }
        ++m_position;
        return values;
    }

    std::string_view m_text;
    std::size_t m_position = 0;
};

/// How the file's elements turn into doubles.
struct ElementKind {
    char kind = 'f'; ///< 'f' float, 'i' signed, 'u' unsigned, 'b' bool
    std::size_t size = 4;
    bool bigEndian = false;
};

ElementKind elementKind(const std::string &descr)
{
    if (descr.size() >= 2 && descr[1] == 'O')
        throw InputError(Text(CORE_TEXT("core", "the .npy file holds Python objects (a pickle); only numbers can be read"), {}));
    if (descr.size() < 3)
        throw InputError(Text(CORE_TEXT("core", "unsupported .npy dtype %1"), {quoteForMessage(descr)}));
    const char order = descr[0];
    const char kind = descr[1];
    const std::string sizeText = descr.substr(2);
    if (kind == 'O')
        throw InputError(Text(CORE_TEXT("core", "the .npy file holds Python objects (a pickle); only numbers can be read"), {}));
    if (kind == 'c')
        throw InputError(Text(CORE_TEXT("core", "the .npy file holds complex numbers; softmax needs real numbers"), {}));
    if (kind == 'U' || kind == 'S' || kind == 'a' || kind == 'V' || kind == 'M' || kind == 'm')
        throw InputError(Text(CORE_TEXT("core", "the .npy dtype %1 is not numeric"), {quoteForMessage(descr)}));
    if (order != '<' && order != '>' && order != '|' && order != '=')
        throw InputError(Text(CORE_TEXT("core", "unsupported .npy byte order in %1"), {quoteForMessage(descr)}));
    ElementKind element;
    element.kind = kind;
    element.bigEndian = order == '>';
    element.size = sizeText == "1" ? 1 : sizeText == "2" ? 2 : sizeText == "4" ? 4 : sizeText == "8" ? 8 : 0;
    const bool known = (kind == 'f' && element.size >= 2) || ((kind == 'i' || kind == 'u') && element.size >= 1)
        || (kind == 'b' && element.size == 1);
    if (!known)
        throw InputError(Text(CORE_TEXT("core", "unsupported .npy dtype %1"), {quoteForMessage(descr)}));
    return element;
}

double halfToDouble(std::uint16_t half)
{
    const int exponent = (half >> 10) & 0x1f;
    const int mantissa = half & 0x3ff;
    const double sign = (half & 0x8000) ? -1.0 : 1.0;
    if (exponent == 0)
        return sign * std::ldexp(mantissa, -24);
    if (exponent == 31)
        return mantissa ? std::nan("") : sign * HUGE_VAL;
    return sign * std::ldexp(mantissa + 1024, exponent - 25);
}

double readElement(const unsigned char *bytes, const ElementKind &element)
{
    std::uint64_t raw = 0;
    for (std::size_t i = 0; i < element.size; ++i) {
        const std::size_t shift = element.bigEndian ? (element.size - 1 - i) : i;
        raw |= std::uint64_t(bytes[i]) << (8 * shift);
    }
    switch (element.kind) {
    case 'f':
        if (element.size == 2)
            return halfToDouble(std::uint16_t(raw));
        if (element.size == 4)
            return double(std::bit_cast<float>(std::uint32_t(raw)));
        return std::bit_cast<double>(raw);
    case 'i': {
        const int bits = int(element.size * 8);
        const std::int64_t value = bits == 64 ? std::int64_t(raw) : std::int64_t(raw << (64 - bits)) >> (64 - bits);
        return double(value);
    }
    case 'b':
        return raw ? 1.0 : 0.0;
    default: // 'u'
        return double(raw);
    }
}

} // namespace

NpyArray readNpy(std::string_view bytes)
{
    if (bytes.substr(0, magic.size()) != magic)
        throw InputError(Text(CORE_TEXT("core", "not a .npy file: it does not start with \\x93NUMPY"), {}));
    if (bytes.size() < 10)
        throw InputError(Text(CORE_TEXT("core", "the .npy file ends inside its header"), {}));
    const int major = static_cast<unsigned char>(bytes[6]);
    std::size_t headerLength = 0;
    std::size_t headerStart = 0;
    if (major == 1) {
        headerLength = std::size_t(static_cast<unsigned char>(bytes[8])) | std::size_t(static_cast<unsigned char>(bytes[9])) << 8;
        headerStart = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            throw InputError(Text(CORE_TEXT("core", "the .npy file ends inside its header"), {}));
        for (int i = 0; i < 4; ++i)
            headerLength |= std::size_t(static_cast<unsigned char>(bytes[std::size_t(8 + i)])) << (8 * i);
        headerStart = 12;
    } else {
        throw InputError(Text(CORE_TEXT("core", "unsupported .npy format version %1.%2 (expected 1.0, 2.0 or 3.0)"),
                              {std::to_string(major), std::to_string(static_cast<unsigned char>(bytes[7]))}));
    }
    if (headerLength > maxHeaderBytes)
        throw InputError(Text(CORE_TEXT("core", "the .npy header is %1 bytes, more than the %2 a real array needs"),
                              {std::to_string(headerLength), std::to_string(maxHeaderBytes)}));
    if (bytes.size() < headerStart + headerLength)
        throw InputError(Text(CORE_TEXT("core", "the .npy file ends inside its header"), {}));
    std::string_view headerText = bytes.substr(headerStart, headerLength);
    while (!headerText.empty() && (headerText.back() == '\n' || headerText.back() == ' ' || headerText.back() == '\0'))
        headerText.remove_suffix(1);
    for (char c : headerText)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            throw InputError(Text(CORE_TEXT("core", "the .npy header holds a control or non-ASCII byte"), {}));
    const Header header = HeaderParser(headerText).parse();
    const ElementKind element = elementKind(header.descr);
    if (header.shape.empty())
        throw InputError(Text(CORE_TEXT("core", "the .npy array is a scalar (shape ()); a tensor of rank 1 to 4 is needed"), {}));
    const Shape shape = Shape::checked(header.shape);

    const std::string_view data = bytes.substr(headerStart + headerLength);
    const std::size_t expected = std::size_t(shape.numel()) * element.size;
    if (data.size() < expected)
        throw InputError(Text(CORE_TEXT("core", "the .npy data is truncated: shape %1 needs %2 bytes, but the file has %3"),
                              {shape.toString(), std::to_string(expected), std::to_string(data.size())}));
    if (data.size() > expected)
        throw InputError(Text(CORE_TEXT("core", "the .npy file has %1 bytes after the data for shape %2"),
                              {std::to_string(data.size() - expected), shape.toString()}));

    std::vector<double> values(std::size_t(shape.numel()));
    const auto *raw = reinterpret_cast<const unsigned char *>(data.data());
    for (int flat = 0; flat < shape.numel(); ++flat) {
        // Fortran order: the first index varies fastest in the file.
        std::size_t source = std::size_t(flat);
        if (header.fortranOrder) {
            const Index index = shape.multiIndex(flat);
            std::size_t stride = 1;
            source = 0;
            for (int d = 0; d < shape.rank(); ++d) {
                source += std::size_t(index[std::size_t(d)]) * stride;
                stride *= std::size_t(shape.extent(d));
            }
        }
        values[std::size_t(flat)] = readElement(raw + source * element.size, element);
    }
    NpyArray array;
    const bool isFloat64 = element.kind == 'f' && element.size == 8;
    const bool exact = element.kind == 'f' && (element.size == 4 || element.size == 8);
    const DType dtype = isFloat64 || ((element.kind == 'i' || element.kind == 'u') && element.size == 8)
        ? DType::Float64
        : DType::Float32;
    if (!exact)
        array.conversionNotice = Text(CORE_TEXT("core", "the .npy dtype '%1' was converted to %2"),
                                      {header.descr, dtypeName(dtype)});
    array.tensor = Tensor::fromValues(shape, std::move(values), dtype);
    return array;
}

std::string writeNpy(const Tensor &tensor)
{
    const bool float64 = tensor.dtype == DType::Float64;
    std::string shape = "(";
    for (int d = 0; d < tensor.rank(); ++d)
        shape += std::to_string(tensor.shape.extent(d)) + (tensor.rank() == 1 ? "," : d + 1 < tensor.rank() ? ", " : "");
    shape += ")";
    std::string header = std::string("{'descr': '") + (float64 ? "<f8" : "<f4") + "', 'fortran_order': False, 'shape': "
        + shape + ", }";
    // Pad with spaces so that the data starts on a multiple of 64 bytes, ending in '\n'.
    const std::size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::string out(magic);
    out += '\x01';
    out += '\x00';
    out += char(header.size() & 0xff);
    out += char(header.size() >> 8);
    out += header;
    for (double value : tensor.values) {
        if (float64) {
            const auto raw = std::bit_cast<std::uint64_t>(value);
            for (int i = 0; i < 8; ++i)
                out += char((raw >> (8 * i)) & 0xff);
        } else {
            const auto raw = std::bit_cast<std::uint32_t>(static_cast<float>(value));
            for (int i = 0; i < 4; ++i)
                out += char((raw >> (8 * i)) & 0xff);
        }
    }
    return out;
}

} // namespace core
