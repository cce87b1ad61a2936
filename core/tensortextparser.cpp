#include "tensortextparser.h"

#include "error.h"
#include "numberparser.h"

#include <cctype>
#include <cstdint>

namespace core {

namespace {

class TextCursor {
public:
    explicit TextCursor(std::string_view text) : m_text(text) {}

    void skipSpace()
    {
        while (!atEnd() && std::isspace(static_cast<unsigned char>(peek())))
            ++m_position;
    }
    bool atEnd() const { return m_position >= m_text.size(); }
    char peek() const { return m_text[m_position]; }
    void advance(std::size_t count = 1) { m_position += count; }
    std::size_t position() const { return m_position; }
    std::string_view rest() const { return m_text.substr(m_position); }

    bool consume(std::string_view word)
    {
        if (rest().substr(0, word.size()) != word)
            return false;
        m_position += word.size();
        return true;
    }

    std::string_view takeWhile(bool (*accept)(char))
    {
        const std::size_t start = m_position;
        while (!atEnd() && accept(peek()))
            ++m_position;
        return m_text.substr(start, m_position - start);
    }

    [[noreturn]] void fail(Text what) const { failAt(m_position, std::move(what)); }

    [[noreturn]] void failAt(std::size_t offset, Text what) const
    {
        std::size_t line = 1;
        std::size_t column = 1;
        for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        Text found = atEnd() && offset >= m_text.size() ? Text(CORE_TEXT("core", "end of text"), {})
                                                         : Text(quoteForMessage(m_text.substr(offset, 12)));
        throw InputError(Text(CORE_TEXT("core", "line %1, column %2: %3, found %4"),
                              {std::to_string(line), std::to_string(column), std::move(what), std::move(found)}));
    }

private:
    std::string_view m_text;
    std::size_t m_position = 0;
};

bool isNumberCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
}

bool isWordCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_';
}

std::string shapeText(const std::vector<int> &extents)
{
    std::string text = "(";
    for (std::size_t i = 0; i < extents.size(); ++i)
        text += (i ? ", " : "") + std::to_string(extents[i]);
    return text + (extents.size() == 1 ? ",)" : ")");
}

/// One open '[' while parsing: what it holds so far.
struct ListFrame {
    std::size_t openedAt = 0;
    int count = 0;
    bool holdsLists = false;
    std::vector<int> childExtents; ///< shape of the first child list
};

// Parses the bracketed body with an explicit stack, so hostile nesting costs
// one comparison, not a recursion.
std::pair<std::vector<int>, std::vector<double>> parseNestedList(TextCursor &cursor)
{
    std::vector<ListFrame> stack;
    std::vector<double> values;
    std::vector<int> extents;
    bool expectItem = true; // false right after an item: ',' or ']' or a NumPy-style space-separated item
    cursor.skipSpace();
    if (cursor.atEnd() || cursor.peek() != '[')
        cursor.fail(Text(CORE_TEXT("core", "expected '[' to start a nested list"), {}));
    while (true) {
        cursor.skipSpace();
        if (cursor.atEnd())
            cursor.fail(Text(CORE_TEXT("core", "expected ']' to close the list opened at column %1"),
                             {std::to_string(stack.empty() ? 0 : stack.back().openedAt + 1)}));
        const char c = cursor.peek();
        if (c == '[') {
            if (!stack.empty() && stack.back().count > 0 && !stack.back().holdsLists)
                cursor.fail(Text(CORE_TEXT("core", "expected a number (this list holds numbers, not lists)"), {}));
            if (stack.size() >= static_cast<std::size_t>(Limits::maxRank))
                cursor.fail(Text(CORE_TEXT("core", "lists nested deeper than %1 levels (rank is at most %1)"),
                                 {std::to_string(Limits::maxRank)}));
            if (!stack.empty())
                stack.back().holdsLists = true;
            stack.push_back({cursor.position(), 0, false, {}});
            cursor.advance();
            expectItem = true;
        } else if (c == ']') {
            ListFrame frame = stack.back();
            if (frame.count == 0)
                cursor.fail(Text(CORE_TEXT("core", "empty list (every extent must be at least 1)"), {}));
            stack.pop_back();
            cursor.advance();
            std::vector<int> frameExtents{frame.count};
            frameExtents.insert(frameExtents.end(), frame.childExtents.begin(), frame.childExtents.end());
            if (stack.empty()) {
                extents = frameExtents;
                break;
            }
            ListFrame &parent = stack.back();
            if (parent.count == 0)
                parent.childExtents = frameExtents;
            else if (parent.childExtents != frameExtents)
                cursor.failAt(frame.openedAt,
                              Text(CORE_TEXT("core", "ragged lists: this one has shape %1 but the first one beside it has %2"),
                                   {shapeText(frameExtents), shapeText(parent.childExtents)}));
            if (++parent.count > Limits::maxExtent)
                cursor.failAt(frame.openedAt, Text(CORE_TEXT("core", "more than %1 items in one list"),
                                                   {std::to_string(Limits::maxExtent)}));
            expectItem = false;
        } else if (c == ',') {
            if (expectItem)
                cursor.fail(Text(CORE_TEXT("core", "expected a number or '['"), {}));
            cursor.advance();
            expectItem = true;
        } else if (cursor.rest().substr(0, 3) == "...") {
            cursor.fail(Text(CORE_TEXT("core", "this is a summarised print: '...' stands for values that were left out"), {}));
        } else if (isNumberCharacter(c)) {
            ListFrame &frame = stack.back();
            if (frame.holdsLists)
                cursor.fail(Text(CORE_TEXT("core", "expected '[' (this list holds lists, not numbers)"), {}));
            const std::size_t start = cursor.position();
            const std::string_view token = cursor.takeWhile(isNumberCharacter);
            const auto value = parseNumber(token);
            if (!value)
                cursor.failAt(start, Text(CORE_TEXT("core", "expected a number"), {}));
            if (++frame.count > Limits::maxExtent)
                cursor.failAt(start, Text(CORE_TEXT("core", "more than %1 items in one list"), {std::to_string(Limits::maxExtent)}));
            if (values.size() >= static_cast<std::size_t>(Limits::maxElements))
                cursor.failAt(start, Text(CORE_TEXT("core", "more than %1 values"), {std::to_string(Limits::maxElements)}));
            values.push_back(*value);
            expectItem = false;
        } else {
            cursor.fail(expectItem ? Text(CORE_TEXT("core", "expected a number or '['"), {})
                                   : Text(CORE_TEXT("core", "expected ',' or ']'"), {}));
        }
    }
    return {extents, values};
}

DType parseDTypeSuffix(TextCursor &cursor)
{
    cursor.skipSpace();
    if (!cursor.consume("dtype"))
        cursor.fail(Text(CORE_TEXT("core", "expected 'dtype=' or ')'"), {}));
    cursor.skipSpace();
    if (!cursor.consume("="))
        cursor.fail(Text(CORE_TEXT("core", "expected '='"), {}));
    cursor.skipSpace();
    const std::size_t start = cursor.position();
    const std::string name(cursor.takeWhile(isWordCharacter));
    try {
        return parseDType(name);
    } catch (const InputError &) {
        cursor.failAt(start, Text(CORE_TEXT("core", "expected torch.float32 or torch.float64"), {}));
    }
}

} // namespace

ParsedTensor parseTensorText(std::string_view text)
{
    TextCursor cursor(text);
    cursor.skipSpace();
    ParsedTensor parsed;
    const bool printed = cursor.consume("tensor(");
    auto [extents, values] = parseNestedList(cursor);
    cursor.skipSpace();
    if (printed) {
        if (!cursor.atEnd() && cursor.peek() == ',') {
            cursor.advance();
            parsed.dtype = parseDTypeSuffix(cursor);
            cursor.skipSpace();
        }
        if (!cursor.consume(")"))
            cursor.fail(Text(CORE_TEXT("core", "expected ')' to close tensor("), {}));
        cursor.skipSpace();
    }
    if (!cursor.atEnd())
        cursor.fail(Text(CORE_TEXT("core", "expected the end of the text"), {}));
    std::vector<std::int64_t> wideExtents(extents.begin(), extents.end());
    parsed.shape = Shape::checked(wideExtents);
    parsed.values = std::move(values);
    return parsed;
}

} // namespace core
