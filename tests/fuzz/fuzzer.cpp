// One libFuzzer executable per target: FUZZ_ENTRY names the fuzz:: function.
#include "cliarguments.h"
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return fuzz::FUZZ_ENTRY(data, size);
}
