#include "cli/common.hpp"

#include "cli/cli.hpp"
#include "pipeline/case_pipeline.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

#include <cstdlib>
#include <iostream>

namespace presencia::cli {

namespace fs = std::filesystem;

fs::path find_models(const std::string& flag) {
    if (!flag.empty()) {
        return flag;
    }
    if (const char* env = std::getenv("PRESENCIA_MODELS"); env && *env) {
        return env;
    }
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate :
             {exe.parent_path() / "../share/presencia/models", exe.parent_path() / "models"}) {
            if (fs::is_directory(candidate / "profiles", ec)) {
                return candidate;
            }
        }
    }
    return PRESENCIA_SOURCE_MODELS;
}

int fail_input(const std::string& message) {
    std::cerr << "presencia: " << message << "\n";
    return k_exit_bad_input;
}

std::optional<int> require_folder(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return fail_input("not a folder: " + util::escape_controls(dir));
    }
    return std::nullopt;
}

std::optional<int> require_reports_outside(const std::string& case_dir, const std::string& json,
                                           const std::string& html) {
    for (const auto& [path, what] : {std::pair{&json, "--json"}, std::pair{&html, "--html"}}) {
        if (path->empty()) {
            continue;
        }
        if (auto outside = pipeline::check_output_outside(*path, case_dir, what); !outside) {
            return fail_input(pipeline::describe(outside.error()));
        }
    }
    return std::nullopt;
}

} // namespace presencia::cli
