#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace core {

/// A parsed JSON value (RFC 8259), enough for lesson files.
struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    // An object as two parallel lists: std::pair<std::string, JsonValue> would need
    // JsonValue complete here, which libc++/clang insist on (vector does not).
    std::vector<std::string> keys;
    std::vector<JsonValue> members;

    /// The member `key` of an object, or null.
    const JsonValue *find(std::string_view key) const;
};

/// Parses a JSON document with bounded nesting (32 levels) and size (4 MiB).
/// Throws InputError "line L, column C: …" for anything that is not JSON.
JsonValue parseJson(std::string_view text);

/// `text` as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view text);

} // namespace core
