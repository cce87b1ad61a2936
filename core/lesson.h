#pragma once

#include "softmax.h"
#include "tensor.h"

#include <string>
#include <string_view>

namespace core {

/// A lesson file: a tensor with how it is normalised, the selected element and
/// the teacher's notes.
///
///     {"format": "softmax-explorer-lesson", "version": 1,
///      "shape": [1, 3, 2, 2], "dimNames": ["B", "C", "H", "W"], "dtype": "float32",
///      "values": [0, 1, "nan", "inf", "-inf", …], "dim": 1 | "implicit" | "whole",
///      "op": "softmax" | "log_softmax", "temperature": 1.0,
///      "selection": [0, 1, 0, 1], "notes": "…"}
struct Lesson {
    enum class DimMode { Explicit, Implicit, WholeTensor };

    Tensor tensor;
    DimMode dimMode = DimMode::Explicit;
    int dim = 0; ///< wrapped; for Explicit
    Op op = Op::Softmax;
    double temperature = 1.0;
    int selected = 0; ///< flat index
    std::string notes;
};

inline constexpr std::string_view lessonFormat = "softmax-explorer-lesson";
inline constexpr int lessonVersion = 1;

/// Reads a lesson; every field is checked (limits, dim in range, T > 0, counts,
/// names, selection) and refused with an InputError naming the field.
Lesson readLesson(std::string_view json);

/// The lesson as JSON (values with round-trip precision, non-finite as strings).
std::string writeLesson(const Lesson &lesson);

} // namespace core
