#pragma once
// Runs the built `presencia` binary the way a user does, with real
// Tesseract, and reads what it wrote.

#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <spawn.h>
#include <string>
#include <vector>

namespace presencia::e2e {

namespace fs = std::filesystem;

inline std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v && *v ? v : fallback;
}

inline fs::path source_dir() {
    return presencia::test_paths::source_dir();
}
inline fs::path binary() {
    return env_or("PRESENCIA_BIN", PRESENCIA_TEST_BIN);
}

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

// The report's documents for one file.
inline std::vector<nlohmann::json> documents_of(const nlohmann::json& report,
                                                const std::string& file) {
    std::vector<nlohmann::json> docs;
    for (const auto& doc : report.at("documents")) {
        if (doc.at("file") == file) {
            docs.push_back(doc);
        }
    }
    return docs;
}

// Starts the binary with `args` in the background, its stderr into
// `stderr_file`: the process id, or -1 when it could not start.
inline pid_t spawn_binary(const std::vector<std::string>& args, const fs::path& stderr_file) {
    std::vector<std::string> all = {binary().string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t io;
    posix_spawn_file_actions_init(&io);
    posix_spawn_file_actions_addopen(&io, 2, stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = -1;
    const int started = posix_spawn(&pid, argv[0], &io, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&io);
    return started == 0 ? pid : -1;
}

inline fs::path scratch_dir(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("presencia-e2e-" + name + "-" + std::to_string(::getpid()));
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
