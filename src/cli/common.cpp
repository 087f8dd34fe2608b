#include "cli/common.hpp"

#include "cli/cli.hpp"
#include "util/files.hpp"

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

core::Status check_submission_date(const core::CaseInfo& info, const core::Profile& profile) {
    const core::Date submission = info.submission_date;
    const core::Date window_start = submission.plus_months(-profile.window_months);
    const std::string shown = "submission_date " + submission.iso();
    if (window_start < *core::Date::from_ymd(2000, 1, 1) || submission.year() > 2099) {
        return core::fail(core::ErrorCode::bad_case,
                          shown + " is not a plausible submission date (its " +
                              std::to_string(profile.window_months) + "-month window would start " +
                              window_start.iso() + "); give a date from 2000 to 2099");
    }
    if (profile.cutoff && submission <= *profile.cutoff) {
        return core::fail(core::ErrorCode::bad_case,
                          shown + " is not after the cut-off " + profile.cutoff->iso() +
                              " of profile " + profile.id +
                              ": no application can be submitted then (mistyped year?)");
    }
    return core::Ok{};
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

std::optional<int> require_folder(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return fail_input("not a folder: " + util::display_name(dir));
    }
    return std::nullopt;
}

} // namespace presencia::cli
