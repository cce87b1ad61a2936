#pragma once

#include "documentstate.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

/// Translated words about the dim choice: the selector's entries, the sentence
/// that says what the choice normalises together, and what other frameworks
/// would use by default.
class DimText {
    Q_DECLARE_TR_FUNCTIONS(ui::DimText)

public:
    /// "4 groups of 3", "one group of 12".
    static QString groupsPhrase(int groupCount, int groupSize);
    /// "dim=1 ≡ dim=-3 (C)".
    static QString spellings(int dim, int rank, const QString &name);
    /// A selector entry for any choice.
    static QString choiceLabel(const DimChoice &choice, const core::Tensor &tensor);
    /// "dim 1 (C): for each b, h, w the 3 values along C are normalised together — 4 groups of 3."
    static QString sentence(const DimChoice &choice, const core::Tensor &tensor, core::Op op);
    /// What PyTorch without dim, TensorFlow, the tutorials' NumPy helper and SciPy would use.
    static QString frameworkDefaults(const core::Tensor &tensor);
};

} // namespace ui
