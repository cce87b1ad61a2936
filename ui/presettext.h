#pragma once

#include <QCoreApplication>
#include <QString>

namespace ui {

/// Translated one-line descriptions of the core's built-in presets.
class PresetText {
    Q_DECLARE_TR_FUNCTIONS(ui::PresetText)

public:
    static QString description(const std::string &presetName);
};

} // namespace ui
