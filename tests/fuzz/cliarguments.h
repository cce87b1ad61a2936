#pragma once

#include <cstddef>
#include <cstdint>

namespace fuzz {

/// The command line's tensor options: one argument per line of the input, run
/// through app::runCommandLine. It must exit 0, or 2 after exactly one
/// "softmax-explorer: error: …" line; options that write files are left out.
int cliArguments(const std::uint8_t *data, std::size_t size);

} // namespace fuzz
