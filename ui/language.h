#pragma once

#include <QString>
#include <QStringList>

namespace ui::language {

/// The languages the app ships: "en", "zh_CN", "zh_TW".
QStringList available();
/// The language's own name: "English", "简体中文", "繁體中文".
QString nativeName(const QString &code);
/// The shipped language closest to the system locale ("en" when none fits).
QString systemLanguage();
/// Installs the app's and Qt's translations for `code` ("" = the system's),
/// replacing any installed before. Returns the code applied.
QString apply(const QString &code);
/// The code applied last.
QString current();

} // namespace ui::language
