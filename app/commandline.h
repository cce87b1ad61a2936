#pragma once

#include <QStringList>

#include <optional>

namespace app {

/// True when the arguments ask for a headless mode (or --help/--version), so that
/// main() creates no window and no QApplication.
bool isHeadless(const QStringList &arguments);

/// True when a headless mode draws widgets (--render): main() then creates a
/// QApplication on the offscreen platform, still without showing a window.
bool needsWidgets(const QStringList &arguments);

/// Runs the headless command line of DESIGN.md §6 and returns the exit status:
/// 0, or 2 after one line "softmax-explorer: error: …" on stderr.
int runCommandLine(const QStringList &arguments);

} // namespace app
