#pragma once

#include <QString>

namespace core {
struct Text;
class InputError;
}

namespace ui {

/// A core message in the user's language: its template translated in the "core"
/// context, with each argument (plain, or itself a message) put in its place.
QString translatedText(const core::Text &text);
QString translatedError(const core::InputError &error);

} // namespace ui
