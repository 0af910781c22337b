// main() for a fuzz target built as an ordinary executable: runs LLVMFuzzerTestOneInput once
// over every file of the directories (recursively, in name order) and files it is given, the
// way a libFuzzer binary runs files named on its command line. A failed check in the target
// aborts; the exit code is 0 when every input ran, 1 when an input could not be read or no
// input was found.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

// The whole file, in a buffer of its own (as libFuzzer hands inputs over: an overread past
// the input is an ASan error in sanitizer builds).
bool readFile(const std::filesystem::path &path, std::vector<uint8_t> &out)
{
    out.clear();
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file)
        return false;
    uint8_t buffer[65536];
    size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        out.insert(out.end(), buffer, buffer + got);
    const bool ok = !std::ferror(file);
    std::fclose(file);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    std::vector<std::filesystem::path> files;
    for (int k = 1; k < argc; ++k) {
        const std::filesystem::path arg(argv[k]);
        std::error_code error;
        if (std::filesystem::is_directory(arg, error)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(arg, error)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
        } else if (std::filesystem::is_regular_file(arg, error)) {
            files.push_back(arg);
        }
        if (error) {
            std::fprintf(stderr, "%s: %s\n", argv[k], error.message().c_str());
            return 1;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no input files\n");
        return 1;
    }
    std::vector<uint8_t> input;
    for (const auto &path : files) {
        if (!readFile(path, input)) {
            std::fprintf(stderr, "%s: cannot read\n", path.c_str());
            return 1;
        }
        std::fprintf(stderr, "running %s (%zu bytes)\n", path.c_str(), input.size());
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::fprintf(stderr, "%zu inputs ran\n", files.size());
    return 0;
}
