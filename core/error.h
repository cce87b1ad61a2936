#pragma once

#include <stdexcept>
#include <string>
#include <vector>

/// Marks an English message template in the core for translation; the ui's
/// lupdate reads it as QT_TRANSLATE_NOOP(context, text).
#define CORE_TEXT(context, text) text

namespace core {

/// A message the ui can translate: an English template with %1…%9 placeholders
/// and its arguments, each plain text or a nested message. The core writes no
/// prose of its own beyond these templates (DESIGN.md §8).
struct Text {
    const char *format = nullptr; ///< the template; null when `literal` is the whole text
    std::string literal;
    std::vector<Text> args;

    Text() = default;
    Text(std::string plain) : literal(std::move(plain)) {}      // NOLINT: plain text converts
    Text(const char *format_, std::vector<Text> args_) : format(format_), args(std::move(args_)) {}

    /// The English sentence: the template with each %k replaced by args[k − 1].
    std::string english() const;
};

/// Thrown for any input the core refuses: a bad shape, an out-of-range dim, an
/// unparsable number. what() is a complete English sentence naming what is wrong
/// and where; errors PyTorch also raises use PyTorch's wording. message() keeps the
/// template and arguments so that the ui can show it translated.
class InputError : public std::runtime_error {
public:
    explicit InputError(Text message) : std::runtime_error(message.english()), m_message(std::move(message)) {}
    explicit InputError(const std::string &english) : InputError(Text(english)) {}

    const Text &message() const { return m_message; }

private:
    Text m_message;
};

} // namespace core
