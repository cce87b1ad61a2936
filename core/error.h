#pragma once

#include <stdexcept>
#include <string>

namespace core {

/// Thrown for any input the core refuses: a bad shape, an out-of-range dim, an
/// unparsable number. what() is a complete English sentence naming what is wrong
/// and where; errors PyTorch also raises use PyTorch's wording.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace core
