// Replays every file of the fuzz corpora (seeds and every input a fuzzer ever
// crashed on) through the targets. Built with any compiler, run by CTest.
#include "cliarguments.h"
#include "fuzztargets.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char **argv)
{
    const std::filesystem::path root = argc > 1 ? argv[1] : "corpus";
    const std::pair<const char *, int (*)(const std::uint8_t *, std::size_t)> targets[] = {
        {"values", fuzz::valueList}, {"tensortext", fuzz::tensorText}, {"npy", fuzz::npy}, {"lesson", fuzz::lesson},
        {"cli", fuzz::cliArguments}};
    int files = 0;
    for (const auto &[name, target] : targets) {
        for (const auto &entry : std::filesystem::directory_iterator(root / name)) {
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            target(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            ++files;
        }
    }
    std::printf("replayed %d corpus files without a crash or a broken property\n", files);
    return files > 0 ? 0 : 1;
}
