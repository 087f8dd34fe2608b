// Every file the fuzzers kept (tests/fuzz/corpus/<target>/) and every crash
// they found (tests/fuzz/crashes/<target>/) goes through the same entry
// function again, built with g++ and without libFuzzer: a fixed crash that
// comes back fails ctest. A broken invariant aborts, which fails the test.

#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

// Each target's LLVMFuzzerTestOneInput, renamed by tests/CMakeLists.txt.
extern "C" int presencia_fuzz_dates(const std::uint8_t*, size_t);
extern "C" int presencia_fuzz_names(const std::uint8_t*, size_t);
extern "C" int presencia_fuzz_case_file(const std::uint8_t*, size_t);
extern "C" int presencia_fuzz_image(const std::uint8_t*, size_t);
extern "C" int presencia_fuzz_pdf(const std::uint8_t*, size_t);

namespace {

namespace fs = std::filesystem;
using EntryPoint = int (*)(const std::uint8_t*, size_t);

struct Target {
    const char* name;
    EntryPoint entry;
};

std::vector<fs::path> inputs(const std::string& target) {
    std::vector<fs::path> files;
    for (const char* kind : {"corpus", "crashes"}) {
        const fs::path dir = presencia::test_paths::source_dir() / "tests/fuzz" / kind / target;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

class FuzzReplay : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzReplay, EveryKeptInputRunsClean) {
    const std::vector<fs::path> files = inputs(GetParam().name);
    ASSERT_FALSE(files.empty()) << "no seed corpus for " << GetParam().name;
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.string());
        std::ifstream in(file, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        EXPECT_EQ(
            GetParam().entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay,
                         ::testing::Values(Target{"dates", presencia_fuzz_dates},
                                           Target{"names", presencia_fuzz_names},
                                           Target{"case_file", presencia_fuzz_case_file},
                                           Target{"image", presencia_fuzz_image},
                                           Target{"pdf", presencia_fuzz_pdf}),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

} // namespace
