#pragma once

#include <cstddef>
#include <cstdint>

// One entry per parser that reads untrusted input. Each returns normally for any
// input (refusals are core::InputError and count as handled) and aborts when a
// property breaks, so that libFuzzer and the replay test both see it.
namespace fuzz {

int valueList(const std::uint8_t *data, std::size_t size);
int tensorText(const std::uint8_t *data, std::size_t size); ///< and print → parse gives the same values
int npy(const std::uint8_t *data, std::size_t size);        ///< and write → read gives the same tensor
int lesson(const std::uint8_t *data, std::size_t size);     ///< and write → read gives the same lesson

} // namespace fuzz
