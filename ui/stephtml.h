#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace core {
struct StepTrace;
class Shape;
}

namespace ui {

/// How elements are named in the steps: the tutorials' x₁…xₙ (1-based,
/// row-major) or the index form x[0,1,0,1].
enum class LabelStyle { Symbolic, Index };

/// The steps panel's rich text for a core::StepTrace, in three parts: which group
/// the element is in; the stable computation (m, Σ, the quotient, the result,
/// the Σp = 1 check, the division by T); and the naive e^x / Σe^x beside it with
/// its overflow. (The members' table is a GroupStepsModel.) Each number is a
/// link "value:N" whose full precision is fullValues[N], shown on hover.
struct StepHtml {
    Q_DECLARE_TR_FUNCTIONS(ui::StepHtml)

public:
    QString group; ///< plain text: which group the element is in
    QString stable;
    QString naive;
    QStringList fullValues;

    static StepHtml build(const core::StepTrace &trace, const core::Shape &shape, const std::vector<QString> &dimNames,
                          LabelStyle style);
    /// An element's label as rich text: x<sub>6</sub> or x[0,1,0,1].
    static QString label(int flat, const core::Shape &shape, LabelStyle style);
};

} // namespace ui
