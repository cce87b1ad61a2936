#include "lesson.h"

#include "dims.h"
#include "error.h"
#include "json.h"
#include "jsonexport.h"
#include "numberparser.h"

#include <cmath>

namespace core {

namespace {

using Type = JsonValue::Type;

[[noreturn]] void refuse(const std::string &field, Text what)
{
    throw InputError(Text(CORE_TEXT("core", "lesson field \"%1\": %2"), {field, std::move(what)}));
}

Text text(const char *format, std::vector<Text> args = {})
{
    return Text(format, std::move(args));
}

/// `typeName` is a CORE_TEXT template such as "expected an array".
const JsonValue &member(const JsonValue &root, const std::string &name, Type type, const char *typeName)
{
    const JsonValue *value = root.find(name);
    if (!value)
        refuse(name, text(CORE_TEXT("core", "missing")));
    if (value->type != type)
        refuse(name, text(typeName));
    return *value;
}

std::int64_t integer(const JsonValue &value, const std::string &field)
{
    // Up to 2^53, every integer is exact in a double; the callers' range checks
    // then say what is wrong with a big one ("must be 1 to 64, but got …").
    constexpr double exactIntegers = 9007199254740992.0;
    if (value.type != Type::Number || value.number != std::floor(value.number) || std::abs(value.number) > exactIntegers)
        refuse(field, text(CORE_TEXT("core", "expected an integer")));
    return static_cast<std::int64_t>(value.number);
}

double number(const JsonValue &value, const std::string &field)
{
    if (value.type == Type::Number)
        return value.number;
    if (value.type == Type::String) {
        if (value.string == "nan" || value.string == "inf" || value.string == "-inf")
            return *parseNumber(value.string);
    }
    refuse(field, text(CORE_TEXT("core", "expected a number or \"nan\", \"inf\", \"-inf\"")));
}

} // namespace

Lesson readLesson(std::string_view json)
{
    const JsonValue root = parseJson(json);
    if (root.type != Type::Object)
        throw InputError(text(CORE_TEXT("core", "a lesson file is a JSON object")));
    const JsonValue &format = member(root, "format", Type::String, CORE_TEXT("core", "expected a string"));
    if (format.string != lessonFormat)
        refuse("format", text(CORE_TEXT("core", "expected \"%1\""), {std::string(lessonFormat)}));
    const std::int64_t version = integer(member(root, "version", Type::Number, CORE_TEXT("core", "expected a number")), "version");
    if (version < 1 || version > lessonVersion)
        refuse("version", text(CORE_TEXT("core", "version %1 is not supported (this app reads version %2)"),
                               {std::to_string(version), std::to_string(lessonVersion)}));

    Lesson lesson;
    const JsonValue &shapeValue = member(root, "shape", Type::Array, CORE_TEXT("core", "expected an array"));
    if (shapeValue.array.size() > 8)
        refuse("shape", text(CORE_TEXT("core", "too many dims")));
    std::vector<std::int64_t> extents;
    for (const JsonValue &extent : shapeValue.array)
        extents.push_back(integer(extent, "shape"));
    const Shape shape = Shape::checked(extents);

    DType dtype = DType::Float32;
    if (const JsonValue *dtypeValue = root.find("dtype")) {
        if (dtypeValue->type != Type::String)
            refuse("dtype", text(CORE_TEXT("core", "expected a string")));
        dtype = parseDType(dtypeValue->string);
    }
    const JsonValue &values = member(root, "values", Type::Array, CORE_TEXT("core", "expected an array"));
    if (values.array.size() != std::size_t(shape.numel()))
        refuse("values", text(CORE_TEXT("core", "shape %1 needs %2 values, but %3 were given"),
                              {shape.toString(), std::to_string(shape.numel()), std::to_string(values.array.size())}));
    std::vector<double> flat;
    for (const JsonValue &value : values.array)
        flat.push_back(number(value, "values"));
    lesson.tensor = Tensor::fromValues(shape, std::move(flat), dtype);

    if (const JsonValue *names = root.find("dimNames")) {
        if (names->type != Type::Array || names->array.size() != std::size_t(shape.rank()))
            refuse("dimNames", text(CORE_TEXT("core", "expected %1 names"), {std::to_string(shape.rank())}));
        for (std::size_t d = 0; d < names->array.size(); ++d) {
            const JsonValue &name = names->array[d];
            if (name.type != Type::String || name.string.empty() || name.string.size() > 32)
                refuse("dimNames", text(CORE_TEXT("core", "expected non-empty names of at most 32 bytes")));
            lesson.tensor.dimNames[d] = name.string;
        }
    }

    const JsonValue *dim = root.find("dim");
    if (!dim || (dim->type == Type::String && dim->string == "implicit")) {
        lesson.dimMode = Lesson::DimMode::Implicit;
    } else if (dim->type == Type::String && dim->string == "whole") {
        lesson.dimMode = Lesson::DimMode::WholeTensor;
    } else if (dim->type == Type::Number) {
        lesson.dim = wrapDim(integer(*dim, "dim"), shape.rank());
    } else {
        refuse("dim", text(CORE_TEXT("core", "expected a dim number, \"implicit\" or \"whole\"")));
    }

    if (const JsonValue *op = root.find("op")) {
        if (op->type != Type::String || (op->string != "softmax" && op->string != "log_softmax"))
            refuse("op", text(CORE_TEXT("core", "expected \"softmax\" or \"log_softmax\"")));
        lesson.op = op->string == "log_softmax" ? Op::LogSoftmax : Op::Softmax;
    }
    if (const JsonValue *temperature = root.find("temperature")) {
        if (temperature->type != Type::Number)
            refuse("temperature", text(CORE_TEXT("core", "expected a number")));
        checkTemperature(temperature->number);
        lesson.temperature = temperature->number;
    }
    if (const JsonValue *selection = root.find("selection")) {
        if (selection->type != Type::Array || selection->array.size() != std::size_t(shape.rank()))
            refuse("selection", text(CORE_TEXT("core", "expected %1 indices"), {std::to_string(shape.rank())}));
        Index index;
        for (int d = 0; d < shape.rank(); ++d) {
            const std::int64_t i = integer(selection->array[std::size_t(d)], "selection");
            if (i < 0 || i >= shape.extent(d))
                refuse("selection", text(CORE_TEXT("core", "index %1 is out of bounds for dim %2 with size %3"),
                                         {std::to_string(i), std::to_string(d), std::to_string(shape.extent(d))}));
            index.push_back(int(i));
        }
        lesson.selected = shape.flatIndex(index);
    }
    if (const JsonValue *notes = root.find("notes")) {
        if (notes->type != Type::String)
            refuse("notes", text(CORE_TEXT("core", "expected a string")));
        if (notes->string.size() > 100000)
            refuse("notes", text(CORE_TEXT("core", "longer than 100000 bytes")));
        lesson.notes = notes->string;
    }
    return lesson;
}

std::string writeLesson(const Lesson &lesson)
{
    const Tensor &tensor = lesson.tensor;
    std::string out = "{\n  \"format\": " + jsonQuote(lessonFormat) + ",\n  \"version\": " + std::to_string(lessonVersion);
    out += ",\n  \"shape\": [";
    for (int d = 0; d < tensor.rank(); ++d)
        out += (d ? ", " : "") + std::to_string(tensor.shape.extent(d));
    out += "],\n  \"dimNames\": [";
    for (std::size_t d = 0; d < tensor.dimNames.size(); ++d)
        out += (d ? ", " : "") + jsonQuote(tensor.dimNames[d]);
    out += "],\n  \"dtype\": " + jsonQuote(dtypeName(tensor.dtype)) + ",\n  \"values\": [";
    for (std::size_t i = 0; i < tensor.values.size(); ++i)
        out += (i ? ", " : "") + jsonNumber(tensor.values[i], tensor.dtype);
    out += "],\n  \"dim\": ";
    switch (lesson.dimMode) {
    case Lesson::DimMode::Explicit:
        out += std::to_string(lesson.dim);
        break;
    case Lesson::DimMode::Implicit:
        out += "\"implicit\"";
        break;
    case Lesson::DimMode::WholeTensor:
        out += "\"whole\"";
        break;
    }
    out += ",\n  \"op\": " + jsonQuote(opName(lesson.op));
    out += ",\n  \"temperature\": " + jsonNumber(lesson.temperature, DType::Float64);
    out += ",\n  \"selection\": [";
    const Index index = tensor.shape.multiIndex(lesson.selected);
    for (std::size_t d = 0; d < index.size(); ++d)
        out += (d ? ", " : "") + std::to_string(index[d]);
    out += "],\n  \"notes\": " + jsonQuote(lesson.notes) + "\n}\n";
    return out;
}

} // namespace core
