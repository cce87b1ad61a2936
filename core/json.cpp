#include "json.h"

#include "error.h"
#include "numberparser.h"

#include <charconv>
#include <cstdio>

namespace core {

namespace {

constexpr int maxDepth = 32;
constexpr std::size_t maxBytes = 4 << 20;

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    JsonValue document()
    {
        JsonValue value = parseValue(0);
        skipSpace();
        if (m_position != m_text.size())
            fail(Text(CORE_TEXT("core", "expected the end of the document"), {}));
        return value;
    }

private:
    [[noreturn]] void fail(Text what) const
    {
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < m_position && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        Text found = m_position < m_text.size() ? Text(quoteForMessage(m_text.substr(m_position, 12)))
                                                : Text(CORE_TEXT("core", "the end of the text"), {});
        throw InputError(Text(CORE_TEXT("core", "line %1, column %2: %3, found %4"),
                              {std::to_string(line), std::to_string(column), std::move(what), std::move(found)}));
    }

    void skipSpace()
    {
        while (m_position < m_text.size()
               && (m_text[m_position] == ' ' || m_text[m_position] == '\t' || m_text[m_position] == '\n'
                   || m_text[m_position] == '\r'))
            ++m_position;
    }

    bool consume(std::string_view word)
    {
        if (m_text.substr(m_position, word.size()) != word)
            return false;
        m_position += word.size();
        return true;
    }

    JsonValue parseValue(int depth)
    {
        if (depth > maxDepth)
            fail(Text(CORE_TEXT("core", "nested more than %1 levels deep"), {std::to_string(maxDepth)}));
        skipSpace();
        JsonValue value;
        if (m_position >= m_text.size())
            fail(Text(CORE_TEXT("core", "expected a value"), {}));
        const char c = m_text[m_position];
        if (c == '{') {
            value.type = JsonValue::Type::Object;
            ++m_position;
            skipSpace();
            if (consume("}"))
                return value;
            while (true) {
                skipSpace();
                if (m_position >= m_text.size() || m_text[m_position] != '"')
                    fail(Text(CORE_TEXT("core", "expected a quoted key"), {}));
                std::string key = parseString();
                skipSpace();
                if (!consume(":"))
                    fail(Text(CORE_TEXT("core", "expected ':'"), {}));
                value.keys.push_back(std::move(key));
                value.members.push_back(parseValue(depth + 1));
                skipSpace();
                if (consume("}"))
                    return value;
                if (!consume(","))
                    fail(Text(CORE_TEXT("core", "expected ',' or '}'"), {}));
            }
        }
        if (c == '[') {
            value.type = JsonValue::Type::Array;
            ++m_position;
            skipSpace();
            if (consume("]"))
                return value;
            while (true) {
                value.array.push_back(parseValue(depth + 1));
                skipSpace();
                if (consume("]"))
                    return value;
                if (!consume(","))
                    fail(Text(CORE_TEXT("core", "expected ',' or ']'"), {}));
            }
        }
        if (c == '"') {
            value.type = JsonValue::Type::String;
            value.string = parseString();
            return value;
        }
        if (consume("true") || consume("false")) {
            value.type = JsonValue::Type::Bool;
            value.boolean = m_text[m_position - 1] == 'e' && m_text.substr(m_position - 4, 4) == "true";
            return value;
        }
        if (consume("null"))
            return value;
        value.type = JsonValue::Type::Number;
        value.number = parseNumberToken();
        return value;
    }

    double parseNumberToken()
    {
        const std::size_t start = m_position;
        if (m_position < m_text.size() && m_text[m_position] == '-')
            ++m_position;
        while (m_position < m_text.size()
               && ((m_text[m_position] >= '0' && m_text[m_position] <= '9') || m_text[m_position] == '.'
                   || m_text[m_position] == 'e' || m_text[m_position] == 'E' || m_text[m_position] == '+'
                   || m_text[m_position] == '-'))
            ++m_position;
        // Out of range becomes ±inf or 0, as Python's json module and JavaScript read it.
        const std::optional<double> number = parseNumber(m_text.substr(start, m_position - start));
        if (!number || m_text[start] == '+') {
            m_position = start;
            fail(Text(CORE_TEXT("core", "expected a value"), {}));
        }
        return *number;
    }

    std::string parseString()
    {
        ++m_position; // the opening quote
        std::string out;
        while (true) {
            if (m_position >= m_text.size())
                fail(Text(CORE_TEXT("core", "unterminated string"), {}));
            const char c = m_text[m_position++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20) {
                --m_position;
                fail(Text(CORE_TEXT("core", "control character in a string"), {}));
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_position >= m_text.size())
                fail(Text(CORE_TEXT("core", "unterminated string"), {}));
            const char escape = m_text[m_position++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                out += escape;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u':
                appendUtf8(out, codeUnit());
                break;
            default:
                m_position -= 2;
                fail(Text(CORE_TEXT("core", "unknown escape"), {}));
            }
        }
    }

    unsigned codeUnit()
    {
        if (m_position + 4 > m_text.size())
            fail(Text(CORE_TEXT("core", "short \\u escape"), {}));
        unsigned value = 0;
        const auto [stop, error] = std::from_chars(m_text.data() + m_position, m_text.data() + m_position + 4, value, 16);
        if (error != std::errc() || stop != m_text.data() + m_position + 4)
            fail(Text(CORE_TEXT("core", "bad \\u escape"), {}));
        m_position += 4;
        if (value >= 0xD800 && value <= 0xDBFF && consume("\\u")) { // a surrogate pair
            const unsigned low = codeUnit();
            if (low < 0xDC00 || low > 0xDFFF)
                fail(Text(CORE_TEXT("core", "bad surrogate pair"), {}));
            return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
        }
        if (value >= 0xD800 && value <= 0xDFFF)
            fail(Text(CORE_TEXT("core", "lone surrogate"), {}));
        return value;
    }

    static void appendUtf8(std::string &out, unsigned code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    std::string_view m_text;
    std::size_t m_position = 0;
};

/// The offset of the first byte that breaks UTF-8, or npos.
std::size_t invalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size() || (length == 2 && c < 0xC2))
            return i;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return i;
        i += length;
    }
    return std::string_view::npos;
}

} // namespace

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return &members[i];
    return nullptr;
}

JsonValue parseJson(std::string_view text)
{
    if (text.size() > maxBytes)
        throw InputError(Text(CORE_TEXT("core", "the JSON text is larger than 4 MiB"), {}));
    if (const std::size_t bad = invalidUtf8(text); bad != std::string_view::npos)
        throw InputError(Text(CORE_TEXT("core", "the text is not valid UTF-8 (byte %1)"), {std::to_string(bad + 1)}));
    return Parser(text).document();
}

std::string jsonQuote(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

} // namespace core
