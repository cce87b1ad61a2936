#pragma once

#include "softmax.h"

#include <random>
#include <vector>

namespace core {

/// "Click every element that shares a denominator with the marked one for dim=d."
struct SharedDenominatorQuestion {
    int marked = 0;
    int dim = 0;
    std::vector<int> answer; ///< the marked element's group, flat indices in order
};

/// How a set of clicked elements compares with the answer.
struct SelectionGrade {
    std::vector<int> correct; ///< clicked and in the group
    std::vector<int> missed;  ///< in the group, not clicked
    std::vector<int> wrong;   ///< clicked, not in the group
    bool right() const { return missed.empty() && wrong.empty(); }
};

/// A random element and dim of `shape` (a dim of extent 1 only when every extent is 1).
SharedDenominatorQuestion makeSharedDenominatorQuestion(const Shape &shape, std::mt19937_64 &random);
SelectionGrade gradeSelection(const SharedDenominatorQuestion &question, const std::vector<int> &clicked);

/// "Which dim produced this output?" The output of a hidden dim is shown; every dim
/// whose output is bit-identical to it counts as right.
struct WhichDimQuestion {
    int hiddenDim = 0;
    Tensor output;
    std::vector<int> acceptedDims;
};

/// Needs rank ≥ 2. Prefers a dim whose output differs from every other dim's.
WhichDimQuestion makeWhichDimQuestion(const Tensor &input, const SoftmaxSpec &spec, std::mt19937_64 &random);
bool gradeWhichDim(const WhichDimQuestion &question, int dim);

/// "Will p of this element go up, down or stay the same when T doubles?"
enum class Direction { Up, Down, Same };

struct TemperatureQuestion {
    int element = 0;
    Reduction reduction;
    double from = 1; ///< the current T
    double to = 2;   ///< 2T
    double probabilityFrom = 0;
    double probabilityTo = 0;
    Direction answer = Direction::Same;
};

/// An element with a finite group, along `spec`'s reduction, at `spec`'s T.
/// Changes below 1e-6 count as "the same" (a group of equal values, or of one).
TemperatureQuestion makeTemperatureQuestion(const Tensor &input, const SoftmaxSpec &spec, std::mt19937_64 &random);

} // namespace core
