#include "error.h"

namespace core {

std::string Text::english() const
{
    if (!format)
        return literal;
    // One pass over the template, so that an argument holding "%1" stays as it is.
    std::string out;
    for (const char *c = format; *c; ++c) {
        const std::size_t k = c[0] == '%' && c[1] >= '1' && c[1] <= '9' ? std::size_t(c[1] - '1') : args.size();
        if (k < args.size()) {
            out += args[k].english();
            ++c;
        } else {
            out += *c;
        }
    }
    return out;
}

} // namespace core
