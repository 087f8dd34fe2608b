#include "cli/common.hpp"

#include "cli/cli.hpp"

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

std::string describe(const core::Error& e) {
    std::string out;
    if (!e.file.empty()) {
        out += e.file + ": ";
    }
    return out + e.detail;
}

} // namespace presencia::cli
