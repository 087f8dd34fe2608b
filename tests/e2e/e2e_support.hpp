#pragma once
// Runs the built `presencia` binary the way a user does, with real
// Tesseract, and reads what it wrote.

#include "test_paths.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace presencia::e2e {

namespace fs = std::filesystem;

inline std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v && *v ? v : fallback;
}

inline fs::path source_dir() { return presencia::test_paths::source_dir(); }
inline fs::path binary() { return env_or("PRESENCIA_BIN", PRESENCIA_TEST_BIN); }

// Single-quoted for /bin/sh, so odd file names pass through unchanged.
inline std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

struct RunResult {
    int exit_code = -1;
    std::string output; // stdout and stderr
};

// Any program (setpriv, unshare, sh) with `args` already quoted for /bin/sh.
inline RunResult run_program(const std::string& program, const std::string& args,
                             const fs::path& scratch) {
    const fs::path out = scratch / "output.txt";
    const std::string cmd = quoted(program) + " " + args + " > " + quoted(out.string()) + " 2>&1";
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(out);
    r.output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return r;
}

inline RunResult run(const std::string& args, const fs::path& scratch) {
    return run_program(binary().string(), args, scratch);
}

inline nlohmann::json read_json(const fs::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

inline fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("presencia-e2e-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A test with its own scratch folder holding an empty case/ folder, removed
// afterwards even when the test made it read-only.
class CaseFolderTest : public ::testing::Test {
  protected:
    void SetUp() override {
        scratch = scratch_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        case_dir = scratch / "case";
        fs::create_directories(case_dir);
    }
    void TearDown() override {
        std::error_code ec;
        fs::permissions(case_dir, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(scratch, ec);
    }

    fs::path scratch;
    fs::path case_dir;
};

} // namespace presencia::e2e
