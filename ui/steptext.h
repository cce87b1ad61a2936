#pragma once

#include <QCoreApplication>
#include <QString>

namespace core {
struct StepTrace;
class Shape;
}

namespace ui {

/// Turns a core::StepTrace into the step-by-step derivation as plain text
/// (used by --explain and, later, copied from the steps panel).
class StepText {
    Q_DECLARE_TR_FUNCTIONS(ui::StepText)

public:
    static QString plainText(const core::StepTrace &trace, const core::Shape &shape,
                             const std::vector<QString> &dimNames);
};

} // namespace ui
