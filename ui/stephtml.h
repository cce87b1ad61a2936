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

/// The steps panel's rich text for a core::StepTrace: the group with its values,
/// m, every e^(xⱼ−m), Σ, the quotient and the result, the Σp = 1 check, and the
/// naive e^x / Σe^x beside it. Each number is a link "value:N" whose full
/// precision is fullValues[N], shown on hover.
struct StepHtml {
    Q_DECLARE_TR_FUNCTIONS(ui::StepHtml)

public:
    QString html;
    QStringList fullValues;

    static StepHtml build(const core::StepTrace &trace, const core::Shape &shape, const std::vector<QString> &dimNames,
                          LabelStyle style);
};

} // namespace ui
