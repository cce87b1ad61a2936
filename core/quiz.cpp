#include "quiz.h"

#include "error.h"
#include "groups.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace core {

namespace {

int uniform(std::mt19937_64 &random, int count)
{
    return std::uniform_int_distribution<int>(0, count - 1)(random);
}

bool identical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

SharedDenominatorQuestion makeSharedDenominatorQuestion(const Shape &shape, std::mt19937_64 &random)
{
    std::vector<int> dims;
    for (int d = 0; d < shape.rank(); ++d)
        if (shape.extent(d) > 1)
            dims.push_back(d);
    SharedDenominatorQuestion question;
    question.dim = dims.empty() ? 0 : dims[std::size_t(uniform(random, int(dims.size())))];
    question.marked = uniform(random, shape.numel());
    question.answer = GroupLayout(shape, Reduction::alongDim(question.dim)).membersOf(question.marked);
    return question;
}

SelectionGrade gradeSelection(const SharedDenominatorQuestion &question, const std::vector<int> &clicked)
{
    std::vector<int> chosen = clicked;
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    SelectionGrade grade;
    std::set_intersection(chosen.begin(), chosen.end(), question.answer.begin(), question.answer.end(),
                          std::back_inserter(grade.correct));
    std::set_difference(question.answer.begin(), question.answer.end(), chosen.begin(), chosen.end(),
                        std::back_inserter(grade.missed));
    std::set_difference(chosen.begin(), chosen.end(), question.answer.begin(), question.answer.end(),
                        std::back_inserter(grade.wrong));
    return grade;
}

WhichDimQuestion makeWhichDimQuestion(const Tensor &input, const SoftmaxSpec &spec, std::mt19937_64 &random)
{
    const int rank = input.rank();
    if (rank < 2)
        throw InputError(Text(CORE_TEXT("core", "a which-dim question needs a tensor of rank 2 or more"), {}));
    std::vector<Tensor> outputs;
    for (int d = 0; d < rank; ++d) {
        SoftmaxSpec along = spec;
        along.reduction = Reduction::alongDim(d);
        outputs.push_back(applySoftmax(input, along));
    }
    std::vector<int> distinct;
    for (int d = 0; d < rank; ++d) {
        int same = 0;
        for (int e = 0; e < rank; ++e)
            same += identical(outputs[std::size_t(d)].values, outputs[std::size_t(e)].values) ? 1 : 0;
        if (same == 1)
            distinct.push_back(d);
    }
    WhichDimQuestion question;
    question.hiddenDim = distinct.empty() ? uniform(random, rank) : distinct[std::size_t(uniform(random, int(distinct.size())))];
    question.output = outputs[std::size_t(question.hiddenDim)];
    for (int d = 0; d < rank; ++d)
        if (identical(outputs[std::size_t(d)].values, question.output.values))
            question.acceptedDims.push_back(d);
    return question;
}

bool gradeWhichDim(const WhichDimQuestion &question, int dim)
{
    return std::find(question.acceptedDims.begin(), question.acceptedDims.end(), dim) != question.acceptedDims.end();
}

TemperatureQuestion makeTemperatureQuestion(const Tensor &input, const SoftmaxSpec &spec, std::mt19937_64 &random)
{
    TemperatureQuestion question;
    question.reduction = spec.reduction;
    question.from = spec.temperature;
    question.to = spec.temperature * 2;
    SoftmaxSpec at = spec;
    at.op = Op::Softmax;
    const Tensor before = applySoftmax(input, at);
    at.temperature = question.to;
    const Tensor after = applySoftmax(input, at);

    // Prefer elements whose p really moves; fall back to any finite one.
    std::vector<int> moving;
    std::vector<int> finite;
    for (int flat = 0; flat < input.numel(); ++flat) {
        const double p0 = before.values[std::size_t(flat)];
        const double p1 = after.values[std::size_t(flat)];
        if (!std::isfinite(p0) || !std::isfinite(p1))
            continue;
        finite.push_back(flat);
        if (std::abs(p1 - p0) > 1e-6)
            moving.push_back(flat);
    }
    const std::vector<int> &pool = !moving.empty() ? moving : finite;
    question.element = pool.empty() ? 0 : pool[std::size_t(uniform(random, int(pool.size())))];
    question.probabilityFrom = before.values[std::size_t(question.element)];
    question.probabilityTo = after.values[std::size_t(question.element)];
    const double change = question.probabilityTo - question.probabilityFrom;
    question.answer = std::abs(change) <= 1e-6 ? Direction::Same : change > 0 ? Direction::Up : Direction::Down;
    return question;
}

} // namespace core
